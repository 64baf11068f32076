// `npm start`: the Lark bot's server. Config from the environment (and `.env` when present); it listens first
// (a port in use stops it before the data folder is opened), then takes the data folder (one owner at a time),
// opens the store, and answers at once (so /healthz answers quickly); the plan is parsed and indexed right after. Webhook mode
// serves Lark's callbacks on HOST:PORT; ws mode holds a long connection to Lark and serves only /healthz.
import type { AddressInfo } from 'node:net';
import { createAdaptorServer, type ServerType } from '@hono/node-server';
import type { Pool } from 'pg';
import { createBot } from './bot/create-bot';
import { type Clock, systemClock } from './clock';
import { enrollableUnits } from './commands/access';
import type { CoreDeps } from './commands/context';
import { handleMessage } from './commands/handle-message';
import { reminderActions } from './commands/ledger/reminder-actions';
import { commands } from './commands/registry';
import { type Config, ConfigError, isUnverifiedDoor, loadConfigFromEnvironment } from './config';
import { mountDash } from './dash/mount-dash';
import { lockDataDir } from './files/data-dir-lock';
import { isSystemError } from './files/file-access-error';
import { operatorLine, portLine } from './files/operator-line';
import { createHealth } from './health';
import { LOCAL_ADMIN } from './local-admin';
import { createLogger, type Logger } from './logger';
import { planInUse } from './plans/plan-in-use';
import { settleWithin } from './settle-within';
import { ensureSignInSecret } from './signin/ensure-sign-in-secret';
import { linkToken } from './signin/link-token';
import { LINK_MINUTES } from './signin/sign-in-terms';
import { signInUrl } from './signin/sign-in-url';
import { openStore, type RectificationItem, type Store } from './store';
import { calendarDay } from './time/calendar-day';
import { CalendarFileError, loadCalendarOverrides } from './time/calendar-overrides';
import type { SharedCalendarFile } from './time/shared-calendar-file';
import { watchDatabase } from './watch-database';

/**
 * The plan is parsed and indexed after the server listens, so /healthz answers at once. With a database
 * (`shared`) the added plans and the days of calendar.json are the database's.
 */
async function buildCore(
  config: Config,
  logger: Logger,
  store: Store,
  clock: Clock,
  shared: Shared | undefined,
): Promise<CoreDeps> {
  const { createCoreDeps, planDirs } = await import('./core-deps');
  const { readPlans } = await import('./plans/read-plans');
  const plans = await readPlans(planDirs(config.dataDir), logger, {
    level: 'error',
    ...(shared ? { pool: shared.pool } : {}),
  });
  return createCoreDeps({
    plans,
    ...(shared ? { calendarFile: shared.calendar.days } : {}),
    admins: config.admins,
    clock,
    logger,
    dataDir: config.dataDir,
    store,
    timeZone: config.timeZone,
    publicUrl: config.publicUrl,
  });
}

/** The current plan now, with the bureau's divisions, for the jobs. */
function currentPlanOf(deps: CoreDeps, store: Store, timeZone: string, clock: Clock) {
  const used = planInUse(deps.plans, store, calendarDay(clock.now(), timeZone));
  const divisions = enrollableUnits(used);
  return {
    knowledge: used.knowledge,
    plan: used.plan,
    plans: deps.plans,
    actionsFor: (item: RectificationItem, today: string) =>
      reminderActions(item, today, { timeZone, divisions }),
  };
}

