/** `问题 ` and `问题。` are the same problem: spaces and final punctuation do not make a new item. */
export function sameTextKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/[。.;;,,!!]+$/, '');
}
