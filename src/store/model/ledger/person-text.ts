/** A 责任人 as the history shows it: the text, with the open_id when there is one. */
export function personText(text: string | undefined, id: string | undefined): string {
  if (text && id && text !== id) return `${text}(${id})`;
  return text ?? id ?? '';
}