/** Listens on HOST:PORT before anything else, so a second `npm start` stops here having touched nothing. */
async function listenFirst(config: Config): Promise<{ server: ServerType; serve: (fetch: Fetch) => void }> {
  // A request that arrives in the few milliseconds before the bot is ready waits for it.
  let ready!: (fetch: Fetch) => void;
  const handler = new Promise<Fetch>((resolve) => {
    ready = resolve;
  });
  const server = createAdaptorServer({ fetch: async (request) => (await handler)(request) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    server,
    serve: (fetch) => ready(fetch),
  };
}

type Fetch = (request: Request) => Response | Promise<Response>;

/** What instances on DATABASE_URL share besides the store: a pool on the database, the days of calendar.json. */
interface Shared {
  pool: Pool;
  calendar: SharedCalendarFile;
}

/** The inbox every instance on DATABASE_URL shares (its table is created with the store's schema). */
function sharedInbox(pool: Pool, clock: Clock, logger: Logger) {
  return async () => {
    const { PgInbox } = await import('./bot/worker/pg-inbox');
    return PgInbox.open(pool, clock, logger);
  };
}

/** The answers set aside, kept in the database the instances share. */
function sharedUndelivered(pool: Pool, logger: Logger) {
  return async () => {
    const { PgUndelivered } = await import('./bot/worker/pg-undelivered');
    return PgUndelivered.open(pool, logger);
  };
}

/** How often an instance reads again the calendar days another instance may have stored. */
const CALENDAR_REFRESH_MS = 60_000;

/** One line on stderr and exit 1: the operator's message names the file, the port or the variable. */
function stop(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfigFromEnvironment({ serving: true });
  } catch (error) {
    if (error instanceof ConfigError) stop(error.message);
    throw error;
  }

  // The port first, then the data folder: a second start on either touches nothing that is in use.
  let listening: Awaited<ReturnType<typeof listenFirst>>;
  try {
    listening = await listenFirst(config);
  } catch (error) {
    stop(isSystemError(error) ? portLine(error.code, config.port, config.host) : operatorLine(error));
  }
  // The folder is one process's with the file store; with DATABASE_URL instances share the database instead.
  if (!config.databaseUrl)
    try {
      await lockDataDir(config.dataDir, 'npm start');
    } catch (error) {
      stop(operatorLine(error));
    }
  try {
    // A hand-edited calendar.json with a typo must stop the start here, not leave the plan and the jobs
    // unstarted behind a server that answers /healthz. Read only now that the folder is this process's.
    loadCalendarOverrides(config.dataDir);
  } catch (error) {
    if (error instanceof CalendarFileError) stop(`启动失败: ${error.message}。请改正或删去该文件后再启动`);
    throw error;
  }

  const logger = createLogger();
  const clock = systemClock;
  let store: Store;
  try {
    store = await openStore({
      dataDir: config.dataDir,
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
      logger,
      timeZone: config.timeZone,
    });
  } catch (error) {
    // A broken journal needs the operator (`npm run cli -- verify`), not a server that guesses.
    stop(operatorLine(error));
  }
  if (!config.lark)
    logger.warn('本地模式: 未设置 LARK_APP_ID / LARK_APP_SECRET,收到的消息只处理并记录,不发送');
  if (isUnverifiedDoor(config))
    logger.warn(
      'LARK_ALLOW_UNVERIFIED=1: 未设置 LARK_VERIFICATION_TOKEN 或 LARK_ENCRYPT_KEY,事件请求不做校验,任何能访问本服务的人都能冒充他人发事件;仅限实验环境',
    );

  const health = createHealth();
  health.report('store', store.backend);
  health.watch('store', () => store.writeProblem());
  const database = store.backend === 'postgres' ? watchDatabase(store, health, logger) : undefined;
  // What the instances on DATABASE_URL share besides the store: the inbox, the jobs' state, the answers set
  // aside, the added plans and the days of calendar.json (stored now if this instance's file is newer).
  let shared: Shared | undefined;
  if (config.databaseUrl)
    try {
      const pool = (await import('./store/pg/open-pg-store')).openPool(config.databaseUrl, logger);
      const { openSharedCalendarFile } = await import('./time/shared-calendar-file');
      shared = { pool, calendar: await openSharedCalendarFile(pool, config.dataDir, logger) };
      const calendar = shared.calendar;
      setInterval(
        () =>
          calendar
            .refresh()
            .catch((error: unknown) =>
              logger.warn('calendar.refresh-failed', { error: operatorLine(error) }),
            ),
        CALENDAR_REFRESH_MS,
      ).unref();
    } catch (error) {
      stop(`启动失败: ${operatorLine(error)}`);
    }
  const started = Date.now();
  health.report('plan', 'loading');
  const core = buildCore(config, logger, store, clock, shared);
  // With a database: take in what the other instances recorded and the plans they added or enabled (a job
  // before it runs, a dashboard page before it is drawn; a chat message catches up in its transaction).
  const catchUpOthers = shared
    ? async () => {
        await store.refresh();
        await (await core).plans.catchUp(store.planSettings());
      }
    : undefined;
  core.then(
    () => {
      health.report('plan', 'ready');
      logger.info('plan ready', { ms: Date.now() - started });
    },
    (error: unknown) => {
      health.report('plan', 'failed', operatorLine(error));
      logger.error('plan failed to load', { error: operatorLine(error) });
    },
  );

  // The Lark SDK is loaded only when there is Lark to talk to: local mode never pays for it.
  const lark = config.lark
    ? (await import('./bot/lark/lark-api')).createLarkApi({
        appId: config.lark.appId,
        appSecret: config.lark.appSecret,
        domain: config.larkDomain,
      })
    : undefined;
  let bot: Awaited<ReturnType<typeof createBot>>;
  try {
    bot = await createBot({
      config,
      handle: async (message, options) => handleMessage(message, await core, options),
      ...(lark ? { lark } : {}),
      files: async (sha256) => (await core).store.blobs.get(sha256),
      clock,
      logger,
      welcomeUsages: commands.map((c) => c.usage),
      health,
      ...(database ? { refusing: database.problem } : {}),
      ...(shared
        ? {
            openInbox: sharedInbox(shared.pool, clock, logger),
            openUndelivered: sharedUndelivered(shared.pool, logger),
          }
        : {}),
      outbox: {
        ...(config.sendRetryMaxMs !== undefined ? { maxBackoffMs: config.sendRetryMaxMs } : {}),
        ...(config.sendGiveUpMs !== undefined ? { giveUpMs: config.sendGiveUpMs } : {}),
      },
    });
  } catch (error) {
    stop(operatorLine(error));
  }

  // The dashboard pages, on the same server in every mode; loaded on the first page asked for.
  const larkLogin =
    config.lark && config.larkLogin
      ? (await import('./bot/lark/lark-login')).createLarkLogin({ ...config.lark, domain: config.larkDomain })
      : undefined;
  const applink = lark ? (await import('./bot/lark/chat-applink')).chatApplink : undefined;
  mountDash(bot.app, {
    store,
    plans: async () => (await core).plans,
    calendar: async () => (await core).calendar,
    // In local mode the one person there is the local administrator.
    admins: new Set([...config.admins, ...(config.lark ? [] : [LOCAL_ADMIN])]),
    clock,
    timeZone: config.timeZone,
    publicUrl: config.publicUrl,
    logger,
    ...(catchUpOthers ? { catchUp: catchUpOthers } : {}),
    ...(larkLogin ? { larkLogin } : {}),
    ...(lark?.messageChat && applink
      ? {
          messageLink: async (messageId: string) => {
            const chat = await lark.messageChat!(messageId);
            return chat ? applink(config.larkDomain, chat) : undefined;
          },
        }
      : {}),
  });
  if (config.lark && !config.publicUrlSet)
    logger.warn(`看板链接将指向 ${config.publicUrl};请把 PUBLIC_URL 设为同事们能打开的地址`);

  const mode = !config.lark ? 'local' : config.larkMode === 'ws' ? 'ws' : 'lark';
  listening.serve(bot.app.fetch);
  const server = listening.server;
  logger.info('listening', { host: config.host, port: (server.address() as AddressInfo).port, mode });
  bot.start();
  if (!config.lark) {
    // Local mode has no chat to ask `看板` in: the local administrator's link is printed instead.
    const now = clock.now();
    const secret = await ensureSignInSecret(store, { by: LOCAL_ADMIN, at: now });
    const { token } = linkToken(secret, LOCAL_ADMIN, now);
    logger.info(`看板登录链接(本地管理员,${LINK_MINUTES} 分钟内有效,只能用一次)`, {
      url: signInUrl(config.publicUrl, token),
    });
  }

  // Reminders and the weekly digest (src/jobs), once the plan is ready; off in local mode.
  let scheduler: { stop(): Promise<void> } | undefined;
  health.report('jobs', config.lark ? 'waiting' : 'off');
  core
    .then(async (deps) => {
      const { startJobs } = await import('./jobs/start-jobs');
      scheduler = startJobs({
        config,
        store,
        plan: () => currentPlanOf(deps, store, config.timeZone, clock),
        calendar: deps.calendar,
        send: (addressed, options) => bot.send(addressed, options),
        clock,
        logger,
        health: (problem) => health.report('jobs', 'running', problem),
        ...(shared && catchUpOthers ? { sharedBy: shared.pool, catchUp: catchUpOthers } : {}),
      });
    })
    .catch((error: unknown) => {
      health.report('jobs', 'failed', operatorLine(error));
      logger.error('jobs failed to start', { error: operatorLine(error) });
    });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    server.close();
    // Jobs stop first (a run in flight still sends through the bot, bounded like the drain), then the bot drains.
    const jobsStopped = settleWithin(scheduler ? scheduler.stop() : Promise.resolve(), 10_000);
    // The store closes before the exit, not beside it: a PostgreSQL store keeps a snapshot of the state at a
    // clean stop (the next start reads little of the journal) and ends its pool; bounded like the jobs' stop.
    const storeClosed = () =>
      settleWithin(store.close(), 10_000, (error) =>
        logger.warn('store.close-failed', { error: operatorLine(error) }),
      );
    jobsStopped
      .then(() => bot.stop())
      .then(storeClosed)
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error('stop failed', { error: operatorLine(error) });
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => stop(`启动失败: ${operatorLine(error)}`));
