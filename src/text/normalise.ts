import { numeralInTerm } from './numeral-in-term';
import { toSimplified } from './to-simplified';

// Input normalisation: full-width ASCII → half-width, ideographic space → space, traditional
// characters → simplified, a term's Chinese numeral as its figure (五g → 5G), Lark mention placeholders and a
// leading `/` removed, runs of white space folded.
// A mention typed or pasted as text before the message (`@审计助手 进展 3（2）…`, where Lark sent no
// placeholder) is who it is said to, as a placeholder is: removed, so that a command after it is one.

const LEADING_MENTION = /^(?:@[^\s@]{1,20}\s+)+/;

export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

export function normalise(text: string): string {
  return numeralInTerm(toSimplified(toHalfWidth(text)))
    .replace(/@_user_\d+|@_all/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\/+\s*/, '')
    .replace(LEADING_MENTION, '');
}
