import { Hono } from 'hono';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Health } from '../health';
import type { Logger } from '../logger';
import type { AddressedReply } from '../reply/reply';
import { admitEvent } from './admit-event';
import { type BotIdentity, lookUpBotIdentity } from './bot-identity';
import type { LarkApi } from './lark/lark-api';
import { createWebhookApp } from './webhook';
import { welcomeReply } from './welcome-reply';
import { createWorker, type SendResult, type WorkerDeps } from './worker/create-worker';
import type { Pacer } from './worker/pacer';
import type { WsDoor } from './ws-door';

// The bot: one worker and the door in front of it — the webhook routes, or (LARK_MODE=ws) the long
// connection, with only /healthz over HTTP. The core is injected as `handle`, so neither door nor worker knows
// anything of commands, plans or stores.

export interface BotDeps {
  config: Pick<Config, 'dataDir' | 'encryptKey' | 'verificationToken'> &
    Partial<Pick<Config, 'larkMode' | 'lark' | 'larkDomain'>>;
  handle: WorkerDeps['handle'];
  /** The inbox instances share (DATABASE_URL); absent, the inbox file in DATA_DIR. */
  openInbox?: WorkerDeps['openInbox'];
  openUndelivered?: WorkerDeps['openUndelivered'];
  /** Lark Open API; absent in local mode (replies are logged, not sent). */
  lark?: LarkApi;
  /** The bytes of a kept file (by SHA-256), for replies that hand files over (`整改 附件`). */
  files?: WorkerDeps['files'];
  clock: Clock;
  logger: Logger;
  pacer?: Pacer;
  /** Usage lines of the main commands, for the welcome card. */
  welcomeUsages?: string[];
  drainMs?: number;
  coreTimeoutMs?: number;
  outbox?: WorkerDeps['outbox'];
  clickBudgetMs?: number;
  lateUpdateDelayMs?: number;
  /** The server's parts (plan, jobs, store): /healthz is not ok while any of them is not. */
  health?: Health;
  /** Why events cannot be kept now (the database does not answer): the webhook answers 503 meanwhile. */
  refusing?: () => string | undefined;
}

export interface Bot {
  /** The HTTP routes: the webhooks and /healthz, or /healthz alone in ws mode. */
  app: Hono;
  /** Looks up the bot's open_id and replays what was acknowledged but not handled. */
  start(): void;
  /** Pushes replies to chats through the same inbox and outbox (jobs); resolves when delivered (or queued). */
  send(addressed: AddressedReply[], options?: { until?: 'delivered' | 'queued' }): Promise<SendResult[]>;
  /** Stops accepting, finishes in-flight work (up to drainMs), flushes the inbox. */
  stop(): Promise<void>;
  /** Resolves when no work is queued (tests, benchmarks). */
  idle(): Promise<void>;
}

export async function createBot(deps: BotDeps): Promise<Bot> {
  let identity: BotIdentity | undefined;
  const worker = await createWorker({
    dataDir: deps.config.dataDir,
    handle: deps.handle,
    ...(deps.openInbox ? { openInbox: deps.openInbox } : {}),
    ...(deps.openUndelivered ? { openUndelivered: deps.openUndelivered } : {}),
    ...(deps.lark ? { lark: deps.lark } : {}),
    ...(deps.files ? { files: deps.files } : {}),
    clock: deps.clock,
    logger: deps.logger,
    ...(deps.pacer ? { pacer: deps.pacer } : {}),
    welcome: () => welcomeReply(deps.welcomeUsages ?? []),
    ...(deps.drainMs !== undefined ? { drainMs: deps.drainMs } : {}),
    ...(deps.coreTimeoutMs !== undefined ? { coreTimeoutMs: deps.coreTimeoutMs } : {}),
    ...(deps.outbox ? { outbox: deps.outbox } : {}),
    ...(deps.clickBudgetMs !== undefined ? { clickBudgetMs: deps.clickBudgetMs } : {}),
    ...(deps.lateUpdateDelayMs !== undefined ? { lateUpdateDelayMs: deps.lateUpdateDelayMs } : {}),
    async readmit(legacy) {
      const admission = await admitEvent(legacy, identity, legacy.createdMs ?? deps.clock.now().getTime());
      return admission.kind === 'work' ? admission.item : admission.kind === 'ignore' ? undefined : 'later';
    },
  });
  const ws = deps.config.larkMode === 'ws' && deps.config.lark ? deps.config.lark : undefined;
  let door: WsDoor | undefined;
  // /healthz: the existing fields (ok, mode, connected, accepting), then each part's state, what is owed and
  // set aside, and the reason of anything not well; HTTP 503 while not ok.
  const health = () => {
    const report = deps.health?.now() ?? { ok: true, parts: {} };
    const work = worker.health();
    const problems = {
      ...report.problems,
      ...(work.inboxProblem ? { inbox: work.inboxProblem } : {}),
    };
    const ok = Object.keys(problems).length === 0;
    return {
      ok,
      ...(ws
        ? { mode: 'ws', connected: door?.connected() ?? false }
        : { mode: deps.lark ? 'lark' : 'local' }),
      accepting: worker.accepting,
      ...report.parts,
      owed: work.owed,
      undelivered: work.undelivered,
      ...(ok ? {} : { problems }),
    };
  };
  const app = ws
    ? new Hono().get('/healthz', (c) => {
        const status = health();
        return c.json(status, status.ok ? 200 : 503);
      })
    : createWebhookApp({
        worker,
        config: deps.config,
        get identity() {
          return identity;
        },
        clock: deps.clock,
        logger: deps.logger,
        health,
        ...(deps.refusing ? { refusing: deps.refusing } : {}),
      });
  let doorStarting: Promise<void> = Promise.resolve();
  return {
    app,
    start() {
      if (deps.lark) identity = lookUpBotIdentity(deps.lark, deps.logger);
      worker.start();
      // The WebSocket client is loaded only now, and only in ws mode.
      if (ws)
        doorStarting = import('./ws-door')
          .then(({ startWsDoor }) =>
            startWsDoor({
              appId: ws.appId,
              appSecret: ws.appSecret,
              domain: deps.config.larkDomain ?? 'https://open.feishu.cn',
              worker,
              identity: () => identity,
              clock: deps.clock,
              logger: deps.logger,
            }),
          )
          .then((started) => {
            door = started;
          })
          .catch((error: unknown) =>
            deps.logger.error('长连接无法启动', {
              error: error instanceof Error ? error.message : String(error),
            }),
          );
    },
    send: (addressed, options) => worker.push(addressed, options),
    async stop() {
      identity?.stop();
      // No more frames: what was acknowledged is in the inbox, the rest Lark delivers again.
      await doorStarting;
      door?.stop();
      await worker.stop();
    },
    idle: () => worker.idle(),
  };
}
