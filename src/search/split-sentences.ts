// Sentences end at 。！？； (full- or half-width) or a line break; the closing mark stays with its sentence.
const SENTENCE = /[^。！？；!?;\n]+[。！？；!?;]*/g;

/** The non-blank sentences of a text, trimmed, in order. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const [sentence] of text.matchAll(SENTENCE)) {
    const trimmed = sentence.trim();
    if (trimmed.length > 0) sentences.push(trimmed);
  }
  return sentences;
}
