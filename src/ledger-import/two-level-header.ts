import { type HeaderMatch, matchHeader } from './match-header';
import { readLedgerState } from './read-ledger-state';
import type { GridCell } from './sheet-grid';

// The names of a header's columns, one level or two. A row of sub-headers lies under the header when each of
// its texts either repeats the cell above (a cell merged down both rows) or sits under a group: a header cell
// merged across columns (exceljs repeats its text in each) or followed by blank cells. A column under a group
// is named by both (`整改情况/已整改`) and read by what they mean together: under an amount, 合计 is that
// amount and a closed state word (已整改, 其中:已整改) the amount rectified; elsewhere a state word heads a
// column of ticks; else the sub-header's own field, or the two read as one (`整改` + `时限`).

export interface HeaderName {
  col: number;
  header: string;
  /** Named by two levels: `match` and `state` are all there is (the joined text is not matched again). */
  twoLevel?: true;
  /** The field the two levels together name. */
  match?: HeaderMatch;
  /** The state a tick in this column means. */
  state?: string;
}

const TOTAL = /^(?:合计|小计|总计|总额|金额|数额|合计金额)$/;
const LONGEST_SUB = 20;
const MIN_GROUP_ROW = 3;

const text = (cell: GridCell) => (typeof cell === 'string' ? cell.trim() : '');

/** A state word a column may be headed by (已整改, 部分整改, 持续整改), normalised; `是`/`否` are not. */
export function stateWordOf(header: string): string | undefined {
  const word = header.replace(/\s/g, '').replace(/^其中[:：]?/, '');
  if (word.length < 2) return undefined;
  const state = readLedgerState(word);
  return state.doubt ? undefined : word;
}

export function headerNames(
  row: readonly GridCell[],
  below?: readonly GridCell[],
): { depth: number; columns: HeaderName[] } {
  const width = Math.max(row.length, below?.length ?? 0);
  const top = Array.from({ length: width }, (_, c) => text(row[c]));
  /** The column starting the group a column is in (itself when it heads no span). */
  const start: number[] = [];
  for (let c = 0; c < width; c += 1)
    start.push(c > 0 && (top[c] === '' || top[c] === top[c - 1]) && top[start[c - 1]!] ? start[c - 1]! : c);
  const inGroup = (c: number) => start[c] !== c || (c + 1 < width && start[c + 1] === c);
  const sub = below ? Array.from({ length: width }, (_, c) => text(below[c])) : [];
  // A title merged across the sheet heads no group: the header above sub-headers names several things.
  const isSub =
    below !== undefined &&
    new Set(top.filter(Boolean)).size >= MIN_GROUP_ROW &&
    below.every((cell) => cell === undefined || typeof cell === 'string') &&
    sub.every((s, c) => !s || s === top[c] || (inGroup(c) && s.length <= LONGEST_SUB)) &&
    sub.some((s, c) => s && s !== top[c] && inGroup(c));
  const columns: HeaderName[] = [];
  const seen = new Set<string>();
  for (let c = 0; c < width; c += 1) {
    const own = top[c]!;
    const under = isSub ? sub[c]! : '';
    if (under && under !== own) {
      columns.push(named(c, top[start[c]!]!, under));
      continue;
    }
    // A merged cell repeats its value in every column it spans: only its first column counts.
    if (!own || seen.has(own)) continue;
    seen.add(own);
    columns.push({ col: c, header: own });
  }
  return { depth: isSub ? 2 : 1, columns };
}

function named(col: number, group: string, sub: string): HeaderName {
  const read = namedBy(group, sub);
  return { col, header: `${group}/${sub}`, twoLevel: true, ...read };
}

function namedBy(group: string, sub: string): { match?: HeaderMatch; state?: string } {
  const word = sub.replace(/\s/g, '').replace(/^其中[:：]?/, '');
  const groupMatch = matchHeader(group);
  const subMatch = matchHeader(word);
  const state = stateWordOf(word);
  const unit = subMatch?.unit ?? groupMatch?.unit;
  const units = unit ? { unit } : {};
  if (groupMatch && (groupMatch.field === 'amount' || groupMatch.field === 'rectified')) {
    if (TOTAL.test(word)) return { match: groupMatch };
    if (state && readLedgerState(word).closed)
      return { match: { field: 'rectified', rank: groupMatch.rank, ...units } };
    if (subMatch) return { match: { ...subMatch, ...units } };
    return {};
  }
  if (state) return { state };
  if (subMatch) return { match: { ...subMatch, ...units } };
  const both = matchHeader(`${group}${word}`);
  return both ? { match: both } : {};
}
