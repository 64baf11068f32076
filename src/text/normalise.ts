import { numeralInTerm } from './numeral-in-term';
import { toSimplified } from './to-simplified';

// Input normalisation: full-width ASCII → half-width, ideographic space → space, traditional
// characters → simplified, a term's Chinese numeral as its figure (五g → 5G), Lark mention placeholders and a
// leading `/` removed, runs of white space folded.

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
    .replace(/^\/+\s*/, '');
}
