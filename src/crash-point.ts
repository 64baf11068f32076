// Named instants at which the crash tests kill the real server (test/bot/crash-points.test.ts): with
// AUDIT_CRASH_POINT=<name> (or <name>@<n>) the process SIGKILLs itself the first (n-th) time it reaches that
// point. The production build (scripts/build.mjs) replaces the variable with undefined, so only the test
// build reads it.

export type CrashPointName =
  /** The event is durable in the inbox; the 200 has not been sent. */
  | 'after-inbox-fsync'
  /** The 200 has been sent; the work has not started. */
  | 'after-ack'
  /** The transaction's records are in the journal; derived logs and state files are not written. */
  | 'after-journal-append'
  /** Derived logs and state files are written; the head is not. */
  | 'after-state-write'
  /** The head is written; nothing has been sent. */
  | 'after-head'
  /** Lark has accepted the reply; the inbox does not know yet. */
  | 'after-send'
  /** Every part is sent and marked; the entry is not marked done. */
  | 'before-done';

const [armed, nth] = (process.env.AUDIT_CRASH_POINT ?? '').split('@');
let hits = 0;

export function crashPoint(name: CrashPointName): void {
  if (armed !== name) return;
  hits += 1;
  if (hits >= Number(nth ?? 1)) process.kill(process.pid, 'SIGKILL');
}
