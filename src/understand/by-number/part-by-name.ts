import { partNamed } from './part-named';
import type { RefContext } from './ref-context';

/** A part's numeral as people write it before the part's name: `二、`, `第二部分`. */
const PART_NUMBER = /^(?:第\s*)?([一二三四五六七八九十]{1,3})\s*(?:[、.．]|部分)\s*/;

/**
 * `重点任务（五）`, `保障措施第（二）条`, `优化人才发展生态（二）`: a part named by its heading (or by the words
 * people use for the tasks or the safeguards part) before a section number reads as that part's numeral,
 * `二（五）`, `四（二）`.
 */
export function partByName(text: string, ctx: RefContext): string {
  // `二、重点任务（二）`, `第二部分重点任务（二）`: the part's numeral said before its name is the same part.
  const typed = PART_NUMBER.exec(text);
  if (typed) {
    const rest = text.slice(typed[0].length);
    const named = partNamed(rest, ctx);
    if (named !== rest && named.match(/^[一二三四五六七八九十]+/)?.[0] === typed[1]) return named;
  }
  return partNamed(text, ctx);
}
