// `npm start`: the Lark bot's server. Config from the environment (and `.env` when present), the server
// listens at once (so /healthz answers quickly), and the plan is parsed and indexed right after. Webhook mode
// serves Lark's callbacks on HOST:PORT; ws mode holds a long connection to Lark and serves only /healthz.
import { serve } from '@hono/node-server';
import { createBot } from './bot/create-bot';
import { systemClock } from './clock';
import type { CoreDeps } from './commands/context';
import { handleMessage } from './commands/handle-message';
import { reminderActions } from './commands/ledger/reminder-actions';
import { commands } from './commands/registry';
import { type Config, ConfigError, isUnverifiedDoor, loadConfigFromEnvironment } from './config';
import { createLogger, type Logger } from './logger';
import { planInUse } from './plans/plan-in-use';
import { openStore, type RectificationItem, type Store } from './store';
import { calendarDay } from './time/calendar-day';
import { CalendarFileError, loadCalendarOverrides } from './time/calendar-overrides';

/** The plan is parsed and indexed after the server listens, so /healthz answers at once. */
async function buildCore(config: Config, logger: Logger, store: Store): Promise<CoreDeps> {
  const { createCoreDeps, planDirs } = await import('./core-deps');
  const { preparePlanTexts } = await import('./plans/plan-files');
  await preparePlanTexts(planDirs(config.dataDir), (file, error) =>
    logger.error('plan.unreadable', { file, error: error instanceof Error ? error.message : String(error) }),
  );
  return createCoreDeps({
    admins: config.admins,
    clock: systemClock,
    logger,
    dataDir: config.dataDir,
    store,
    timeZone: config.timeZone,
  });
}

/** The current plan now, with the bureau's divisions, for the jobs. */
function currentPlanOf(deps: CoreDeps, store: Store, timeZone: string) {
  const used = planInUse(deps.plans, store, calendarDay(new Date(), timeZone));
  const divisions = used.knowledge.divisions.filter((d) => !d.external).map((d) => d.name);
  return {
    knowledge: used.knowledge,
    plan: used.plan,
    plans: deps.plans,
    actionsFor: (item: RectificationItem, today: string) =>
      reminderActions(item, today, { timeZone, divisions }),
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfigFromEnvironment({ serving: true });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  try {
    // A hand-edited calendar.json with a typo must stop the start here, not leave the plan and the jobs
    // unstarted behind a server that answers /healthz.
    loadCalendarOverrides(config.dataDir);
  } catch (error) {
    if (error instanceof CalendarFileError) {
      process.stderr.write(`启动失败: ${error.message}。请改正或删去该文件后再启动\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger();
  if (!config.lark)
    logger.warn('本地模式: 未设置 LARK_APP_ID / LARK_APP_SECRET,收到的消息只处理并记录,不发送');
  if (isUnverifiedDoor(config))
    logger.warn(
      'LARK_ALLOW_UNVERIFIED=1: 未设置 LARK_VERIFICATION_TOKEN 或 LARK_ENCRYPT_KEY,事件请求不做校验,任何能访问本服务的人都能冒充他人发事件;仅限实验环境',
    );

  let store: Store;
  try {
    store = openStore({ dataDir: config.dataDir, logger, timeZone: config.timeZone });
  } catch (error) {
    // A broken journal needs the operator (`npm run cli -- verify`), not a server that guesses.
    process.stderr.write(`数据目录无法打开: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }

  const started = Date.now();
  const core = buildCore(config, logger, store);
  core.then(
    () => logger.info('plan ready', { ms: Date.now() - started }),
    (error: unknown) =>
      logger.error('plan failed to load', { error: error instanceof Error ? error.message : String(error) }),
  );

  // The Lark SDK is loaded only when there is Lark to talk to: local mode never pays for it.
  const lark = config.lark
    ? (await import('./bot/lark/lark-api')).createLarkApi({
        appId: config.lark.appId,
        appSecret: config.lark.appSecret,
        domain: config.larkDomain,
      })
    : undefined;
  const bot = await createBot({
    config,
    handle: async (message, options) => handleMessage(message, await core, options),
    ...(lark ? { lark } : {}),
    clock: systemClock,
    logger,
    welcomeUsages: commands.map((c) => c.usage),
  });

  const mode = !config.lark ? 'local' : config.larkMode === 'ws' ? 'ws' : 'lark';
  const server = serve({ fetch: bot.app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info('listening', { host: info.address, port: info.port, mode });
  });
  bot.start();

  // Reminders and the weekly digest (src/jobs), once the plan is ready; off in local mode.
  let scheduler: { stop(): Promise<void> } | undefined;
  core
    .then(async (deps) => {
      const { startJobs } = await import('./jobs/start-jobs');
      scheduler = startJobs({
        config,
        store,
        plan: () => currentPlanOf(deps, store, config.timeZone),
        calendar: deps.calendar,
        send: (addressed) => bot.send(addressed),
        clock: systemClock,
        logger,
      });
    })
    .catch((error: unknown) =>
      logger.error('jobs failed to start', { error: error instanceof Error ? error.message : String(error) }),
    );

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    server.close();
    // Jobs stop first (a run in flight still sends through the bot, bounded like the drain), then the bot drains.
    const jobsStopped = new Promise<void>((resolve) => {
      setTimeout(resolve, 10_000).unref();
      if (scheduler) scheduler.stop().then(resolve, resolve);
      else resolve();
    });
    jobsStopped
      .then(() => bot.stop())
      .then(
        () => {
          store.close();
          process.exit(0);
        },
        (error: unknown) => {
          logger.error('stop failed', { error: String(error) });
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`启动失败: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
