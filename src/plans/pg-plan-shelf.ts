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
  // Every file this instance has seen (read at start, kept by it, or found kept by another), with its text.
  const texts = new Map(known.map((k) => [k.file, k.text]));
  const nameOf = (file: string) => file.slice(PG_PLAN_PREFIX.length);
  return {
    textOf: (entry) =>
      entry.source === 'shipped' ? planText(dirs, entry.file, 'shipped') : texts.get(entry.file),
    async keep(name, bytes, text) {
      const file = `${PG_PLAN_PREFIX}${name}`;
      const before = texts.get(file);
      // Seen before the row is written: a look for others' files meanwhile does not take this one as theirs.
      texts.set(file, text);
      try {
        await pool.query(
          `INSERT INTO plan_files (name, bytes, text) VALUES ($1, $2, $3)
           ON CONFLICT (name) DO UPDATE SET bytes = excluded.bytes, text = excluded.text`,
          [name, Buffer.from(bytes), text],
        );
      } catch (error) {
        if (before === undefined) texts.delete(file);
        else texts.set(file, before);
        throw error;
      }
      return file;
    },
    async kept() {
      const { rows } = await pool.query<{ name: string; text: string }>(
        'SELECT name, text FROM plan_files WHERE NOT (name = ANY($1::text[])) ORDER BY name COLLATE "C"',
        [[...texts.keys()].map(nameOf)],
      );
      // Another look (or this instance's keep) may have taken a file in while this one waited.
      const found = rows
        .map((r) => ({ file: `${PG_PLAN_PREFIX}${r.name}`, text: r.text }))
        .filter((r) => !texts.has(r.file));
      for (const r of found) texts.set(r.file, r.text);
      return found;
    },
  };
}
