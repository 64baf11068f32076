import { importedCloseText } from '../reply/ledger-import-wording';
import type { ChangeMeta, Store, Transacted } from '../store';
import { parseInstant } from '../time/zoned-time';
import type { ImportPlan } from './plan-ledger-import';

// The real import: every planned item registered — with its 原编号 and source row, its 整改情况 as a note, and
// its 销号 on the day the sheet gives — in one transaction: all rows or none. The caller refuses a plan with
// broken rows or rows no division places before it gets here.

export interface ImportedRow {
  sheet: string;
  row: number;
  id: string;
}

export async function applyLedgerImport(
  plan: ImportPlan,
  meta: ChangeMeta & { messageId: string },
  store: Store,
  timeZone: string,
): Promise<Transacted> {
  if (plan.counts.broken > 0 || plan.needDivision.length > 0)
    throw new Error('applyLedgerImport: the plan has rows that cannot be imported');
  return store.transact({ messageId: meta.messageId }, () => {
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
    return { imported };
  });
}
