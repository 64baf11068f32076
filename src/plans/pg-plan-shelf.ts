import type { Pool } from 'pg';
import type { PlanDirs } from './plan-files';
import { planText } from './plan-files';
import type { PlanShelf } from './plan-shelf';

// Added plans in PostgreSQL (the plan_files table, made with the store's schema): every instance on the
// database reads the same plans, and none keeps one on its own disk.

/** How the plans name a file kept in the database (`plan list` shows it). */
export const PG_PLAN_PREFIX = 'postgres:plan_files/';

export interface StoredPlanFile {
  /** `postgres:plan_files/<name>` */
  file: string;
  text: string;
}

/** The added plans kept in the database, in name order (as DATA_DIR/plans/ is read). */
export async function readPgPlanFiles(pool: Pool): Promise<StoredPlanFile[]> {
  const { rows } = await pool.query<{ name: string; text: string }>(
    'SELECT name, text FROM plan_files ORDER BY name COLLATE "C"',
  );
  return rows.map((r) => ({ file: `${PG_PLAN_PREFIX}${r.name}`, text: r.text }));
}

/** The shelf over plan_files; `known` the files read at start (their texts). Shipped plans stay in seeds/. */
export function pgPlanShelf(pool: Pool, dirs: PlanDirs, known: readonly StoredPlanFile[]): PlanShelf {
  const texts = new Map(known.map((k) => [k.file, k.text]));
  return {
    textOf: (entry) =>
      entry.source === 'shipped' ? planText(dirs, entry.file, 'shipped') : texts.get(entry.file),
    async keep(name, bytes, text) {
      await pool.query(
        `INSERT INTO plan_files (name, bytes, text) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET bytes = excluded.bytes, text = excluded.text`,
        [name, Buffer.from(bytes), text],
      );
      const file = `${PG_PLAN_PREFIX}${name}`;
      texts.set(file, text);
      return file;
    },
  };
}
