import { type Context, Hono } from 'hono';
import type { Clock } from '../clock';
import type { IncomingMessage } from '../commands/context';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { AddressedReply, Reply } from '../reply/reply';
import { textReply } from '../reply/reply';
import { normalise } from '../text/normalise';
import { Inbox, type InboxEntry } from './inbox';
import type { LarkApi } from './lark-api';
import { Outbox, type Target } from './outbox';
import { Pacer } from './pacer';
import { parseEvent } from './parse-event';
import { readBody } from './read-body';
import { readMessage } from './read-message';
import { renderLark } from './render-lark';
import { MAX_BODY_BYTES, verifyRequest } from './verify-request';
import { welcomeReply } from './welcome-reply';

// The Lark door: verify → parse → durable inbox → 200, then work per chat in order → outbox.
// The core is injected as `handle`, so the door knows nothing of commands, plans or stores.

export interface BotDeps {
  config: Pick<Config, 'dataDir' | 'encryptKey' | 'verificationToken'>;
  /** The core: one message in, one reply out (handleMessage bound to its CoreDeps). */
  handle: (message: IncomingMessage) => Promise<Reply>;
  /** Lark Open API; absent in local mode (replies are logged, not sent). */
  lark?: LarkApi;
  clock: Clock;
  logger: Logger;
  pacer?: Pacer;
  /** Usage lines of the main commands, for the welcome card. */
  welcomeUsages?: string[];
  /** How long stop() waits for in-flight work before leaving the rest to the next start. */
  drainMs?: number;
  /** How long one message may take in the core before it is answered 出错了 (default 15 s). */
  coreTimeoutMs?: number;
  /** Outbox tuning (tests). */
  outbox?: { maxAttempts?: number; backoffMs?: number };
}

export interface SendResult {
  key: string;
  status: 'sent' | 'duplicate' | 'failed' | 'deferred';
}

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

const UNSUPPORTED = '请发送文字消息,我目前只能读懂文字。发送「帮助」查看可用命令。';
const FAILED = '出错了,请稍后再试。';
// Longest the worker defers to a stream of incoming webhooks before taking its turn.
const LULL_MAX_MS = 400;

