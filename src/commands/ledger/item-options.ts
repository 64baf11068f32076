import { readAmount } from '../../text/read-amount';
import { scanDate } from '../../time/scan-date';

// `key:value` fields of the ledger commands (`单位:市社保中心 期限:2026-12-31 …`), in any order, with `:` or
// `：` (normalised before). A card form fills every field of its command, so a field left empty arrives as
// `单位:` followed by the next key: an empty value counts as not given.

export type OptionKey =
  | 'unit'
  | 'deadline'
  | 'responsible'
  | 'division'
  | 'task'
  | 'kind'
  | 'amount'
  | 'reason'
  | 'original'
  | 'sheet';

const KEY_WORDS: Record<string, OptionKey> = {
  责任单位: 'unit',
  单位: 'unit',
  整改期限: 'deadline',
  期限: 'deadline',
  责任人: 'responsible',
  处室: 'division',
  任务: 'task',
  类型: 'kind',
  问题金额: 'amount',
  整改金额: 'amount',
  金额: 'amount',
  理由: 'reason',
  原编号: 'original',
  工作表: 'sheet',
};

/**
 * Values that end where their form ends: what follows them (before the next key) is the command's free text.
 * A date or an amount is what its reader takes (`期限:2027年1月底前`, `金额:12万元整`, `金额:30 万元`); other
 * such values are one word. Each returns the value's length, undefined when the value is not in its form (it
 * is then taken whole, and refused as such by the command).
 */
const SHORT: Partial<Record<OptionKey, (value: string) => number | undefined>> = {
  deadline: (value) => taken(scanDate(value), value),
  amount: (value) => taken(readAmount(value), value),
  division: (value) => /^\S+/.exec(value)?.[0].length,
  task: (value) => /^\S+/.exec(value)?.[0].length,
  kind: (value) => /^\S+/.exec(value)?.[0].length,
  original: (value) => /^\S+/.exec(value)?.[0].length,
};

/** How much of `value` a reader took (its text after the value is `rest`). */
function taken(read: { ok: boolean; rest: string }, value: string): number | undefined {
  return read.ok ? value.length - read.rest.length : undefined;
}

export interface ItemOptions {
  /** The text that belongs to no key (the problem, the note, the reason). */
  free: string;
  options: Partial<Record<OptionKey, string>>;
}

/** How a figure starts: a digit or a Chinese numeral (`12万元`, `三十五万`, `一点五亿`). */
const FIGURE_START = '[0-9０-９一二两三四五六七八九十百千万零〇壹贰叁肆伍陆柒捌玖拾]';

/** What separates fields when people type them as a list (`问题,单位:…,期限:…`): not part of a value. */
const SEPARATORS = /^[\s,;、。]+|[\s,;、。]+$/g;
const bare = (piece: string) => piece.replace(SEPARATORS, '');

/** Whether the word starting `text` (up to a space) is an amount and nothing more. */
const wholeAmount = (text: string) => readAmount(/^[^\s,;、。]*/.exec(text)![0], { whole: true }).ok;

/** Splits a command's text into its free text and the values of the keys `allowed` (others stay text). */
export function parseItemOptions(text: string, allowed: readonly OptionKey[]): ItemOptions {
  const words = Object.keys(KEY_WORDS)
    .filter((w) => allowed.includes(KEY_WORDS[w]!))
    .sort((a, b) => b.length - a.length);
  if (words.length === 0) return { free: bare(text), options: {} };
  // An amount's key is also written straight before its figure, with no colon (`金额12万元`, `整改金额 30万元`):
  // a word of its own, the figure whole up to a space or the end (`涉及金额50万元的资金` stays text).
  const figureKeys = words.filter((w) => KEY_WORDS[w] === 'amount');
  const figure =
    figureKeys.length > 0 ? `|(?<=^|[\\s,;、。])(${figureKeys.join('|')})\\s*(?=${FIGURE_START})` : '';
  const marks = [...text.matchAll(new RegExp(`(${words.join('|')})\\s*:\\s*${figure}`, 'g'))]
    .filter((m) => m[1] !== undefined || wholeAmount(text.slice(m.index + m[0].length)))
    .map((m) => ({ index: m.index, length: m[0].length, key: KEY_WORDS[(m[1] ?? m[2])!]! }));
  const options: Partial<Record<OptionKey, string>> = {};
  const free: string[] = [bare(text.slice(0, marks[0]?.index ?? text.length))];
  marks.forEach((m, i) => {
    const key = m.key;
    const value = bare(text.slice(m.index + m.length, marks[i + 1]?.index ?? text.length));
    const short = SHORT[key];
    if (short) {
      const length = short(value) ?? value.length;
      if (bare(value.slice(0, length))) options[key] = bare(value.slice(0, length));
      free.push(bare(value.slice(length)));
    } else if (value) {
      options[key] = value;
    }
  });
  return { free: free.filter((f) => f).join(' '), options };
}
