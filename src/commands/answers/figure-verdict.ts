import { figureVerdict } from '../../reply/figure-wording';
import type { Reply } from '../../reply/reply';
import type { CheckedFigure } from '../../understand/figure-checked';
import { figuresIn } from '../../understand/figures-in';

// A yes/no on a figure (`2022年创新平台目标是20个吗`) answered where the plan states the figure: the figure of the
// thing in the sentence found (the first after the thing's words, in the unit asked), compared by value. A
// sentence that states none the question could mean gets no verdict: the figure found is shown as it is.

/** The figure a sentence states for the thing: after the thing's words, of the unit asked where one was. */
function statedFor(sentence: string, thing: readonly string[], checked: CheckedFigure) {
  const figures = figuresIn(sentence).filter((f) => !checked.unit || !f.unit || f.unit === checked.unit);
  const at = thing
    .map((run) => sentence.toLowerCase().indexOf(run.toLowerCase()))
    .filter((i) => i >= 0)
    .reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  return (
    figures.find((f) => Number.isFinite(at) && f.at >= at) ?? (figures.length === 1 ? figures[0] : undefined)
  );
}

/**
 * Numbers the question gives besides the figure checked (`5年轮审1遍` asks of 5 too); a year asked and a term's
 * digit (5G) are none.
 */
const otherNumbers = (question: string) =>
  [
    ...question
      .replace(/(?:19|20)\d{2}\s*年/g, ' ')
      .matchAll(/(?<![\d.A-Za-z])\d+(?:\.\d+)?(?![\d.A-Za-z])/g),
  ].map((m) => m[0]);

export function withFigureVerdict(
  reply: Reply,
  sentence: string,
  thing: readonly string[],
  checked: CheckedFigure | undefined,
  question = '',
): Reply {
  if (!checked) return reply;
  // A question giving more figures than the one checked is judged on them all, which is not read here.
  if (otherNumbers(question).some((n) => !sentence.includes(n))) return reply;
  const stated = statedFor(sentence, thing, checked);
  if (!stated) return reply;
  return {
    ...reply,
    blocks: [figureVerdict(stated.value === checked.value, checked.written, stated.written), ...reply.blocks],
  };
}
