// Where a text's words start and end, as ICU's dictionary segmenter sees them
// (`Intl.Segmenter('zh', {granularity: 'word'})`): so that a phrase found, quoted or cut is whole words
// (`数字化`, not `字化`). Segmenting is the costly part; callers keep what they will ask again.

let segmenter: Intl.Segmenter | undefined;

/** The offsets where the text's words start and end, 0 and the text's length included. */
export function wordBounds(text: string): Set<number> {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const bounds = new Set([0, text.length]);
  for (const s of segmenter.segment(text)) bounds.add(s.index).add(s.index + s.segment.length);
  return bounds;
}
