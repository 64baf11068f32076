import type { PlanEntry } from './plan-entry';
import type { PlanDirs } from './plan-files';

/** The plans the bot knows, in the order they were found (shipped first). */
export interface PlanRegistry {
  list(): PlanEntry[];
  byId(id: string): PlanEntry | undefined;
  /**
   * The plan records made before plans were told apart belong to: the first shipped plan, which was the
   * only one the bot read then (the first file in seeds/ by name).
   */
  legacy: PlanEntry;
  /** Where the plans were read from (and where an added one is kept). */
  dirs: PlanDirs;
  /** Takes in a plan added while running (its file already in DATA_DIR/plans/). */
  add(file: string, text: string): PlanEntry | undefined;
}
