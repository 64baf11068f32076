import { type Block, note } from './reply';

// The line a reply carries when a date or an amount was read in a way worth saying, so the sender sees what
// was recorded: `期限“2027年1月底”按 2027-01-31 理解:当月最后一天;金额“0.5亿元”按 5000 万元 记录`.

export function readingNote(lines: readonly (string | undefined)[]): Block[] {
  const said = lines.filter((l): l is string => Boolean(l));
  return said.length > 0 ? [note(`${said.join(';')}。`)] : [];
}
