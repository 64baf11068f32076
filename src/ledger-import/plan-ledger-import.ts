import { createHash } from 'node:crypto';
import { ROW_WORDS } from '../reply/ledger-import-wording';
import { type Store, sameTextKey } from '../store';
import { calendarDay } from '../time/calendar-day';
import type { DateCalendar } from '../time/resolve-date-form';
import { parseInstant } from '../time/zoned-time';
import { cellText } from './cell-text';
import { findHeader, type HeaderRow } from './find-header';
import type { LedgerRow } from './ledger-row';
import { readLedgerRow } from './read-ledger-row';
import type { SheetGrid } from './sheet-grid';

// What importing a workbook would do, row by row, decided before anything is written — the dry run shows it
// and the real run applies exactly it. A row already imported (its key: the sheet, its content, and which
// occurrence of that content in the sheet it is) or the same open problem as an item before it is skipped.

export interface ImportContext {
  store: Store;
  timeZone: string;
  calendar: DateCalendar;
  /** The import's instant (the injected clock). */
  now: Date;
  resolveDivision(text: string): string | undefined;
  resolveTask(text: string): string | undefined;
  /** The plan `resolveTask`'s ids are of. */
  plan: string;
}

export interface ImportOptions {
  /** Only this sheet (`--sheet`). */
  sheet?: string;
  /** The division of rows the sheet does not place (`--division`, or the answer in chat). */
  division?: string;
}

export type PlannedRow =
  | Exclude<LedgerRow, { kind: 'item' }>
  | (Extract<LedgerRow, { kind: 'item' }> & { key: string });

export interface SheetPlan {
  name: string;
  /** Excel's number of the header row, and its columns; absent when no row reads as a header. */
  header?: HeaderRow & { row: number };
  year: number;
  /** The division the sheet's name gives (rows without a 处室 of their own take it). */
  division?: string;
  rows: PlannedRow[];
}

export interface ImportPlan {
  file: string;
  /** The plan the rows' 关联任务 are of. */
  taskPlan: string;
  sheets: SheetPlan[];
  /** `--sheet` named a sheet the workbook does not have: the names it has. */
  noSuchSheet?: string[];
  /** Sheets with rows no division places: the import must be told one. */
  needDivision: string[];
  /** 处室 values the roster does not know (their rows wait for a division as well). */
  unknownDivisions: string[];
  counts: { items: number; doubtful: number; skipped: number; broken: number };
}

const YEAR = /((?:19|20)\d{2})\s*年?/;
/** Words a sheet's name adds to a division's (`社保处2025年台账`). */
const SHEET_WORDS = /(?:19|20)\d{2}\s*年?度?|审计|整改|问题|台账|清单|明细|汇总|[()（）\s_-]/g;

function sheetYear(sheet: SheetGrid, headerIndex: number, now: Date, timeZone: string): number {
  const fromName = YEAR.exec(sheet.name);
  if (fromName) return Number(fromName[1]);
  for (const row of sheet.rows.slice(0, Math.max(headerIndex, 0)))
    for (const cell of row) {
      const m = YEAR.exec(cellText(cell));
      if (m) return Number(m[1]);
    }
  return Number(calendarDay(now, timeZone).slice(0, 4));
}

const keyOf = (sheet: string, occurrence: number, content: string) =>
  createHash('sha256')
    .update(JSON.stringify([sheet, occurrence, content]))
    .digest('hex');

