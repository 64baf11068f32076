import type { Plan } from '../plan/model';
import { termAbbreviated } from '../plan/term-abbreviated';
import { wordBounds } from '../text/word-bounds';
import type { Correction } from './reading';
import { isQuestionWord } from './strip-question-words';

// A question's short forms of the plan's terms, read as the terms (`内审人员培训` → `内部审计人员培训`,
// `经责审计` → `经济责任审计`): each two characters the plan never writes as such that abbreviate one term of
// it alone (see term-abbreviated.ts). Read left to right, so `经责审计` is 经责 + 审计, not 责审; a pair that
// straddles two words of the question is none (方政 of 地方|政府 is no 方针政策).

export function expandTerms(
  subject: string,
  plan: Plan,
): { subject: string; corrections: Correction[] } | undefined {
  const chars = [...subject];
  const corrections: Correction[] = [];
  let bounds: Set<number> | undefined;
  let out = '';
  for (let i = 0, at = 0; i < chars.length; ) {
    const pair = `${chars[i]}${chars[i + 1] ?? ''}`;
    const term = pair.length === 2 && !isQuestionWord(pair) ? termAbbreviated(pair, plan) : undefined;
    bounds ??= term ? wordBounds(subject) : undefined;
    if (term && bounds?.has(at) && bounds.has(at + pair.length)) {
      out += term;
      corrections.push({ typed: pair, read: term, short: true });
      i += 2;
      at += pair.length;
    } else {
      out += chars[i];
      at += (chars[i] as string).length;
      i += 1;
    }
  }
  return corrections.length > 0 ? { subject: out, corrections } : undefined;
}
