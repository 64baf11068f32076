import type { Clock } from '../../clock';
import { crashPoint } from '../../crash-point';
import type { Logger } from '../../logger';
import type { ChatFiles, Fetched, IncomingMessage } from '../../message/incoming-message';
import { OutcomeUnknownError } from '../../message/outcome-unknown';
import type { AddressedReply, Reply } from '../../reply/reply';
import {
  duplicateClickReply,
  failedReply,
  outcomeCheckingReply,
  unsupportedMessageReply,
} from '../../reply/wording';
import { asksToAddPlan } from '../../text/asks-to-add-plan';
import { clickAnswer } from '../lark/click-answer';
import type { LarkApi, SendOutcome } from '../lark/lark-api';
import { renderLark } from '../lark/render-lark';
import { ResourceError } from '../lark/resource-error';
import { Inbox, type InboxEntry } from './inbox';
import type { InboxItem, LegacyMessage } from './inbox-item';
import type { InboxStore } from './inbox-store';
import { Outbox, type Target } from './outbox';
import { Pacer } from './pacer';
import { sleep } from './sleep';
import { Undelivered, type UndeliveredLog } from './undelivered';

// The worker every door hands its events to, whatever the transport (webhook, long connection): a durable
// inbox (which is also the dedupe record), per-chat order, the core with a deadline, rendering, and a paced,
// retried outbox whose message uuids make a resend after a crash land once. Doors decode and filter events
// before `accept` (events answered later, by message) or `perform` (card clicks, answered at once with the
// reply); the worker never sees HTTP or frames.

export interface WorkerDeps {
  dataDir: string;
  /** The core: one message in, one reply out; `replay` when it was acknowledged before a restart. */
  handle(
    message: IncomingMessage,
    options: {
      signal: AbortSignal;
      replay: boolean;
      fetchAttachment?: () => Promise<Fetched>;
      files?: ChatFiles;
    },
  ): Promise<Reply>;
  /** Lark Open API; absent in local mode (replies are logged, not sent). */
  lark?: LarkApi;
  /** The bytes of a kept file (by SHA-256), for replies that hand files over. */
  files?: (sha256: string) => Promise<Uint8Array | undefined>;
  clock: Clock;
  logger: Logger;
  pacer?: Pacer;
  /** The card posted when the bot joins a group. */
  welcome(): Reply;
  /** How long stop() waits for in-flight work before leaving the rest to the next start. */
  drainMs?: number;
  /** How long one message may take in the core before it is given up (default 15 s). */
  coreTimeoutMs?: number;
  /** How long a message with a file may take (download and reading; default 2 min). */
  fileTimeoutMs?: number;
  /** Outbox tuning: LARK_SEND_RETRY_MAX_MS, LARK_SEND_GIVE_UP_HOURS; a short first backoff in tests. */
  outbox?: { maxAttempts?: number; backoffMs?: number; maxBackoffMs?: number; giveUpMs?: number };
  /** fdatasync the inbox (default true). */
  fsync?: boolean;
  /** Where the inbox is kept when not in DATA_DIR (the table instances share, with DATABASE_URL). */
  openInbox?: () => Promise<InboxStore>;
  /** Where answers set aside are kept when not in DATA_DIR (the table instances share, with DATABASE_URL). */
  openUndelivered?: () => Promise<UndeliveredLog>;
  /** Admits again, by the door's rules, a message an earlier version kept raw (undefined: not to answer). */
  readmit?(legacy: LegacyMessage): Promise<InboxItem | undefined | 'later'>;
  /**
   * How long `perform` waits for a click's reply before answering 'later' (Lark shows an error if a callback
   * is not answered within 3 s; the rest is the door's and the network's).
   */
  clickBudgetMs?: number;
  /** How long the sender's name may hold up a message (the look-up goes on and is remembered). */
  nameWaitMs?: number;
  /** After a 'later' answer, how long before its card is redrawn: Lark must have the answer first. */
  lateUpdateDelayMs?: number;
}

export type ClickItem = Extract<InboxItem, { kind: 'click' }>;

export interface SendResult {
  key: string;
  /** `queued`: durable in the inbox, owed until delivered (`push(…, { until: 'queued' })`). */
  status: 'sent' | 'duplicate' | 'failed' | 'deferred' | 'queued';
}

