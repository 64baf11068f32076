// `养老保险审计是哪个处负责的?要求覆盖率多少?`: several questions in one message, answered in order.
// A paste with many sentences is one text to search, not a list of questions.

const MAX_QUESTIONS = 4;
const BETWEEN = /[??;;!!。]+|\s+(?:另外|还有|再问一下|还想问一下?|顺便问一下?)\s*/;

export function splitQuestion(text: string): string[] {
  const parts = text
    .split(BETWEEN)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return parts.length >= 2 && parts.length <= MAX_QUESTIONS ? parts : [text];
}
