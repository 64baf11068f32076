import type { ChangeMeta, Store, Transacted } from '../store';
import type { ImportPlan } from './plan-ledger-import';
import { type ImportedRow, recordLedgerImport } from './record-ledger-import';

/** The real import on its own (the CLI): one transaction, all rows or none; its outcome lists the ids given. */
export function applyLedgerImport(
  plan: ImportPlan,
  meta: ChangeMeta & { messageId: string },
  store: Store,
  timeZone: string,
): Promise<Transacted<{ imported: ImportedRow[] }, unknown>> {
  return store.transact({ messageId: meta.messageId }, () => ({
    imported: recordLedgerImport(plan, meta, store, timeZone),
  }));
}
