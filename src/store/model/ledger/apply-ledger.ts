import { ReplayError } from '../replay-error';
import { applyItemChange } from './apply-item-change';
import { applyRegister } from './apply-register';
import type { ItemRecord } from './item-record';
import type { LedgerState } from './ledger-state';

/** Applies a committed ledger record; each author's latest ledger event is kept for `撤销`. */
export function applyLedger(
  ledger: LedgerState,
  event: ItemRecord,
  division: (name: string) => string,
): void {
  let id: string;
  if (event.type === 'zg.register') id = applyRegister(ledger, event, division).id;
  else {
    const item = ledger.items.get(event.data.id);
    if (!item) throw new ReplayError(event.seq, event.type, `no item ${event.data.id}`);
    item.history.push(applyItemChange(item, event, division));
    id = item.id;
  }
  ledger.lastBy.set(event.by, { itemId: id, seq: event.seq });
}
