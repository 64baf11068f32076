import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { type Bot, type BotDeps, createBot } from '../../src/bot/create-bot';
import { createLarkApi } from '../../src/bot/lark/lark-api';
import { Pacer } from '../../src/bot/worker/pacer';
import { systemClock } from '../../src/clock';
import type { HandleOptions } from '../../src/commands/handle-options';
import { type Logger, silentLogger } from '../../src/logger';
import type { IncomingMessage } from '../../src/message/incoming-message';
import type { Reply } from '../../src/reply/reply';
import { textReply } from '../../src/reply/reply';
import { TEST_ENCRYPT_KEY, TEST_TOKEN } from '../fixtures/lark/events';
import type { FakeLark } from '../support/fake-lark';

// A bot on a real port, talking to the fake Lark through the real SDK client.

export interface TestBot {
  url: string;
  bot: Bot;
  dataDir: string;
  seen: IncomingMessage[];
  post(path: string, req: { body: string; headers: Record<string, string> }): Promise<Response>;
  close(): Promise<void>;
}

/** Echoes the text back, so a test can tell which message a reply answers. */
export const echo = async (m: IncomingMessage): Promise<Reply> => textReply(`答:${m.text}`);

export async function startTestBot(
  fake: FakeLark | undefined,
  options: {
    encryptKey?: string | null;
    verificationToken?: string | null;
    handle?: (m: IncomingMessage, options: HandleOptions) => Promise<Reply>;
    dataDir?: string;
    logger?: Logger;
    pacer?: Pacer;
    outbox?: BotDeps['outbox'];
    coreTimeoutMs?: number;
    clickBudgetMs?: number;
    lateUpdateDelayMs?: number;
    files?: (sha256: string) => Promise<Uint8Array | undefined>;
  } = {},
): Promise<TestBot> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'bot-test-'));
  const seen: IncomingMessage[] = [];
  const handle = options.handle ?? echo;
  const encryptKey = options.encryptKey === undefined ? TEST_ENCRYPT_KEY : options.encryptKey;
  const verificationToken = options.verificationToken === undefined ? TEST_TOKEN : options.verificationToken;
  const bot = await createBot({
    config: {
      dataDir,
      ...(encryptKey ? { encryptKey } : {}),
      ...(verificationToken ? { verificationToken } : {}),
    },
    handle: async (m, handleOptions) => {
      seen.push(m);
      return handle(m, handleOptions);
    },
    ...(fake
      ? { lark: createLarkApi({ appId: fake.appId, appSecret: fake.appSecret, domain: fake.url }) }
      : {}),
    ...(options.files ? { files: options.files } : {}),
    clock: systemClock,
    logger: options.logger ?? silentLogger,
    pacer: options.pacer ?? new Pacer(),
    outbox: options.outbox ?? { backoffMs: 20 },
    welcomeUsages: ['帮助', '任务 3.2'],
    ...(options.coreTimeoutMs ? { coreTimeoutMs: options.coreTimeoutMs } : {}),
    ...(options.clickBudgetMs ? { clickBudgetMs: options.clickBudgetMs } : {}),
    ...(options.lateUpdateDelayMs ? { lateUpdateDelayMs: options.lateUpdateDelayMs } : {}),
  });
  const server = serve({ fetch: bot.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  bot.start();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    bot,
    dataDir,
    seen,
    post: (path, req) => fetch(`${url}${path}`, { method: 'POST', headers: req.headers, body: req.body }),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await bot.stop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
