import { type Block, note } from './reply';

// The line a reply carries when a date or an amount was read in a way worth saying, so the sender sees what
// was recorded: `期限“2027年1月底”按 2027-01-31 理解:当月最后一天;金额“0.5亿元”按 5000 万元 记录`.

export function readingNote(lines: readonly (string | undefined)[]): Block[] {
  const said = lines.filter((l): l is string => Boolean(l));
  return said.length > 0 ? [note(`${said.join(';')}。`)] : [];
}

/** `第三个`: the n-th item of the list just shown — `“第三个”按刚才列出的第 3 项理解:2.3 聚焦…。`. */
export function placeInListNote(written: string, n: number, task: string): Block {
  return note(`“${written}”按刚才列出的第 ${n} 项理解${task ? `:${task}` : ''}。`);
}

/** `第三条` in a plan that does not number by 第N条 (`第二个` with no list shown): read by the plan's own numbering. */
export function numberingNote(written: string, read: string): Block {
  const unlike = /条/.test(written) ? '方案没有按“第N条”编号,' : '';
  return note(`${unlike}“${written}”按方案自己的编号理解${read ? `为 ${read}` : ''}。`);
}
