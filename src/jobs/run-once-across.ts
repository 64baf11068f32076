import type { Pool, PoolClient } from 'pg';
import { lockedTransaction } from '../store/pg/locked-transaction';
import { LOCK } from '../store/pg/pg-schema';
import type { JobName, JobState } from './job-state';

// With instances sharing one database, each job's run for a day happens once across them: a run takes the
// jobs' advisory lock in a database transaction, reads the job state the instances share, runs only if the
// job is still due (another instance may have run it meanwhile), and stores the state back with the commit.
// An instance killed mid-run leaves the state as it was (its transaction rolls back), so the run is made up
// by another; its sends carry the same keys, which the shared inbox and Lark's uuid take once.

/**
 * Runs `work` with the job state the instances share (read into `state` first, stored back with the commit),
 * under the jobs' lock: `cli job` with DATABASE_URL, so a run from the CLI and the server's never interleave.
 */
export function withSharedJobState<T>(pool: Pool, state: JobState, work: () => Promise<T>): Promise<T> {
  return lockedTransaction(pool, LOCK.jobs, async (client) => {
    const { rows } = await client.query<{ data: unknown }>('SELECT data FROM job_state WHERE id = 1');
    state.replace(rows[0]?.data);
    const result = await work();
    await storeJobState(client, state);
    return result;
  });
}

async function storeJobState(client: PoolClient, state: JobState): Promise<void> {
  await client.query(
    'INSERT INTO job_state (id, data) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET data = excluded.data',
    [JSON.stringify(state.snapshot())],
  );
}

/**
 * A job's run once across instances. `catchUp` brings this instance up to what the others recorded (their
 * journal records, the plans they took in) before the job reads anything: a reminder run here must speak of
 * an item registered through another instance a moment ago.
 */
export function runOnceAcross(
  pool: Pool,
  state: JobState,
  due: (job: JobName, now: Date) => boolean,
  run: (job: JobName, now: Date) => Promise<void>,
  catchUp: () => Promise<void>,
): (job: JobName, now: Date) => Promise<void> {
  return (job, now) =>
    lockedTransaction(pool, LOCK.jobs, async (client) => {
      const { rows } = await client.query<{ data: unknown }>('SELECT data FROM job_state WHERE id = 1');
      state.replace(rows[0]?.data);
      if (!due(job, now)) return;
      await catchUp();
      await run(job, now);
      await storeJobState(client, state);
    });
}
