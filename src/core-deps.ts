import type { Clock } from './clock';
import type { CoreDeps } from './commands/context';
import type { Logger } from './logger';
import { loadPlan } from './plan/load-plan';
import { createPlanSearch } from './search/create-plan-search';
import { openStore, type Store } from './store';
import { BUREAU_TIME_ZONE } from './time/calendar-day';

export interface CoreOptions {
  seedsDir?: string;
  admins: Iterable<string>;
  clock: Clock;
  logger: Logger;
  /** Where the store keeps its files (default: DATA_DIR, else ./data). */
  dataDir?: string;
  /** An already-open store (tests); takes precedence over dataDir. */
  store?: Store;
  /** TZ_NAME (default Asia/Shanghai). */
  timeZone?: string;
}

/** Builds what the core needs, once: the plan parsed from seeds/, its search index, the store. */
export function createCoreDeps(options: CoreOptions): CoreDeps {
  const { plan, knowledge } = loadPlan(options.seedsDir);
  return {
    knowledge,
    search: createPlanSearch(plan),
    clock: options.clock,
    logger: options.logger,
    admins: new Set(options.admins),
    timeZone: options.timeZone ?? BUREAU_TIME_ZONE,
    store:
      options.store ??
      openStore({ dataDir: options.dataDir ?? (process.env.DATA_DIR || './data'), logger: options.logger }),
  };
}