/** What the worker owes and what it gave up on, for /healthz. */
export interface WorkerHealth {
  /** Answers set aside (DATA_DIR/undelivered.jsonl, or the database's), since the folder (database) began. */
  undelivered: number;
  /** Events acknowledged and not yet answered. */
  owed: number;
  /** Why the inbox cannot record what was sent or done right now (a full disk), if it cannot. */
  inboxProblem?: string;
}

export interface Worker {
  /**
   * Records an event durably (resolves once on disk) and queues its work; `duplicate` when the key was seen
   * within the dedupe window. Without an item the key is only remembered (an event that needs no answer).
   */
  accept(key: string, item: InboxItem | undefined): Promise<'accepted' | 'duplicate'>;
  /**
   * Records a card click durably, runs it in its chat's turn, and resolves with its reply — or with 'later'
   * when it cannot finish within the click budget (a busy chat, a slow command): the card is then redrawn
   * with the delayed-update token when the work is done. A click seen before (Lark's redelivery) runs
   * nothing and gets the same reply again (while this process remembers it).
   */
  perform(key: string, item: ClickItem): Promise<Reply | 'later'>;
  /**
   * Pushes replies to chats (jobs) through the same inbox and outbox; resolves when delivered, or (`until:
   * 'queued'`) once durable in the inbox — from then on it is delivered however long Lark is down.
   */
  push(addressed: AddressedReply[], options?: { until?: 'delivered' | 'queued' }): Promise<SendResult[]>;
  health(): WorkerHealth;
  /** Replays what was acknowledged but not finished before a restart. */
  start(): void;
  /** Stops taking work, finishes what is in flight (up to drainMs), closes the inbox. */
  stop(): Promise<void>;
  /** Resolves when no work is queued (tests, benchmarks). */
  idle(): Promise<void>;
  /** Doors run each acknowledgement through this, so that the worker yields to a burst of them. */
  acking<T>(ack: () => Promise<T>): Promise<T>;
  readonly accepting: boolean;
}

/** Longest the worker defers to a stream of incoming acknowledgements before taking its turn. */
const LULL_MAX_MS = 400;
/** After the deadline, how long a core that ignores its signal is still waited for. */
const GRACE_MS = 2000;
/** Delayed-update tokens live 30 minutes; one older than this is not tried. */
const CARD_TOKEN_MS = 29 * 60 * 1000;
/** Replies of recent clicks, for a click Lark delivers again. */
const RECENT_CLICKS = 1000;

/** A click waiting for its reply: answered in time (reply) or not (later), whichever comes first. */
interface ClickWaiter {
  state: 'waiting' | 'answered' | 'late';
  /** When 'later' was answered (ms). */
  lateAt: number;
  outcome: Promise<Reply | 'later'>;
  settle(outcome: Reply | 'later'): void;
}

/** A download as the core takes it: the bytes, or why not (too large, or failed). */
async function fetched(download: Promise<Uint8Array>): Promise<Fetched> {
  try {
    return { ok: true, bytes: await download };
  } catch (error) {
    const tooLarge = error instanceof ResourceError && error.tooLarge;
    return { ok: false, tooLarge, reason: error instanceof Error ? error.message : String(error) };
  }
}