export async function createBot(deps: BotDeps): Promise<Bot> {
  const { config, logger, clock } = deps;
  const inbox = await Inbox.open(config.dataDir, clock);
  const outbox = new Outbox({ api: deps.lark, pacer: deps.pacer ?? new Pacer(), logger, ...deps.outbox });
  const chains = new Map<string, Promise<void>>();
  const waiters = new Map<string, (status: SendResult['status']) => void>();
  let accepting = true;
  let stopped = false;
  let botOpenId: Promise<string | undefined> = Promise.resolve(undefined);

  const nowMs = () => clock.now().getTime();
  const coreTimeoutMs = deps.coreTimeoutMs ?? 15_000;

  // Acknowledgements come first: while webhook requests are in flight the worker waits (at most
  // LULL_MAX_MS at a time), so a burst is acked at full speed and its answers follow right behind.
  let inFlight = 0;
  let lull: Promise<void> | undefined;
  function ackLull(): Promise<void> {
    if (inFlight === 0) return Promise.resolve();
    lull ??= new Promise<void>((resolve) => {
      const started = performance.now();
      const check = () => {
        if (inFlight === 0 || performance.now() - started > LULL_MAX_MS) {
          lull = undefined;
          resolve();
        } else setTimeout(check, 2);
      };
      setTimeout(check, 2);
    });
    return lull;
  }

  // CPU work (core + rendering) runs one job at a time with an event-loop turn before each, so
  // a hundred chats becoming ready at once never stall the acknowledgements behind them.
  let computing: Promise<unknown> = Promise.resolve();
  function computeTurn<T>(fn: () => Promise<T>): Promise<T> {
    const run = computing.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(fn);
    computing = run.catch(() => {});
    return run;
  }

  function enqueue(entry: InboxEntry): void {
    const chatId = entry.job?.chatId ?? '';
    const previous = chains.get(chatId) ?? Promise.resolve();
    const chain = previous
      .then(() => work(entry))
      .catch((error: unknown) => {
        logger.error('worker failed', {
          key: entry.key,
          error: error instanceof Error ? error.message : String(error),
        });
      });
    chains.set(chatId, chain);
    void chain.finally(() => {
      if (chains.get(chatId) === chain) chains.delete(chatId);
    });
  }

  async function work(entry: InboxEntry): Promise<void> {
    const job = entry.job;
    if (stopped || !job || entry.done) {
      waiters.get(entry.key)?.('deferred');
      return;
    }
    await ackLull();
    const started = nowMs();
    let target: Target = { kind: 'chat', chatId: job.chatId };
    let reply: Reply | undefined;
    let command = '';
    let outcome = 'answered';
    if (job.kind === 'message') {
      target = { kind: 'reply', messageId: job.messageId, chatId: job.chatId };
      const botId = await botOpenId;
      // Stopped before the bot knew who it is: the mention rule cannot be applied, so the next start answers.
      if (stopped) {
        waiters.get(entry.key)?.('deferred');
        return;
      }
      const mentioned = botId !== undefined && job.mentions.some((m) => m.openId === botId);
      if (job.senderType !== 'user') {
        outcome = 'ignored: not from a user';
      } else if (job.chatType !== 'p2p' && !mentioned && botId !== undefined) {
        outcome = 'ignored: not mentioned';
      } else {
        const botKeys = job.mentions.filter((m) => m.openId === botId).map((m) => m.key);
        const text = readMessage(job.messageType, job.content, botKeys);
        if (text === undefined) {
          reply = textReply(UNSUPPORTED);
          command = `(${job.messageType})`;
        } else {
          command = normalise(text).split(' ')[0]?.slice(0, 16) ?? '';
          reply = await computeTurn(() =>
            runCore({
              text,
              userId: job.userId,
              chatId: job.chatId,
              messageId: job.messageId,
              mentions: job.mentions.filter((m) => m.openId !== botId),
              at: new Date(job.createdMs ?? entry.at),
            }),
          );
        }
      }
    } else if (job.kind === 'welcome') {
      reply = welcomeReply(deps.welcomeUsages ?? []);
      command = '(welcome)';
    } else {
      reply = job.reply;
      command = '(push)';
    }
    let status: SendResult['status'] = 'sent';
    if (reply) {
      const rendered = reply;
      const messages = await computeTurn(async () => renderLark(rendered));
      const result = await outbox.deliver(target, messages, entry.key, entry.sent, (part) =>
        inbox.markSent(entry.key, part),
      );
      if (result.failed > 0) {
        status = 'failed';
        outcome = `failed ${result.failed}/${messages.length}`;
      }
    }
    await inbox.markDone(entry.key);
    waiters.get(entry.key)?.(status);
    logger.info('event', {
      event: job.kind === 'push' ? entry.key : job.eventId,
      chat: job.chatId,
      command,
      outcome,
      ms: nowMs() - started,
      waitedMs: started - entry.at,
    });
  }

  async function runCore(message: IncomingMessage): Promise<Reply> {
    let timer: NodeJS.Timeout | undefined;
    try {
      // A command that hangs must not hold every chat behind it.
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${coreTimeoutMs} ms`)), coreTimeoutMs);
      });
      return await Promise.race([deps.handle(message), timeout]);
    } catch (error) {
      logger.error('command failed', {
        chat: message.chatId,
        error: error instanceof Error ? error.message : String(error),
      });
      return textReply(FAILED, 'red');
    } finally {
      clearTimeout(timer);
    }
  }

  const app = new Hono();
  async function verified(c: Context) {
    const raw = await readBody(c, MAX_BODY_BYTES);
    if (raw === 'too large') {
      logger.warn('refused', { route: c.req.path, status: 413, reason: 'body over 1 MB' });
      return { ok: false as const, status: 413 as const, reason: 'body over 1 MB' };
    }
    const result = verifyRequest(raw, (name) => c.req.header(name), {
      ...(config.encryptKey ? { encryptKey: config.encryptKey } : {}),
      ...(config.verificationToken ? { verificationToken: config.verificationToken } : {}),
      nowMs: nowMs(),
    });
    if (!result.ok)
      logger.warn('refused', { route: c.req.path, status: result.status, reason: result.reason });
    return result;
  }

  app.get('/healthz', (c) => c.json({ ok: true, mode: deps.lark ? 'lark' : 'local', accepting }));

  app.post('/webhook/event', async (c) => {
    inFlight += 1;
    try {
      return await onEvent(c);
    } finally {
      inFlight -= 1;
    }
  });

  async function onEvent(c: Context): Promise<Response> {
    if (!accepting) return c.json({ msg: 'shutting down' }, 503);
    const result = await verified(c);
    if (!result.ok) return c.json({ msg: result.reason }, result.status);
    if (result.kind === 'challenge') return c.json({ challenge: result.challenge });
    const parsed = parseEvent(result.body);
    if (!parsed.ok) {
      logger.warn('refused', { route: c.req.path, status: 400, reason: parsed.reason });
      return c.json({ msg: parsed.reason }, 400);
    }
    if (!parsed.job) {
      logger.info('event', {
        event: parsed.eventId,
        type: parsed.eventType,
        outcome: 'ignored: type not handled',
      });
      return c.json({ msg: 'success' });
    }
    let fresh: boolean;
    try {
      fresh = await inbox.add(parsed.key, parsed.job);
    } catch (error) {
      // Not durable, so not acknowledged: Lark will deliver it again.
      logger.error('inbox write failed', { event: parsed.eventId, error: String(error) });
      return c.json({ msg: 'try again' }, 503);
    }
    if (!fresh) {
      logger.info('event', { event: parsed.eventId, chat: parsed.job.chatId, outcome: 'duplicate' });
      return c.json({ msg: 'success' });
    }
    const entry = findPending(parsed.key);
    if (entry) enqueue(entry);
    return c.json({ msg: 'success' });
  }

  app.post('/webhook/card', async (c) => {
    const result = await verified(c);
    if (!result.ok) return c.json({ msg: result.reason }, result.status);
    if (result.kind === 'challenge') return c.json({ challenge: result.challenge });
    const header = result.body.header as { event_id?: unknown } | undefined;
    logger.info('event', { event: header?.event_id, type: 'card.action.trigger', outcome: 'toast' });
    return c.json({ toast: { type: 'info', content: '已收到' } });
  });

  function findPending(key: string): InboxEntry | undefined {
    const entry = inbox.get(key);
    return entry && !entry.done ? entry : undefined;
  }

  async function lookUpBot(api: LarkApi): Promise<string | undefined> {
    for (let attempt = 0; !stopped; attempt += 1) {
      try {
        const id = await api.botOpenId();
        logger.info('bot identity', { openId: id });
        return id;
      } catch (error) {
        logger.warn('bot info failed, retrying', {
          attempt,
          error: error instanceof Error ? error.message : String(error),
        });
        await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** attempt)));
      }
    }
    return undefined;
  }

  async function idle(): Promise<void> {
    while (chains.size > 0) await Promise.allSettled([...chains.values()]);
  }

  return {
    app,
    start() {
      if (deps.lark) botOpenId = lookUpBot(deps.lark);
      const replay = inbox.pending();
      if (replay.length > 0) logger.info('replaying inbox', { pending: replay.length });
      for (const entry of replay) enqueue(entry);
    },
    async send(addressed) {
      return Promise.all(
        addressed.map(async ({ chatId, reply, key }): Promise<SendResult> => {
          const inboxKey = `p:${key}`;
          const done = new Promise<SendResult['status']>((resolve) => waiters.set(inboxKey, resolve));
          try {
            if (!(await inbox.add(inboxKey, { kind: 'push', chatId, reply })))
              return { key, status: 'duplicate' };
            const entry = findPending(inboxKey);
            if (entry) enqueue(entry);
            return { key, status: await done };
          } finally {
            waiters.delete(inboxKey);
          }
        }),
      );
    },
    async stop() {
      accepting = false;
      const drained = idle().then(() => true);
      const timeout = new Promise<boolean>((resolve) =>
        setTimeout(() => resolve(false), deps.drainMs ?? 10_000).unref(),
      );
      if (!(await Promise.race([drained, timeout])))
        logger.warn('stopping with work left for the next start');
      stopped = true;
      await inbox.close();
    },
    idle,
  };
}
