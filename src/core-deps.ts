import { join } from 'node:path';
import type { Clock } from './clock';
import type { CoreDeps } from './commands/context';
import { memoryFileIntents } from './commands/files/file-intents';
import { memoryWorkbooks, type WorkbookMemory } from './commands/ledger/workbook-memory';
import { defaultPublicUrl } from './config';
import type { Logger } from './logger';
import { loadPlans } from './plans/load-plans';
import type { PlanDirs } from './plans/plan-files';
import { planInUse } from './plans/plan-in-use';
import type { PlanRegistry } from './plans/plan-registry';
import { openFileStore, type Store } from './store';
import { BUREAU_TIME_ZONE, calendarDay } from './time/calendar-day';
import { fileOverrides, mergedOverrides } from './time/file-calendar';
import { createWorkingCalendar, type DayKind } from './time/working-calendar';
import type { ConversationMemory } from './understand/conversation';
import { memoryConversation } from './understand/memory-conversation';

export interface CoreOptions {
  /** Shipped plans (default `seeds`). */
  seedsDir?: string;
  admins: Iterable<string>;
  clock: Clock;
  logger: Logger;
  /** DATA_DIR: the store's files, calendar.json, plans/. */
  dataDir: string;
  /** An already-open store (tests, the server); otherwise the file store in dataDir is opened. */
  store?: Store;
  /** TZ_NAME (default Asia/Shanghai). */
  timeZone?: string;
  /** The plans already loaded (tests that build many cores on the same plans). */
  plans?: PlanRegistry;
  /** Where chats' topics are kept for follow-ups (default: in this process's memory, 30 minutes). */
  conversation?: ConversationMemory;
  /** Where the dashboard is opened (config.publicUrl); default: this machine's port 3000. */
  publicUrl?: string;
  /** Where 台账 workbooks sent in chat wait for `导入台账` (default: in this process's memory, 30 minutes). */
  workbooks?: WorkbookMemory;
  /** The days edited by hand (default: DATA_DIR/calendar.json; with DATABASE_URL, those the database keeps). */
  calendarFile?: () => Readonly<Record<string, DayKind>>;
}

/** Where the plans live for a DATA_DIR: the shipped ones and those added to it. */
export function planDirs(dataDir: string, seedsDir = 'seeds'): PlanDirs {
  return { seeds: seedsDir, added: join(dataDir, 'plans') };
}

/** Builds what the core needs, once: every plan, the store, the calendar; the plan in use is the current one. */
export function createCoreDeps(options: CoreOptions): CoreDeps {
  const timeZone = options.timeZone ?? BUREAU_TIME_ZONE;
  const plans =
    options.plans ??
    loadPlans({
      dirs: planDirs(options.dataDir, options.seedsDir),
      onSkip: (file, reason) => options.logger.warn('plan.skipped', { file, reason }),
    });
  const store =
    options.store ?? openFileStore({ dataDir: options.dataDir, logger: options.logger, timeZone });
  store.useLegacyPlan(plans.legacy.id);
  return {
    plans,
    ...planInUse(plans, store, calendarDay(options.clock.now(), timeZone)),
    clock: options.clock,
    logger: options.logger,
    admins: new Set(options.admins),
    timeZone,
    store,
    calendar: workingCalendarOf(options.dataDir, store, options.logger, options.calendarFile),
    conversation: options.conversation ?? memoryConversation(),
    publicUrl: options.publicUrl ?? defaultPublicUrl('127.0.0.1', 3000),
    fileIntents: memoryFileIntents(),
    workbooks: options.workbooks ?? memoryWorkbooks(),
  };
}

/**
 * The official calendar with the bureau's days: calendar.json edited by hand (or, given `handEdited`, the
 * days the database keeps from it), then days set in chat or imported from a confirmed notice (with their
 * holidays' names and the years confirmed).
 */
export function workingCalendarOf(
  dataDir: string,
  store: Store,
  logger: Logger,
  handEdited?: () => Readonly<Record<string, DayKind>>,
) {
  const fromFile =
    handEdited ??
    fileOverrides(dataDir, (error) =>
      logger.error('calendar.file-invalid', { error: error.message, kept: '沿用上一次有效的日历' }),
    );
  return createWorkingCalendar(
    mergedOverrides(fromFile, () => store.calendarOverrides()),
    {
      names: () => store.calendarSettings().names,
      confirmed: () => store.calendarSettings().confirmed,
    },
  );
}