export async function createWorker(deps: WorkerDeps): Promise<Worker> {
  const { logger, clock } = deps;
  const inbox: InboxStore = deps.openInbox
    ? await deps.openInbox()
    : await Inbox.open(deps.dataDir, clock, {
        logger,
        ...(deps.fsync === false ? { fsync: false } : {}),
      });
  const outbox = new Outbox({
    api: deps.lark,
    pacer: deps.pacer ?? new Pacer(),
    logger,
    now: () => clock.now().getTime(),
    ...(deps.files ? { blob: deps.files } : {}),
    ...deps.outbox,
  });
  const undelivered: UndeliveredLog = deps.openUndelivered
    ? await deps.openUndelivered()
    : Undelivered.open(deps.dataDir, logger, deps.fsync !== false);
  // Fires when stop() gives up draining: sends still owed stay in the inbox for the next start.
  const stopping = new AbortController();
  const chains = new Map<string, Promise<void>>();
  const waiters = new Map<string, (status: SendResult['status']) => void>();
  const coreTimeoutMs = deps.coreTimeoutMs ?? 15_000;
  const fileTimeoutMs = Math.max(coreTimeoutMs, deps.fileTimeoutMs ?? 120_000);
  const clickBudgetMs = deps.clickBudgetMs ?? 2500;
  const clickWaiters = new Map<string, ClickWaiter>();
  const recentClicks = new Map<string, Reply>();
  let accepting = true;
  let stopped = false;
  const nowMs = () => clock.now().getTime();

  // Acknowledgements come first: while doors are acknowledging, the worker waits (at most LULL_MAX_MS at a
  // time), so a burst is acked at full speed and its answers follow right behind.
  let acks = 0;
  let lull: Promise<void> | undefined;
  function ackLull(): Promise<void> {
    if (acks === 0) return Promise.resolve();
    lull ??= new Promise<void>((resolve) => {
      const started = performance.now();
      const check = () => {
        if (acks === 0 || performance.now() - started > LULL_MAX_MS) {
          lull = undefined;
          resolve();
        } else setTimeout(check, 2);
      };
      setTimeout(check, 2);
    });
    return lull;
  }

  // CPU work (core + rendering) runs one piece at a time with an event-loop turn before each, so a hundred
  // chats becoming ready at once never stall the acknowledgements behind them.
  let computing: Promise<unknown> = Promise.resolve();
  function computeTurn<T>(fn: () => Promise<T>): Promise<T> {
    const run = computing.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(fn);
    computing = run.catch(() => {});
    return run;
  }

  function enqueue(entry: InboxEntry): void {
    const chatId = entry.item?.chatId ?? '';
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

  // The chat's other messages and files, as the core may ask for them (Lark only).
  const lark = deps.lark;
  const files: ChatFiles | undefined =
    lark?.downloadResource && lark.lookUpMessage
      ? {
          lookUp: (messageId) => lark.lookUpMessage!(messageId),
          fetch: (attachment) =>
            fetched(lark.downloadResource!(attachment.messageId, attachment.key, attachment.kind)),
        }
      : undefined;

  /** The file of the message this one replies to, when it asks for it to be added as a plan (`@bot 导入`). */
  async function repliedFile(item: InboxItem & { kind: 'message' }) {
    if (!item.repliesTo || item.text === undefined || !asksToAddPlan(item.text)) return undefined;
    const file = await deps.lark?.messageFile?.(item.repliesTo);
    return file ? { kind: 'file' as const, ...file, messageId: item.repliesTo } : undefined;
  }

  async function runCore(
    message: IncomingMessage,
    replay: boolean,
    fetchAttachment?: () => Promise<Fetched>,
  ): Promise<Reply> {
    const controller = new AbortController();
    const deadline = setTimeout(() => controller.abort(), message.attachment ? fileTimeoutMs : coreTimeoutMs);
    let grace: NodeJS.Timeout | undefined;
    try {
      // The core answers an aborted message itself (nothing recorded, and it says so); the grace period only
      // guards against a core that never settles.
      const ignored = new Promise<Reply>((resolve) => {
        controller.signal.addEventListener('abort', () => {
          grace = setTimeout(() => resolve(failedReply()), GRACE_MS);
        });
      });
      const options = {
        signal: controller.signal,
        replay,
        ...(fetchAttachment ? { fetchAttachment } : {}),
        ...(files ? { files } : {}),
      };
      return await Promise.race([deps.handle(message, options), ignored]);
    } catch (error) {
      if (error instanceof OutcomeUnknownError) throw error;
      logger.error('command failed', {
        chat: message.chatId,
        error: error instanceof Error ? error.message : String(error),
      });
      return failedReply();
    } finally {
      clearTimeout(deadline);
      clearTimeout(grace);
    }
  }

  /** The sender's display name, if Lark gives it within `nameWaitMs` (never holds a message up longer). */
  async function nameOf(userId: string): Promise<string | undefined> {
    const lookUp = deps.lark?.userName;
    if (!lookUp || !userId) return undefined;
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), deps.nameWaitMs ?? 1000);
    });
    try {
      return await Promise.race([lookUp(userId).catch(() => undefined), gaveUp]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The core's answer. When the store could not write, the outcome is not known: the asker is told it is
   * being checked (once, `onUnknown`), and the message runs again — as a replay, so an outcome that did reach
   * the journal is found and re-sent — until writes work; undefined if the worker stops first (the entry stays
   * owed for the next start).
   */
  async function core(
    entry: InboxEntry,
    message: Omit<IncomingMessage, 'userName'>,
    fetchAttachment?: () => Promise<Fetched>,
    onUnknown?: () => Promise<void>,
  ): Promise<Reply | undefined> {
    const userName = await nameOf(message.userId);
    let replay = entry.recovered;
    let told = false;
    for (let waitMs = 500; ; waitMs = Math.min(waitMs * 2, 30_000)) {
      try {
        return await computeTurn(() =>
          runCore({ ...message, ...(userName ? { userName } : {}) }, replay, fetchAttachment),
        );
      } catch (error) {
        if (!(error instanceof OutcomeUnknownError)) throw error;
        logger.warn('outcome unknown, checking again', { key: entry.key, reason: error.reason, waitMs });
        if (!told) {
          told = true;
          await onUnknown?.().catch((e: unknown) =>
            logger.warn('checking notice not sent', { key: entry.key, error: String(e) }),
          );
        }
        replay = true;
        await sleep(waitMs, stopping.signal);
        if (stopped) return undefined;
      }
    }
  }

  /** The one notice that a message's outcome is being checked: its own uuid, never the answer's. */
  async function tellChecking(entry: InboxEntry, target: Target): Promise<void> {
    const messages = renderLark(outcomeCheckingReply());
    await outbox.deliver(target, messages, `${entry.key}:checking`, new Set(), async () => {}, {
      since: entry.at,
      signal: stopping.signal,
    });
  }

  /** Sends a reply's parts not yet sent, recording each in the inbox; owed until delivered or set aside. */
  async function deliver(entry: InboxEntry, target: Target, reply: Reply) {
    // A reply with nothing in it is silence (a file in a group that is none of the bot's business).
    const messages = reply.blocks.length === 0 ? [] : await computeTurn(async () => renderLark(reply));
    const result = await outbox.deliver(
      target,
      messages,
      entry.key,
      entry.sent,
      (part) => inbox.markSent(entry.key, part),
      { since: entry.at, signal: stopping.signal },
    );
    if (result.failed > 0)
      await undelivered.add({
        key: entry.key,
        target,
        parts: messages.length,
        failed: result.failed,
        at: entry.at,
        content: messages.map((m) => m.content),
      });
    return { ...result, parts: messages.length };
  }

  function rememberClick(key: string, reply: Reply): void {
    recentClicks.set(key, reply);
    if (recentClicks.size > RECENT_CLICKS) recentClicks.delete(recentClicks.keys().next().value!);
  }

  /** Redraws a card with its click's delayed-update token (at most 2 uses: one, plus one retry at most). */
  async function updateCard(token: string, card: Record<string, unknown>): Promise<SendOutcome> {
    let outcome: SendOutcome = { ok: false, retry: 'fatal', msg: 'no card update in local mode' };
    for (let attempt = 0; attempt < 2 && deps.lark?.updateCard; attempt += 1) {
      outcome = await deps.lark.updateCard(token, card);
      if (outcome.ok || outcome.retry === 'fatal') break;
      await sleep(outcome.waitMs ?? 500);
    }
    return outcome;
  }

  /**
   * A click answered 'later' (or acknowledged before a restart): its card is redrawn now; when that cannot
   * be (a refusal, which must not replace a shared card; no token, or an expired or used-up one), the reply
   * goes to the chat as a reply to the card.
   */
  async function finishClick(entry: InboxEntry, item: ClickItem, reply: Reply, waiter?: ClickWaiter) {
    const answer = clickAnswer(reply, { keep: item.keep === true });
    if (answer.card && item.token && deps.lark?.updateCard && nowMs() - item.at < CARD_TOKEN_MS) {
      if (waiter) await sleep(waiter.lateAt + (deps.lateUpdateDelayMs ?? 1000) - nowMs());
      const outcome = await updateCard(item.token, answer.card.data);
      if (outcome.ok) return { sent: 1, failed: 0, parts: 1 };
      logger.warn('card update failed, replying instead', {
        key: entry.key,
        code: outcome.ok ? undefined : outcome.code,
        reason: outcome.ok ? undefined : outcome.msg,
      });
    }
    const target: Target = item.cardMessageId
      ? { kind: 'reply', messageId: item.cardMessageId, chatId: item.chatId }
      : { kind: 'chat', chatId: item.chatId };
    return deliver(entry, target, reply);
  }

  async function work(entry: InboxEntry): Promise<void> {
    const item = entry.item;
    if (stopped || !item || entry.done) {
      waiters.get(entry.key)?.('deferred');
      return;
    }
    await ackLull();
    crashPoint('after-ack');
    const started = nowMs();
    let target: Target = { kind: 'chat', chatId: item.chatId };
    let reply: Reply | undefined;
    let command: string;
    let result: { sent: number; failed: number; parts: number; deferred?: boolean } | undefined;
    if (item.kind === 'message') {
      target = { kind: 'reply', messageId: item.messageId, chatId: item.chatId };
      const attachment = item.attachment ?? (await repliedFile(item));
      if (item.text === undefined && !attachment) {
        // An image, a sticker…: the core reads text and files.
        reply = unsupportedMessageReply();
        command = `(${item.unsupported ?? 'unknown'})`;
      } else {
        const text = item.text ?? '';
        command = attachment ? '(file)' : (text.trim().split(/\s+/)[0]?.slice(0, 16) ?? '');
        const download = deps.lark?.downloadResource;
        const kind = attachment?.kind ?? 'file';
        reply = await core(
          entry,
          {
            text,
            userId: item.userId,
            chatId: item.chatId,
            ...(item.private ? { private: true } : {}),
            ...(item.unaddressed ? { unaddressed: true } : {}),
            messageId: item.messageId,
            mentions: item.mentions,
            at: new Date(item.at),
            ...(attachment
              ? {
                  attachment: {
                    kind,
                    key: attachment.key,
                    name: attachment.name,
                    ...(attachment.messageId ? { messageId: attachment.messageId } : {}),
                  },
                }
              : {}),
            ...(item.repliesTo
              ? { repliesTo: { messageId: item.repliesTo, ...(item.rootId ? { rootId: item.rootId } : {}) } }
              : {}),
          },
          attachment && download
            ? () => fetched(download(attachment.messageId ?? item.messageId, attachment.key, kind))
            : undefined,
          () => tellChecking(entry, target),
        );
      }
    } else if (item.kind === 'click') {
      command = `(click) ${item.text.split(/\s+/).slice(0, 2).join(' ').slice(0, 16)}`;
      // The transaction's id: the same button pressed again on the same drawing with the same values, or
      // the click's event id. A click run twice is a replay.
      const waiter = clickWaiters.get(entry.key);
      reply = await core(
        entry,
        {
          text: item.text,
          userId: item.userId,
          chatId: item.chatId,
          messageId: item.once ?? item.eventId,
          mentions: [],
          at: new Date(item.at),
        },
        undefined,
        // The outcome is being checked: the clicker hears "正在处理" and the card is redrawn once it is known.
        async () => {
          if (waiter?.state !== 'waiting') return;
          waiter.state = 'late';
          waiter.lateAt = nowMs();
          waiter.settle('later');
        },
      );
      if (!reply) {
        waiters.get(entry.key)?.('deferred');
        return;
      }
      rememberClick(entry.key, reply);
      if (waiter?.state === 'waiting') {
        waiter.state = 'answered';
        waiter.settle(reply);
        result = { sent: 1, failed: 0, parts: 1 };
      } else {
        result = await finishClick(entry, item, reply, waiter);
      }
      clickWaiters.delete(entry.key);
    } else if (item.kind === 'welcome') {
      reply = deps.welcome();
      command = '(welcome)';
    } else {
      reply = item.reply;
      command = '(push)';
      if (item.receiveIdType) target = { ...target, receiveIdType: item.receiveIdType };
    }
    if (!reply) {
      // Stopped while the outcome was still being checked: owed to the next start.
      waiters.get(entry.key)?.('deferred');
      return;
    }
    result ??= await deliver(entry, target, reply);
    if (result.deferred) {
      waiters.get(entry.key)?.('deferred');
      return;
    }
    crashPoint('before-done');
    await inbox.markDone(entry.key);
    waiters.get(entry.key)?.(result.failed > 0 ? 'failed' : 'sent');
    logger.info('event', {
      event: item.kind === 'push' ? entry.key : item.eventId,
      chat: item.chatId,
      command,
      outcome: result.failed > 0 ? `failed ${result.failed}/${result.parts}` : 'answered',
      ms: nowMs() - started,
      waitedMs: started - entry.at,
      ...(entry.recovered ? { recovered: true } : {}),
    });
  }

  function pendingEntry(key: string): InboxEntry | undefined {
    const entry = inbox.get(key);
    return entry && !entry.done ? entry : undefined;
  }

  /** Pending entries an earlier version kept raw go through the door rules now, then to work. */
  async function readmitLegacy(): Promise<void> {
    for (const entry of inbox.legacyPending()) {
      const item = deps.readmit ? await deps.readmit(entry.legacy) : 'later';
      if (item === 'later') {
        logger.warn('inbox.legacy-kept', { key: entry.key, reason: 'cannot apply the door rules yet' });
      } else if (item === undefined) {
        await inbox.markDone(entry.key);
      } else {
        await inbox.admitLegacy(entry.key, item);
        enqueue(entry);
      }
    }
  }

  let readmitting: Promise<unknown> = Promise.resolve();
  let adopting: NodeJS.Timeout | undefined;

  async function idle(): Promise<void> {
    await readmitting;
    while (chains.size > 0) await Promise.allSettled([...chains.values()]);
  }

  return {
    get accepting() {
      return accepting;
    },
    async accept(key, item) {
      const fresh = await inbox.add(key, item);
      if (!fresh) return 'duplicate';
      crashPoint('after-inbox-fsync');
      const entry = pendingEntry(key);
      if (entry) enqueue(entry);
      return 'accepted';
    },
    async perform(key, item) {
      const started = performance.now();
      acks += 1;
      let fresh: boolean;
      try {
        fresh = await inbox.add(key, item);
      } finally {
        acks -= 1;
      }
      if (!fresh) {
        const waiting = clickWaiters.get(key);
        if (waiting) return waiting.outcome;
        return recentClicks.get(key) ?? duplicateClickReply();
      }
      crashPoint('after-inbox-fsync');
      let settle!: (outcome: Reply | 'later') => void;
      const outcome = new Promise<Reply | 'later'>((resolve) => {
        settle = resolve;
      });
      const waiter: ClickWaiter = { state: 'waiting', lateAt: 0, outcome, settle };
      clickWaiters.set(key, waiter);
      const entry = pendingEntry(key);
      if (entry) enqueue(entry);
      // Whichever comes first settles the answer: the reply (worker) or the budget running out (here).
      const timer = setTimeout(
        () => {
          if (waiter.state !== 'waiting') return;
          waiter.state = 'late';
          waiter.lateAt = nowMs();
          waiter.settle('later');
        },
        Math.max(0, clickBudgetMs - (performance.now() - started)),
      );
      try {
        return await outcome;
      } finally {
        clearTimeout(timer);
      }
    },
    async acking(ack) {
      acks += 1;
      try {
        return await ack();
      } finally {
        acks -= 1;
      }
    },
    start() {
      const replay = inbox.pending();
      if (replay.length > 0) logger.info('replaying inbox', { pending: replay.length });
      for (const entry of replay) enqueue(entry);
      // A shared inbox: what an instance that died left unfinished is taken over, and finished as replays.
      const adopt = inbox.adopt?.bind(inbox);
      if (adopt) {
        const takeOver = () =>
          adopt().then(
            (entries) => {
              for (const entry of entries) if (accepting) enqueue(entry);
            },
            (error: unknown) => logger.warn('inbox.adopt-failed', { error: String(error) }),
          );
        void takeOver();
        adopting = setInterval(() => void takeOver(), inbox.adoptEveryMs ?? 3000);
        adopting.unref();
      }
      readmitting = readmitLegacy().catch((error: unknown) =>
        logger.error('inbox.legacy-failed', { error: String(error) }),
      );
    },
    async push(addressed, options = {}) {
      const queuedOnly = options.until === 'queued';
      return Promise.all(
        addressed.map(async ({ chatId, receiveIdType, reply, key }): Promise<SendResult> => {
          const inboxKey = `p:${key}`;
          const done = queuedOnly
            ? undefined
            : new Promise<SendResult['status']>((resolve) => waiters.set(inboxKey, resolve));
          try {
            const push = {
              kind: 'push' as const,
              chatId,
              ...(receiveIdType ? { receiveIdType } : {}),
              reply,
            };
            if (!(await inbox.add(inboxKey, push))) return { key, status: 'duplicate' };
            const entry = pendingEntry(inboxKey);
            if (entry) enqueue(entry);
            return { key, status: done ? await done : 'queued' };
          } finally {
            if (done) waiters.delete(inboxKey);
          }
        }),
      );
    },
    health() {
      const problem = inbox.writeProblem();
      return {
        undelivered: undelivered.count,
        owed: inbox.pending().length,
        ...(problem ? { inboxProblem: problem } : {}),
      };
    },
    async stop() {
      accepting = false;
      clearInterval(adopting);
      const drained = idle().then(() => true);
      const timeout = new Promise<boolean>((resolve) =>
        setTimeout(() => resolve(false), deps.drainMs ?? 10_000).unref(),
      );
      if (!(await Promise.race([drained, timeout])))
        logger.warn('stopping with work left for the next start');
      stopped = true;
      stopping.abort();
      await undelivered.close();
      await inbox.close();
    },
    idle,
  };
}
