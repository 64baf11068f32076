import { addDays } from '../../../time/zoned-time';
import type { ReportsFile } from '../../schemas';
import { StoreError } from '../../store-errors';
import type { ProposedOf } from '../proposed';

/** A weekly digest's days follow the last one's without a gap or an overlap. */
export function checkDigest(reports: ReportsFile, change: ProposedOf<'report.digest'>): void {
  const { from, to } = change.data;
  if (from > to) throw new StoreError('digest-window', { from, to });
  const last = reports.digest;
  if (last && from !== addDays(last.to, 1))
    throw new StoreError('digest-window', { from, to, lastTo: last.to, expected: addDays(last.to, 1) });
}
