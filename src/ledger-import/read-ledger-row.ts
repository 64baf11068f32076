import { extraPart, noteText, ROW_WORDS } from '../reply/ledger-import-wording';
import { ITEM_KINDS, type ItemKind } from '../store/types';
import { cellText, isBlank } from './cell-text';
import type { ColumnUse, HeaderRow } from './find-header';
import { FIELD_LABELS, type LedgerField } from './ledger-fields';
import type { LedgerItem, LedgerRow } from './ledger-row';
import { matchHeader } from './match-header';
import { readLedgerAmount } from './read-ledger-amount';
import { type LedgerDayContext, readLedgerDay } from './read-ledger-day';
import { readLedgerState } from './read-ledger-state';
import type { GridCell } from './sheet-grid';

// One row of a sheet read into an item, by its header's columns: its state, dates, amounts, division and
// note; or skipped (blank, 合计, a repeated header, a section title); or broken (what is missing or unreadable).

export interface RowContext extends LedgerDayContext {
  /** The division a name in the sheet means, or undefined when it names none. */
  resolveDivision(text: string): string | undefined;
  /** The plan task an id names, or undefined. */
  resolveTask(text: string): string | undefined;
  /** The sheet's division (its name names one), else the one the import was given. */
  division?: string;
  /** The ledger's year (for `长期`: its end). */
  year: number;
}

const SUBTOTAL = /^(?:合计|小计|总计|共计|累计)/;
const LONG_TERM = /^(?:长期|持续|长期坚持|持续整改|常态化|长期整改)/;
const MIN_HEADER_FIELDS = 3;

