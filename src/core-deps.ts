import type { Clock } from './clock';
import type { CoreDeps } from './commands/context';
import type { Logger } from './logger';
import { loadPlan } from './plan/load-plan';
import { createPlanSearch } from './search/create-plan-search';
import { openStore, type Store } from './store';
import { BUREAU_TIME_ZONE } from './time/calendar-day';
import { fileOverrides, mergedOverrides } from './time/file-calendar';
import { createWorkingCalendar } from './time/working-calendar';

export interface CoreOptions {
  seedsDir?: string;
  admins: Iterable<string>;
  clock: Clock;
  logger: Logger;
  /** DATA_DIR: the store's files and calendar.json. */
  dataDir: string;
  /** An already-open store (tests, the server); otherwise the file store in dataDir is opened. */
  store?: Store;
  /** TZ_NAME (default Asia/Shanghai). */
  timeZone?: string;
  /** The plan's knowledge and search built already (tests that build many cores on one plan). */
  plan?: Pick<CoreDeps, 'knowledge' | 'search'>;
}

/** Builds what the core needs, once: the plan parsed from seeds/, its search index, the store, the calendar. */
export function createCoreDeps(options: CoreOptions): CoreDeps {
  const { knowledge, search } = options.plan ?? planParts(options.seedsDir);
  const timeZone = options.timeZone ?? BUREAU_TIME_ZONE;
  const store = options.store ?? openStore({ dataDir: options.dataDir, logger: options.logger, timeZone });
  return {
    knowledge,
    search,
    clock: options.clock,
    logger: options.logger,
    admins: new Set(options.admins),
    timeZone,
    store,
    calendar: workingCalendarOf(options.dataDir, store, options.logger),
  };
}

function planParts(seedsDir: string | undefined): Pick<CoreDeps, 'knowledge' | 'search'> {
  const { plan, knowledge } = loadPlan(seedsDir);
  return { knowledge, search: createPlanSearch(plan) };
}

/** The official calendar with the bureau's days: calendar.json edited by hand, then days set in chat. */
export function workingCalendarOf(dataDir: string, store: Store, logger: Logger) {
  const fromFile = fileOverrides(dataDir, (error) =>
    logger.error('calendar.file-invalid', { error: error.message, kept: '沿用上一次有效的日历' }),
  );
  return createWorkingCalendar(mergedOverrides(fromFile, () => store.calendarOverrides()));
}
