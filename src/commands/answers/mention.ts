import type { Reply } from '../../reply/reply';
import { list, note, paragraph } from '../../reply/reply';
import { readEvidence } from '../../understand/read-evidence';
import type { SubjectEvidence } from '../../understand/reading';
import type { CoreDeps } from '../context';
import { figureAnswer } from './figure-answer';
import { phrasesAsked } from './phrases-asked';
import { hitLabel, quoted } from './present';
import { sameTerm } from './same-term';

// Yes/no questions about the text: `方案里有没有提到债务`, `是否涉及乡村振兴` (read by src/understand, the
// document's own name cut). Yes only on distinctive words found; words found all over the plan say yes only
// when they are all that was asked.

export function mentionReply(query: string, deps: CoreDeps): Reply {
  // `有没有提到规上企业的数量`: whether the plan states that figure, not whether it names the thing.
  const figure = FIGURE_ASKED.exec(query.trim());
  if (figure) {
    const stated = figureStated(query.trim().slice(0, figure.index), query, deps);
    if (stated) return stated;
  }
  const evidence = deps.search.evidence(query);
  const { hits, common, subject } = evidence;
  const asked = subject || query;
  const title = `方案是否提到:${asked}`;
  // A related term of the field found for a word asked (绿色低碳 for 碳达峰) is not that term.
  const loose = [
    ...new Set(
      (hits[0]?.terms ?? []).filter((t) => t.paraphrase && !sameTerm(t.asked, t.found)).map((t) => t.asked),
    ),
  ];
  const unknown = [...evidence.unknown, ...loose];
  const top = loose.length > 0 ? undefined : hits[0];
  const line = (h: (typeof hits)[number]) => [`${hitLabel(h, deps)}:`, ...h.snippet];
  // Yes only when an item holds clearly more of what was asked than it leaves out.
  if (top && top.covered > 2 * top.missing) {
    const words = [...new Set(top.terms.map((t) => t.found))];
    return {
      title,
      colour: 'blue',
      blocks: [
        paragraph(`提到了。方案中有 ${hits.length} 处讲到${quoted(words)},例如:`),
        list(hits.slice(0, 3).map(line)),
        ...(unknown.length > 0 ? [note(`但方案原文中没有${quoted(unknown)}。`)] : []),
      ],
    };
  }
  if (unknown.length === 0 && common.length > 0 && loose.length === 0) {
    const found = deps.search.search(asked, { limit: 3 });
    return {
      title,
      colour: 'blue',
      blocks: [
        paragraph(`提到了。${quoted(common)}在方案中多处出现,例如:`),
        list(found.map((h) => [`${hitLabel(h, deps)}:`, ...h.snippet])),
      ],
    };
  }
  const near = hits.length > 0 ? hits : evidence.near;
  return {
    title,
    colour: 'grey',
    blocks: [
      paragraph(
        `没有。方案中没有提到${quoted(unknown.length > 0 ? phrasesAsked(asked, unknown) : [asked])}。`,
      ),
      ...(near.length > 0 ? [paragraph('相近的内容:'), list(near.slice(0, 3).map(line))] : []),
      note('以上只就方案原文而言;可以换个说法再问。'),
    ],
  };
}

/** `…的数量`, `…的金额`, `…有没有具体数字`: a figure of the thing is asked. */
const FIGURE_ASKED = /(?:的)?(?:具体)?(?:数量|金额|数额|数字|数值|比例|目标值)$/;

/** The figure the plan states of the thing, as a figure question answers it; else undefined. */
function figureStated(thing: string, question: string, deps: CoreDeps): Reply | undefined {
  if (thing.trim().length < 2) return undefined;
  const evidence = deps.search.evidence(thing);
  if (evidence.hits.length === 0) return undefined;
  const about: SubjectEvidence = {
    subject: evidence.subject || thing,
    said: thing,
    evidence,
    reading: readEvidence(evidence, deps.knowledge),
    corrections: [],
  };
  const unit = /金额|数额/.test(question) ? '多少钱' : /比例/.test(question) ? '比例多少' : '多少';
  return figureAnswer(`${thing}${unit}`, about, deps);
}
