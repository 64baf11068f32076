import type { JournalEvent, ReportsFile } from '../../schemas';

/** The days the weekly digest just sent covered. */
export function applyDigest(event: Extract<JournalEvent, { type: 'report.digest' }>): ReportsFile {
  return { seq: event.seq, digest: { from: event.data.from, to: event.data.to, at: event.at } };
}
