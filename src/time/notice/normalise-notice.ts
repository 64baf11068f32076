import { toHalfWidth } from '../../text/normalise';
import { toSimplified } from '../../text/to-simplified';

// A notice as pasted or extracted: full-width digits and punctuation made half-width, traditional
// characters simplified, and every space and line break dropped — the notices' grammar has no use for them,
// while a paste or a Word file may break a line anywhere (`1月\n1日`, `2018 年`).

export function normaliseNotice(text: string): string {
  return toSimplified(toHalfWidth(text))
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '')
    .replace(/[〔［]/g, '[')
    .replace(/[〕］]/g, ']');
}