export function readLedgerRow(
  cells: readonly GridCell[],
  header: HeaderRow,
  row: number,
  context: RowContext,
): LedgerRow {
  const texts = cells.map(cellText);
  const filled = texts.filter((t, i) => t && !isBlank(cells[i]));
  if (filled.length === 0) return { row, kind: 'skip', reason: ROW_WORDS.blank };
  if (filled.some((t) => SUBTOTAL.test(t.replace(/\s/g, ''))))
    return { row, kind: 'skip', reason: ROW_WORDS.subtotal };
  const named = new Set(filled.map((t) => matchHeader(t)?.field).filter((f) => f !== undefined));
  if (named.size >= MIN_HEADER_FIELDS) return { row, kind: 'skip', reason: ROW_WORDS.repeatedHeader };
  if (filled.length > 1 && new Set(filled).size === 1)
    return { row, kind: 'skip', reason: ROW_WORDS.section };
  const column = new Map<LedgerField, ColumnUse>(header.columns.map((c) => [c.field, c]));
  const cell = (field: LedgerField): GridCell => {
    const c = column.get(field);
    return c ? cells[c.col] : undefined;
  };
  const text = (field: LedgerField) => (isBlank(cell(field)) ? '' : cellText(cell(field)));
  /** A value is named by the sheet's own header, so the user finds the cell to fix. */
  const label = (field: LedgerField) => column.get(field)?.header ?? FIELD_LABELS[field];
  const originalCol = column.get('original')?.col;
  if (filled.length === 1 && originalCol !== undefined && text('original'))
    return { row, kind: 'skip', reason: ROW_WORDS.numberOnly };

  const problems: string[] = [];
  const doubts: string[] = [];
  const extras: string[] = [];
  const issue = text('issue');
  const unit = text('unit');
  if (!issue) problems.push(ROW_WORDS.missing(FIELD_LABELS.issue));
  if (!unit) problems.push(ROW_WORDS.missing(FIELD_LABELS.unit));

  const state = readLedgerState(text('state'));
  if (state.doubt) doubts.push(state.doubt);
  let kind: ItemKind | undefined = state.ongoing ? '持续整改' : undefined;
  const kindText = text('kind');
  if (kindText) {
    const known = ITEM_KINDS.find((k) => k === kindText.replace(/\s|类$/g, ''));
    if (known) kind = known;
    else {
      doubts.push(ROW_WORDS.unknownKind(kindText));
      extras.push(extraPart(column.get('kind')!.header, kindText));
    }
  }

  const dayOf = (field: 'deadline' | 'close') => {
    const read = readLedgerDay(cell(field), label(field), context);
    if (read && !read.ok) problems.push(read.problem);
    if (read?.ok && read.doubt) doubts.push(read.doubt);
    return read?.ok ? read.day : undefined;
  };
  const deadlineText = text('deadline');
  let deadline: string | undefined;
  if (LONG_TERM.test(deadlineText) && !/\d/.test(deadlineText)) {
    deadline = `${context.year}-12-31`;
    kind ??= '持续整改';
    doubts.push(ROW_WORDS.longTerm(deadlineText, deadline));
  } else deadline = dayOf('deadline');
  const closeDay = dayOf('close');

  let closed: LedgerItem['closed'];
  if (state.closed) {
    const day = closeDay ?? deadline;
    if (!day) problems.push(ROW_WORDS.closedNoDay);
    else {
      if (!closeDay) doubts.push(ROW_WORDS.closeFromDeadline(day));
      if (!deadline) {
        deadline = day;
        doubts.push(ROW_WORDS.deadlineFromClose(day));
      }
      closed = { day };
    }
  } else if (closeDay) doubts.push(ROW_WORDS.closeWithoutState(closeDay));
  if (!deadline && !state.closed) {
    if (kind === '持续整改') {
      deadline = `${context.year}-12-31`;
      doubts.push(ROW_WORDS.longTerm(deadlineText || '(空)', deadline));
    } else if (!problems.some((p) => p.startsWith(label('deadline'))))
      problems.push(ROW_WORDS.missing(column.has('deadline') ? label('deadline') : '整改时限'));
  }

  const money = (field: 'amount' | 'rectified') => {
    const read = readLedgerAmount(cell(field), label(field), column.get(field)?.unit);
    if (read && !read.ok) problems.push(read.problem);
    if (read?.ok && read.doubt) doubts.push(read.doubt);
    return read?.ok ? read.value : undefined;
  };
  const amount = money('amount');
  const rectified = money('rectified');
  if (closed && rectified !== undefined) closed.amount = rectified;
  else if (rectified !== undefined)
    extras.push(extraPart(column.get('rectified')!.header, text('rectified')));

  let division = context.division;
  const divisionText = text('division');
  if (divisionText) {
    division = context.resolveDivision(divisionText);
    if (!division) {
      division = divisionText;
      doubts.push(ROW_WORDS.unknownDivision(divisionText));
    }
  }

  let taskId: string | undefined;
  const taskText = text('task');
  if (taskText) {
    taskId = context.resolveTask(taskText);
    if (!taskId) {
      doubts.push(ROW_WORDS.unknownTask(taskText));
      extras.push(extraPart(column.get('task')!.header, taskText));
    }
  }
  const remark = text('remark');
  if (remark) extras.push(extraPart(column.get('remark')!.header, remark));
  // Columns with no field of their own are kept in the note, unless they repeat a value the item has
  // (被审计单位 beside the same 整改责任单位).
  const mapped = new Set(header.columns.map((c) => cellText(cells[c.col])));
  for (const { col, header: name } of header.unused) {
    const value = cellText(cells[col]);
    if (!isBlank(cells[col]) && !mapped.has(value)) extras.push(extraPart(name, value));
  }

  if (problems.length > 0) return { row, kind: 'broken', problems };
  const note = noteText({ progress: text('note'), extras });
  const responsible = text('responsible');
  const original = text('original');
  const item: LedgerItem = {
    issue,
    unit,
    ...(responsible ? { responsible } : {}),
    ...(division ? { division } : {}),
    deadline: deadline!,
    ...(kind ? { kind } : {}),
    ...(amount !== undefined ? { amount } : {}),
    ...(original ? { original } : {}),
    ...(taskId ? { taskId } : {}),
    ...(note ? { note } : {}),
    ...(closed ? { closed } : {}),
  };
  const content = header.columns.map((c) => cellText(cells[c.col])).join('\u001f');
  return { row, kind: 'item', item, doubts, content };
}
