import { importedCloseText } from '../reply/ledger-import-wording';
import type { ChangeMeta, Store } from '../store';
import { parseInstant } from '../time/zoned-time';
import { type ImportPlan, importBlocked } from './plan-ledger-import';

// The planned items written, inside the caller's transaction (the CLI's own, or the chat message's): each
// registered with its 原编号 and source row, its 整改情况 as a note, its 销号 on the day the sheet gives. A
// refusal of any of them throws, and the transaction keeps none. A plan with broken rows or rows no division
// places never gets here.

export interface ImportedRow {
  sheet: string;
  row: number;
  id: string;
}

export function recordLedgerImport(
  plan: ImportPlan,
  meta: ChangeMeta,
  store: Store,
  timeZone: string,
): ImportedRow[] {
  if (importBlocked(plan)) throw new Error('recordLedgerImport: the plan has rows that cannot be imported');
  const imported: ImportedRow[] = [];
  for (const sheet of plan.sheets)
    for (const row of sheet.rows) {
      if (row.kind !== 'item') continue;
      const { item } = row;
      const registered = store.registerItem(meta, {
        issue: item.issue,
        unit: item.unit,
        ...(item.responsible ? { responsible: item.responsible } : {}),
        division: item.division!,
        deadline: item.deadline,
        ...(item.kind ? { kind: item.kind } : {}),
        ...(item.amount !== undefined ? { amount: item.amount } : {}),
        ...(item.taskId ? { taskId: item.taskId, plan: plan.taskPlan } : {}),
        ...(item.original ? { original: item.original } : {}),
        source: { file: plan.file, sheet: sheet.name, row: row.row, key: row.key },
      });
      if (item.note) store.noteItem(meta, registered.id, item.note);
      if (item.closed) {
        const at = parseInstant(item.closed.day, timeZone)!;
        const text = importedCloseText(plan.file, sheet.name, row.row);
        store.closeItem({ ...meta, at }, registered.id, text, false, item.closed.amount);
      }
      imported.push({ sheet: sheet.name, row: row.row, id: registered.id });
    }
  return imported;
}
