import { extraPart, ROW_WORDS } from '../reply/ledger-import-wording';
import { cellText, isBlank } from './cell-text';
import type { HeaderRow } from './find-header';
import type { GridCell } from './sheet-grid';

// A row's state where the sheet ticks it (整改情况 over 已整改 / 部分整改 / 未整改, a √ under one): the state of
// the one ticked column. Several ticked are read as not closed, and said; words instead of a tick are the
// state of their column too, and kept in the note.

const TICK = /^(?:[√✓✔☑■●▲★○◯●vVxX×✗✘]|是|对|有|1)$/;

export interface LedgerMarks {
  state?: string;
  doubt?: string;
  /** Words written in a state's column instead of a tick, for the note. */
  extras: string[];
}

export function readLedgerMarks(cells: readonly GridCell[], marks: HeaderRow['marks']): LedgerMarks {
  const ticked = marks.filter((m) => !isBlank(cells[m.col]));
  const extras = ticked
    .filter((m) => !TICK.test(cellText(cells[m.col])))
    .map((m) => extraPart(m.header, cellText(cells[m.col])));
  if (ticked.length === 0) return { extras };
  if (ticked.length === 1) return { state: ticked[0]!.state, extras };
  return { doubt: ROW_WORDS.severalMarks(ticked.map((m) => m.header)), extras };
}
