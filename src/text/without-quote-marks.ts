// Quotes and brackets a plan puts inside a phrase (`“千村示范、万村整治”`, `（试行）`): a phrase is the same
// phrase without them.

/** The marks, as a character class (for building patterns that let them stand between characters). */
export const QUOTE_MARK_CLASS = '[“”‘’"\'()（）《》〈〉【】「」]';

const QUOTE_MARKS = new RegExp(QUOTE_MARK_CLASS, 'g');

export function withoutQuoteMarks(text: string): string {
  return text.replace(QUOTE_MARKS, '');
}
