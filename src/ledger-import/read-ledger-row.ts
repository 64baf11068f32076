import { extraPart, noteText, ROW_WORDS } from '../reply/ledger-import-wording';
import { ITEM_KINDS, type ItemKind } from '../store/types';
import { cellText, isBlank } from './cell-text';
import type { ColumnUse, HeaderRow } from './find-header';
import { FIELD_LABELS, type LedgerField } from './ledger-fields';
import type { LedgerItem, LedgerRow } from './ledger-row';
import { matchHeader } from './match-header';
import { readLedgerAmount } from './read-ledger-amount';
import { type LedgerDayContext, readLedgerDay } from './read-ledger-day';
import { readLedgerMarks } from './read-ledger-marks';
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
  /** The division the import was given (`--division`, `导入台账 处室:`): it takes rows whose 处室 is unknown. */
  given?: string;
  /** The ledger's year (for `长期`: its end, unless that has passed). */
  year: number;
  /** The import's day (YYYY-MM-DD): no close is later. */
  today: string;
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

  const marked = readLedgerMarks(cells, header.marks);
  if (marked.doubt) doubts.push(marked.doubt);
  extras.push(...marked.extras);
  const state = readLedgerState(text('state') || (marked.state ?? ''));
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
    deadline = longTermEnd(context);
    kind ??= '持续整改';
    doubts.push(ROW_WORDS.longTerm(deadlineText, deadline));
  } else deadline = dayOf('deadline');
  const closeDay = dayOf('close');

  let closed: LedgerItem['closed'];
  if (closeDay && closeDay > context.today)
    problems.push(ROW_WORDS.closeAfterToday(label('close'), closeDay));
  if (state.closed) {
    // Closed with no day of its own: on its deadline, or today when that is still to come.
    const day = closeDay ?? (deadline && deadline > context.today ? context.today : deadline);
    if (!day) problems.push(ROW_WORDS.closedNoDay);
    else {
      if (!closeDay)
        doubts.push(day === deadline ? ROW_WORDS.closeFromDeadline(day) : ROW_WORDS.closeOnImportDay(day));
      if (!deadline) {
        deadline = day;
        doubts.push(ROW_WORDS.deadlineFromClose(day));
      }
      closed = { day };
    }
  } else if (closeDay) doubts.push(ROW_WORDS.closeWithoutState(closeDay));
  if (!deadline && !state.closed) {
    if (kind === '持续整改') {
      deadline = longTermEnd(context);
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
  let unknownDivision: string | undefined;
  const divisionText = text('division');
  if (divisionText) {
    const own = context.resolveDivision(divisionText);
    const short = own ? undefined : context.resolveDivision(shortDivisionName(divisionText));
    if (own) division = own;
    else if (short) {
      division = short;
      doubts.push(ROW_WORDS.divisionShortForm(divisionText, short));
    } else if (context.given) {
      division = context.given;
      doubts.push(ROW_WORDS.unknownDivisionGiven(divisionText, context.given));
      extras.push(extraPart(label('division'), divisionText));
    } else {
      division = undefined;
      unknownDivision = divisionText;
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
  const content = [...header.columns, ...header.marks].map((c) => cellText(cells[c.col])).join('\u001f');
  return { row, kind: 'item', item, doubts, content, ...(unknownDivision ? { unknownDivision } : {}) };
}

/** A division written the long way (`投资审计处`, `市审计局社保处`) as the roster's short form would name it. */
function shortDivisionName(text: string): string {
  return text
    .replace(/\s/g, '')
    .replace(/审计/g, '')
    .replace(/^(?:市|本局|局)+/, '');
}

/** A long-term item's deadline: the end of the ledger's year, or of this year once that has passed (a review
 * point, not an overdue item on the day it is imported). */
function longTermEnd(context: RowContext): string {
  const ledgerEnd = `${context.year}-12-31`;
  return ledgerEnd >= context.today ? ledgerEnd : `${context.today.slice(0, 4)}-12-31`;
}
