import type { ProposedOf, Proposer } from '../proposed';
import { checkItemChange } from './check-item-change';
import { checkRegister } from './check-register';
import type { ItemRecord } from './item-record';
import type { LedgerState } from './ledger-state';

/** Throws StoreError when the ledger change may not be made now by this proposer. */
export function checkLedger(
  ledger: LedgerState,
  change: ProposedOf<ItemRecord['type']>,
  proposer: Proposer,
  division: (name: string) => string,
): void {
  if (change.type === 'zg.register') checkRegister(ledger, change);
  else checkItemChange(ledger, change, proposer, division);
}
