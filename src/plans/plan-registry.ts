import type { PlanChoices } from './plan-choices';
import type { PlanEntry } from './plan-entry';
import type { PlanDirs } from './plan-files';
import type { PlanShelf } from './plan-shelf';

/** The plans the bot knows, in the order they were found (shipped first). */
export interface PlanRegistry {
  list(): PlanEntry[];
  byId(id: string): PlanEntry | undefined;
  /**
   * The plan records made before plans were told apart belong to: the first shipped plan, which was the
   * only one the bot read then (the first file in seeds/ by name).
   */
  legacy: PlanEntry;
  /** Where the plans were read from (shipped ones; added ones too on the file store). */
  dirs: PlanDirs;
  /** Where an added plan is kept: DATA_DIR/plans/, or the database with DATABASE_URL. */
  shelf: PlanShelf;
  /** Takes in a plan added while running (its file already on the shelf). */
  add(file: string, text: string): PlanEntry | undefined;
  /**
   * Takes in the plans another instance kept on the shelf since (the database's plan_files rows not known
   * here), so that every instance answers from the same plans. Given the store's plan choices, it looks only
   * when they changed since its last look (a plan added or made current, here or by another instance, whose
   * records the store has caught up on): most messages cost nothing. Without, it always looks (before a plan
   * is kept: the same plan kept by another is then found, not kept twice). Resolves to the plans taken in.
   */
  catchUp(choices?: PlanChoices): Promise<PlanEntry[]>;
}
