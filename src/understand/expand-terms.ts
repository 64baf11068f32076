import type { Plan } from '../plan/model';
import { termAbbreviated } from '../plan/term-abbreviated';
import { wordBounds } from '../text/word-bounds';
import type { Correction } from './reading';
import { isQuestionWord } from './strip-question-words';
import { vocabularyTerm } from './vocabulary-term';

// A question's short forms of the plan's terms, read as the terms (`内审人员培训` → `内部审计人员培训`,
// `经责审计` → `经济责任审计`): each two characters the plan never writes as such that abbreviate one term of
// it alone (see term-abbreviated.ts), or a short form of the field's vocabulary made of one term's words'
// first characters (社工 → 社会工作, see vocabulary-term.ts). Read left to right, so `经责审计` is 经责 + 审计, not 责审; a pair that
// straddles two words of the question is none (方政 of 地方|政府 is no 方针政策).

/** What ends a unit's name: a short form right before it is the unit's, not a term's. */
const UNIT_END = /^[局厅委办处科]$/;

export function expandTerms(
  subject: string,
  plan: Plan,
): { subject: string; corrections: Correction[] } | undefined {
  const chars = [...subject];
  const corrections: Correction[] = [];
  let bounds: Set<number> | undefined;
  let out = '';
  for (let i = 0, at = 0; i < chars.length; ) {
    // Three characters first (保租房), then two (内审): the longer short form is the one typed.
    let read: { typed: string; term: string } | undefined;
    for (const n of [3, 2]) {
      const typed = chars.slice(i, i + n).join('');
      if ([...typed].length !== n || isQuestionWord(typed) || UNIT_END.test(chars[i + n] ?? '')) continue;
      // A short form before a body's ending names a unit (`市工信局`), never a term of the text (工作信息).
      const term = termAbbreviated(typed, plan) ?? vocabularyTerm(typed, plan);
      if (!term) continue;
      bounds ??= wordBounds(subject);
      if (bounds.has(at) && bounds.has(at + typed.length)) {
        read = { typed, term };
        break;
      }
    }
    if (read) {
      out += read.term;
      corrections.push({ typed: read.typed, read: read.term, short: true });
      i += [...read.typed].length;
      at += read.typed.length;
    } else {
      out += chars[i];
      at += (chars[i] as string).length;
      i += 1;
    }
  }
  return corrections.length > 0 ? { subject: out, corrections } : undefined;
}
