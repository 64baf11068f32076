import { COUNT_ASKED, FIGURE_GENERIC, FIGURE_MEASURES, RATE_ASKED } from './grammar';

// What a figure question asks about: the measured thing (its distinctive words, `政府债务`, `经济责任`,
// `农民收入`) and how it is measured (a count in a unit, a coverage, a growth, a rate). Generic words of the
// genre (审计, 项目, 覆盖率, 目标, 每年) name no thing: a target that shares only those does not answer it.

export type FigureMeasure =
  | { kind: keyof typeof FIGURE_MEASURES }
  | { kind: 'count'; unit?: string }
  | { kind: 'rate'; word: string };

export interface FigureAsk {
  /** Runs of the measured thing's words, each of two characters or more, in question order. */
  thing: string[];
  measures: FigureMeasure[];
}

/** The measures a text asks, and the text with their words cut. */
function measuresOf(text: string): { measures: FigureMeasure[]; rest: string } {
  let rest = text.replace(/\s+/g, ' ');
  const measures: FigureMeasure[] = [];
  for (const [kind, re] of Object.entries(FIGURE_MEASURES) as [keyof typeof FIGURE_MEASURES, RegExp][]) {
    if (rest.match(re)) {
      measures.push({ kind });
      rest = rest.replace(re, ' ');
    }
  }
  for (const m of rest.matchAll(COUNT_ASKED))
    measures.push({ kind: 'count', ...(m[1] ? { unit: m[1] } : {}) });
  rest = rest.replace(COUNT_ASKED, ' ');
  for (const m of rest.matchAll(RATE_ASKED)) measures.push({ kind: 'rate', word: m[0] });
  rest = rest.replace(RATE_ASKED, ' ');
  // `要覆盖多少`: a coverage; `覆盖多少个部门`: a count of what is covered.
  if (rest.includes('覆盖') && !measures.some((m) => m.kind === 'count' || m.kind === 'coverage'))
    measures.push({ kind: 'coverage' });
  return { measures, rest };
}

/**
 * `question` as typed (its asking words say how the figure is measured: 多少个, 几家), `subject` what it is
 * about once question words are cut and typos read (its words are the thing).
 */
export function figureAskOf(question: string, subject: string): FigureAsk {
  const { measures } = measuresOf(question);
  const { rest } = measuresOf(subject);
  const thing = rest
    .replace(FIGURE_GENERIC, ' ')
    .split(/[^\u4e00-\u9fa5A-Za-z0-9+]+/)
    .filter((run) => [...run].length >= 2 && !/^\d+$/.test(run));
  return { thing, measures };
}
