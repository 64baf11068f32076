import { aboutSubject } from './about-subject';
import { SEPARATELY } from './grammar';
import type { ReadContext, SubjectEvidence } from './reading';
import { splitAtJoins } from './split-at-joins';

/** Several subjects asked each on its own (`养老保险和公租房分别由谁负责`); a phrase the plan holds whole stays one. */
export function subjectsOf(text: string, ctx: ReadContext): SubjectEvidence[] {
  const whole = aboutSubject(text, ctx);
  const split = splitAtJoins(whole.subject);
  if (!split) return [whole];
  // Each part as typed, where the typed subject splits alike (short forms and typos are read again in each).
  const typed = splitAtJoins(whole.said);
  const parts = typed && typed.parts.length === split.parts.length ? typed.parts : split.parts;
  const each = parts.map((p) => aboutSubject(p, ctx));
  if (SEPARATELY.test(text)) return each;
  // The plan holds the phrase with its 和 (城市能级和品质): one subject.
  const { at } = split;
  if (whole.evidence.hits[0]?.terms.some((t) => t.from <= at && t.to > at)) return [whole];
  return each.every((e) => e.evidence.hits.length > 0) ? each : [whole];
}