export function planLedgerImport(
  file: string,
  sheets: readonly SheetGrid[],
  options: ImportOptions,
  context: ImportContext,
): ImportPlan {
  const counts = { items: 0, doubtful: 0, skipped: 0, broken: 0 };
  const chosen = options.sheet ? sheets.filter((s) => s.name.trim() === options.sheet!.trim()) : sheets;
  if (options.sheet && chosen.length === 0)
    return {
      file,
      taskPlan: context.plan,
      sheets: [],
      noSuchSheet: sheets.map((s) => s.name),
      needDivision: [],
      unknownDivisions: [],
      counts,
    };
  const imported = new Map<string, string>();
  for (const item of context.store.items({ includeVoided: true }))
    if (item.source) imported.set(item.source.key, item.id);
  /** Open problems (their 问题 and 责任单位) of the rows planned so far: the Excel row that has each. */
  const openRows = new Map<string, number>();
  const needDivision: string[] = [];
  const unknownDivisions = new Set<string>();
  const plans = chosen.map((sheet): SheetPlan => {
    const found = findHeader(sheet.rows);
    const year = sheetYear(sheet, found?.index ?? 0, context.now, context.timeZone);
    const division =
      context.resolveDivision(sheet.name) ?? context.resolveDivision(sheet.name.replace(SHEET_WORDS, ''));
    if (!found) return { name: sheet.name, year, ...(division ? { division } : {}), rows: [] };
    const reference = parseInstant(`${year}-07-01T12:00`, context.timeZone)!;
    const rowContext = {
      now: reference,
      timeZone: context.timeZone,
      calendar: context.calendar,
      resolveDivision: context.resolveDivision,
      resolveTask: context.resolveTask,
      year,
      today: calendarDay(context.now, context.timeZone),
      ...((division ?? options.division) ? { division: division ?? options.division } : {}),
      ...(options.division ? { given: options.division } : {}),
    };
    const seen = new Map<string, number>();
    const rows: PlannedRow[] = [];
    let unplaced = false;
    for (let index = found.index + found.depth; index < sheet.rows.length; index += 1) {
      const read = readLedgerRow(sheet.rows[index]!, found, index + 1, rowContext);
      if (read.kind !== 'item') {
        rows.push(read);
        continue;
      }
      const occurrence = (seen.get(read.content) ?? 0) + 1;
      seen.set(read.content, occurrence);
      const key = keyOf(sheet.name, occurrence, read.content);
      const before = imported.get(key);
      if (before) {
        rows.push({ row: read.row, kind: 'skip', reason: ROW_WORDS.alreadyImported(before) });
        continue;
      }
      const same = `${sameTextKey(read.item.issue)}\u001f${sameTextKey(read.item.unit)}`;
      const sameRow = openRows.get(same);
      const sameItem = context.store.openDuplicateOf(read.item.issue, read.item.unit);
      if (sameRow !== undefined || sameItem) {
        const reason = sameItem
          ? ROW_WORDS.sameAsItem(sameItem.id, sameItem.status)
          : ROW_WORDS.sameAsRow(sameRow!);
        rows.push({ row: read.row, kind: 'skip', reason });
        continue;
      }
      if (!read.item.closed) openRows.set(same, read.row);
      if (read.unknownDivision) unknownDivisions.add(read.unknownDivision);
      else if (!read.item.division) unplaced = true;
      rows.push({ ...read, key });
    }
    if (unplaced) needDivision.push(sheet.name);
    return {
      name: sheet.name,
      header: { ...found, row: found.index + 1 },
      year,
      ...(division ? { division } : {}),
      rows,
    };
  });
  for (const sheet of plans)
    for (const row of sheet.rows) {
      if (row.kind === 'item') {
        counts.items += 1;
        if (row.doubts.length > 0) counts.doubtful += 1;
      } else if (row.kind === 'skip') counts.skipped += 1;
      else counts.broken += 1;
    }
  return {
    file,
    taskPlan: context.plan,
    sheets: plans,
    needDivision,
    unknownDivisions: [...unknownDivisions],
    counts,
  };
}

/** No sheet of the workbook has a row that reads as a 台账's header (a title alone, another kind of table). */
export const noHeaderFound = (plan: ImportPlan) =>
  plan.sheets.length > 0 && plan.sheets.every((s) => !s.header);

/** Whether the real import must refuse: a row broken, rows no known division places, or no 台账 at all. */
export const importBlocked = (plan: ImportPlan) =>
  plan.counts.broken > 0 ||
  plan.needDivision.length > 0 ||
  plan.unknownDivisions.length > 0 ||
  noHeaderFound(plan);
