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
import { mountDash } from './dash/mount-dash';
import { LOCAL_ADMIN } from './local-admin';
import { createLogger, type Logger } from './logger';
import { planInUse } from './plans/plan-in-use';
import { ensureSignInSecret } from './signin/ensure-sign-in-secret';
import { linkToken } from './signin/link-token';
import { LINK_MINUTES } from './signin/sign-in-terms';
import { signInUrl } from './signin/sign-in-url';
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
    publicUrl: config.publicUrl,
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

  // The dashboard pages, on the same server in every mode; loaded on the first page asked for.
  const larkLogin =
    config.lark && config.larkLogin
      ? (await import('./bot/lark/lark-login')).createLarkLogin({ ...config.lark, domain: config.larkDomain })
      : undefined;
  const applink = lark ? (await import('./bot/lark/chat-applink')).chatApplink : undefined;
  mountDash(bot.app, {
    store,
    plans: async () => (await core).plans,
    // In local mode the one person there is the local administrator.
    admins: new Set([...config.admins, ...(config.lark ? [] : [LOCAL_ADMIN])]),
    clock: systemClock,
    timeZone: config.timeZone,
    publicUrl: config.publicUrl,
    logger,
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
  const server = serve({ fetch: bot.app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info('listening', { host: info.address, port: info.port, mode });
  });
  bot.start();
  if (!config.lark) {
    // Local mode has no chat to ask `看板` in: the local administrator's link is printed instead.
    const now = systemClock.now();
    const secret = await ensureSignInSecret(store, { by: LOCAL_ADMIN, at: now });
    const { token } = linkToken(secret, LOCAL_ADMIN, now);
    logger.info(`看板登录链接(本地管理员,${LINK_MINUTES} 分钟内有效,只能用一次)`, {
      url: signInUrl(config.publicUrl, token),
    });
  }

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
