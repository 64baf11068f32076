import { aboutSubject } from '../about-subject';
import { LEAD_IN } from '../by-number/lead-in';
import { leftOver } from '../by-number/left-over';
import { readRef } from '../read-ref';
import type { ReadContext, SubjectEvidence } from '../reading';
import { resolveRef } from '../resolve-ref';
import { taskEvidence } from '../task-evidence';

/** What a yes/no question is about: a task by its number (`第3项`), else words looked for in the plan. */
export function yesNoAbout(words: string, ctx: ReadContext): SubjectEvidence {
  const read = readRef(words.replace(LEAD_IN, '').trim());
  const ref = read && !leftOver(read.rest) ? resolveRef(read.ref, ctx.lexicon, ctx.knowledge) : undefined;
  if (ref && 'task' in ref) return taskEvidence(ref.task, words.replace(LEAD_IN, '').trim());
  return aboutSubject(words, ctx);
}
