import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in one database transaction holding the advisory lock `lock` (released with it): committed
 * when the work resolves, rolled back when it throws.
 */
export async function lockedTransaction<T>(
  pool: Pool,
  lock: number,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [lock]);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
