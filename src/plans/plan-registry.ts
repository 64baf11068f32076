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
}
