import type { LedgerState } from './ledger-state';

/** The id the next item registered in `year` gets: `ZG-<year>-<n+1>`, three digits at least. */
export function nextItemId(ledger: LedgerState, year: string): string {
  let max = 0;
  const prefix = `ZG-${year}-`;
  for (const id of ledger.items.keys()) if (id.startsWith(prefix)) max = Math.max(max, Number(id.slice(8)));
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}
