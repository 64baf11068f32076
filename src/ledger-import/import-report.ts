import { amountText } from '../reply/amount-text';
import { ROW_WORDS, REPORT_WORDS as W } from '../reply/ledger-import-wording';
import { heading, list, note, type Reply } from '../reply/reply';
import { FIELD_LABELS } from './ledger-fields';
import { type ImportPlan, noHeaderFound, type PlannedRow, type SheetPlan } from './plan-ledger-import';
import type { ImportedRow } from './record-ledger-import';

// The import's report, row by row with Excel's row numbers: what each row becomes (with its id once imported),
// what is doubtful about it and why, what is skipped or wrong. Runs of blank rows are one line.

export type ReportKind = 'dry-run' | 'done' | 'refused' | 'replayed';

function rowLine(row: PlannedRow, ids: Map<string, string>, sheet: string): string {
  if (row.kind === 'skip') return `${W.rows(row.row, row.row)} ${W.skipped}:${row.reason}`;
  if (row.kind === 'broken') return `${W.rows(row.row, row.row)} ${W.broken}:${row.problems.join(';')}`;
  const { item } = row;
  const parts = [
    item.original && W.original(item.original),
    item.unit,
    item.issue,
    W.deadline(item.deadline),
    item.closed ? W.closed(item.closed.day) : W.open,
    item.kind,
    item.amount !== undefined && W.amount(amountText(item.amount)),
    item.closed?.amount !== undefined && W.rectified(amountText(item.closed.amount)),
    item.division ?? W.noDivision,
  ].filter((p): p is string => Boolean(p));
  const doubt = row.doubts.length > 0 ? ` — ${W.doubtful}:${row.doubts.join(';')}` : '';
  return `${W.rows(row.row, row.row)} ${W.imported(ids.get(`${sheet}\u001f${row.row}`))}:${parts.join(' · ')}${doubt}`;
}

/** The rows' lines, a run of blank rows as one; blank rows after the last filled one are left out. */
function rowLines(sheet: SheetPlan, ids: Map<string, string>, only?: PlannedRow['kind']): string[] {
  const rows = [...sheet.rows];
  while (rows.length > 0 && rows.at(-1)!.kind === 'skip' && isBlankRow(rows.at(-1)!)) rows.pop();
  const lines: string[] = [];
  let run: { from: number; to: number; reason: string } | undefined;
  const flush = () => {
    if (run) lines.push(`${W.rows(run.from, run.to)} ${W.skipped}:${run.reason}`);
    run = undefined;
  };
  for (const row of rows) {
    if (only && row.kind !== only) continue;
    if (row.kind === 'skip' && isBlankRow(row)) {
      if (run && run.to === row.row - 1) run.to = row.row;
      else {
        flush();
        run = { from: row.row, to: row.row, reason: row.reason };
      }
      continue;
    }
    flush();
    lines.push(rowLine(row, ids, sheet.name));
  }
  flush();
  return lines;
}

const isBlankRow = (row: PlannedRow) => row.kind === 'skip' && row.reason === ROW_WORDS.blank;

export function importReport(
  plan: ImportPlan,
  kind: ReportKind,
  options: { next?: string; divisionHow: string; imported?: ImportedRow[]; sheet?: string },
): Reply {
  if (plan.noSuchSheet)
    return { title: W.noSuchSheet(options.sheet ?? '', plan.noSuchSheet), colour: 'orange', blocks: [] };
  const ids = new Map((options.imported ?? []).map((r) => [`${r.sheet}\u001f${r.row}`, r.id]));
  const blocks: Reply['blocks'] = [];
  for (const sheet of plan.sheets) {
    if (!sheet.header) {
      blocks.push(note(W.noHeader(sheet.name)));
      continue;
    }
    blocks.push(heading(W.sheetHeading(sheet.name, sheet.header.row, sheet.year, sheet.header.depth)));
    const pairs = sheet.header.columns.map((c) => `${c.header}→${FIELD_LABELS[c.field]}`);
    const info = [W.mapping(pairs)];
    if (sheet.header.marks.length > 0) info.push(W.marks(sheet.header.marks.map((m) => m.header)));
    if (sheet.header.unused.length > 0) info.push(W.unused(sheet.header.unused.map((u) => u.header)));
    if (sheet.division) info.push(W.sheetDivision(sheet.division));
    blocks.push(note(info.join(';')));
    const lines = rowLines(sheet, ids, kind === 'refused' ? 'broken' : undefined);
    if (lines.length > 0) blocks.push(list(lines));
  }
  blocks.push(note(W.summary(plan.counts)));
  if (plan.counts.broken > 0) blocks.push(note(W.brokenNote));
  if (plan.needDivision.length > 0) blocks.push(note(W.needDivision(plan.needDivision, options.divisionHow)));
  if (plan.unknownDivisions.length > 0)
    blocks.push(note(W.unknownDivisions(plan.unknownDivisions, options.divisionHow)));
  if (kind === 'done') blocks.push(note(W.again));
  if (options.next) blocks.push(note(options.next));
  const title = noHeaderFound(plan)
    ? W.noHeaderTitle(plan.file)
    : kind === 'dry-run'
      ? W.dryTitle(plan.file)
      : kind === 'refused'
        ? W.refusedTitle(plan.file)
        : kind === 'replayed'
          ? W.replayedTitle(plan.file)
          : plan.counts.items === 0
            ? W.nothingTitle(plan.file)
            : W.doneTitle(plan.file, plan.counts.items);
  const colour = noHeaderFound(plan)
    ? 'orange'
    : kind === 'refused'
      ? 'red'
      : kind === 'done'
        ? 'green'
        : plan.counts.broken > 0
          ? 'orange'
          : 'blue';
  return { title, colour, blocks };
}
