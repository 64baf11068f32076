import type { Pool } from 'pg';
import { operatorLine } from '../../files/operator-line';
import type { Logger } from '../../logger';
import { type SetAside, type UndeliveredLog, undeliveredLine } from './undelivered';

// Answers set aside, with DATABASE_URL: one row each in the `undelivered` table (the line undelivered.jsonl
// would hold), so what people were never told is in the database whichever instance gave up on it, and no
// instance keeps it on its own disk. The count /healthz shows is the table's at start plus this instance's.

export class PgUndelivered implements UndeliveredLog {
  #count: number;

  private constructor(
    private readonly pool: Pool,
    private readonly logger: Logger,
    count: number,
  ) {
    this.#count = count;
  }

  static async open(pool: Pool, logger: Logger): Promise<PgUndelivered> {
    const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM undelivered');
    return new PgUndelivered(pool, logger, rows[0]?.n ?? 0);
  }

  get count(): number {
    return this.#count;
  }

  async add(entry: SetAside): Promise<void> {
    this.#count += 1;
    this.logger.error('answer set aside', {
      key: entry.key,
      chat: entry.target.chatId,
      failed: `${entry.failed}/${entry.parts}`,
      table: 'undelivered',
    });
    try {
      await this.pool.query('INSERT INTO undelivered (key, line) VALUES ($1, $2)', [
        entry.key,
        JSON.stringify(undeliveredLine(entry)),
      ]);
    } catch (error) {
      this.logger.error('undelivered.write-failed', { key: entry.key, error: operatorLine(error) });
    }
  }

  async close(): Promise<void> {}
}
