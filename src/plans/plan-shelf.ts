import type { PlanEntry } from './plan-entry';

// Where added plans are kept: DATA_DIR/plans/ (the file store), or the plan_files table (DATABASE_URL), so an
// instance on PostgreSQL keeps no plan on its own disk. Shipped plans are read from seeds/ either way.

export interface PlanShelf {
  /** The text a known plan was built from (undefined: a .docx/.pdf whose text was not extracted). */
  textOf(entry: Pick<PlanEntry, 'file' | 'source'>): string | undefined;
  /**
   * Keeps a plan file (whole, or not at all) under `name` (`<id>.<ext>`) with the text read from it, and
   * returns how the plans name it (`file`): its path, or `postgres:plan_files/<name>`.
   */
  keep(name: string, bytes: Uint8Array, text: string): Promise<string>;
  /**
   * The plan files another process kept since this shelf last looked (each returned once), with their text:
   * none on DATA_DIR/plans/ (one process owns the folder); on the database, the plan_files rows not seen yet.
   */
  kept(): Promise<readonly { file: string; text: string }[]>;
}
