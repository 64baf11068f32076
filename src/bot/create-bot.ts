import type { Hono } from 'hono';
import type { Clock } from '../clock';
import type { IncomingMessage } from '../commands/context';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { AddressedReply, Reply } from '../reply/reply';
import { admitEvent } from './admit-event';
import { type BotIdentity, lookUpBotIdentity } from './bot-identity';
import type { LarkApi } from './lark/lark-api';
import { createWebhookApp } from './webhook';
import { welcomeReply } from './welcome-reply';
import { createWorker, type SendResult, type WorkerDeps } from './worker/create-worker';
import type { Pacer } from './worker/pacer';

// The bot: one worker and the doors in front of it. The core is injected as `handle`, so neither door nor
// worker knows anything of commands, plans or stores.

export interface BotDeps {
  config: Pick<Config, 'dataDir' | 'encryptKey' | 'verificationToken'>;
  handle: WorkerDeps['handle'];
  /** Lark Open API; absent in local mode (replies are logged, not sent). */
  lark?: LarkApi;
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
}

export type { SendResult };

export interface Bot {
  app: Hono;
  /** Looks up the bot's open_id and replays what was acknowledged but not handled. */
  start(): void;
  /** Pushes replies to chats through the same inbox and outbox (jobs); resolves when delivered. */
  send(addressed: AddressedReply[]): Promise<SendResult[]>;
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
    ...(deps.lark ? { lark: deps.lark } : {}),
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
  const app = createWebhookApp({
    worker,
    config: deps.config,
    get identity() {
      return identity;
    },
    clock: deps.clock,
    logger: deps.logger,
    health: () => ({ mode: deps.lark ? 'lark' : 'local' }),
  });
  return {
    app,
    start() {
      if (deps.lark) identity = lookUpBotIdentity(deps.lark, deps.logger);
      worker.start();
    },
    send: (addressed) => worker.push(addressed),
    async stop() {
      identity?.stop();
      await worker.stop();
    },
    idle: () => worker.idle(),
  };
}

export type { IncomingMessage, Reply };
