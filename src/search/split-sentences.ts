// Sentences end at 。！？； (full- or half-width) or a line break; the closing mark stays with its sentence.
// A table row (`| 1 | 地区生产总值增长6%以上。 | 区发展改革委 | … |`) is read by its cells: each cell's
// sentences, never the pipes or a cell that only numbers the row.
const SENTENCE = /[^。！？；!?;\n]+[。！？；!?;]*/g;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
/** A cell that only numbers its row: `1`, `12.`, `⑵`, `（三）`, `三、`. */
const ROW_NUMBER =
  /^(?:\d{1,3}[.、．]?|[⑴-⒇①-⑳]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、?)$/;

/** The non-blank sentences of a text, trimmed, in order. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split('\n')) {
    const pieces = TABLE_ROW.test(line)
      ? line
          .split('|')
          .map((c) => c.trim())
          .filter((c) => c.length > 0 && !ROW_NUMBER.test(c))
      : [line];
    for (const piece of pieces)
      for (const [sentence] of piece.matchAll(SENTENCE)) {
        const trimmed = sentence.trim();
        if (trimmed.length > 0) sentences.push(trimmed);
      }
  }
  return sentences;
}
