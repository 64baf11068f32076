import { createHash } from 'node:crypto';
import { crashPoint } from '../../crash-point';
import type { Logger } from '../../logger';
import type { LarkApi, LarkMessage, SendOutcome } from '../lark/lark-api';
import type { Pacer } from './pacer';
import { sleep } from './sleep';

// Every message leaves through here: paced under Lark's limits, retried with backoff for as long as the answer
// is useful (however long Lark is down or throttling; a restart carries on from the durable inbox), and sent
// with a uuid derived from the event and the part number, so a resend after a crash is accepted once only.

export type Target =
  | { kind: 'reply'; messageId: string; chatId: string }
  /** A chat, or (`receiveIdType: 'open_id'`) a person's private chat with the bot. */
  | { kind: 'chat'; chatId: string; receiveIdType?: 'open_id' };

export interface DeliverResult {
  sent: number;
  /** Parts set aside: Lark refused them for good, or they were still not delivered when no longer useful. */
  failed: number;
  /** The outbox was told to stop while parts were still to go: they go at the next start. */
  deferred?: boolean;
}

export interface OutboxOptions {
  /** Absent in local mode: messages are logged instead of sent. */
  api: LarkApi | undefined;
  pacer: Pacer;
  logger: Logger;
  /** Tries per part before it is set aside; unset: tries until `giveUpMs` (the server's durable outbox). */
  maxAttempts?: number;
  /** First wait after a failed try; it doubles up to `maxBackoffMs`. */
  backoffMs?: number;
  /** The longest wait between two tries (LARK_SEND_RETRY_MAX_MS; default 60 s). */
  maxBackoffMs?: number;
  /** How long after it was asked for an answer is still worth sending (LARK_SEND_GIVE_UP_HOURS; 24 h). */
  giveUpMs?: number;
  /** The instant now, ms (the injected clock). */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The bytes of a kept file a message hands over (by SHA-256); absent: such messages cannot be sent. */
  blob?: (sha256: string) => Promise<Uint8Array | undefined>;
}

/** When a delivery began to be owed, and what stops it early. */
export interface DeliverOptions {
  /** When the answer was asked for (ms): it is set aside `giveUpMs` later. */
  since?: number;
  /** Fires when the server stops: what is not sent yet stays owed, for the next start. */
  signal?: AbortSignal;
}

/** A stable RFC-4122-shaped id for one part of one logical message (Lark takes ≤ 50 chars). */
export function uuidFor(key: string, part: number): string {
  const h = createHash('sha256').update(`${key}#${part}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const DEFAULT_GIVE_UP_MS = 24 * 60 * 60 * 1000;

type Attempt = SendOutcome | { ok: false; retry: 'stopped' | 'gave-up'; msg: string };

export class Outbox {
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly giveUpMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(private readonly options: OutboxOptions) {
    this.backoffMs = options.backoffMs ?? 500;
    this.maxBackoffMs = Math.max(this.backoffMs, options.maxBackoffMs ?? 60_000);
    this.giveUpMs = options.giveUpMs ?? DEFAULT_GIVE_UP_MS;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? sleep;
  }

  /**
   * Sends the parts in order, skipping those already sent; `onSent` records each success durably. Never
   * throws: a part Lark refuses for good, or still cannot take when the answer is no longer useful, is logged
   * and set aside (counted in `failed`); a stop leaves the rest owed (`deferred`).
   */
  async deliver(
    target: Target,
    messages: LarkMessage[],
    key: string,
    alreadySent: ReadonlySet<number>,
    onSent: (part: number) => Promise<void>,
    options: DeliverOptions = {},
  ): Promise<DeliverResult> {
    const result: DeliverResult = { sent: 0, failed: 0 };
    const since = options.since ?? this.now();
    for (const [part, message] of messages.entries()) {
      if (alreadySent.has(part)) continue;
      const outcome = await this.sendOne(target, message, uuidFor(key, part), since, options.signal);
      if (outcome.ok) {
        crashPoint('after-send');
        result.sent += 1;
        try {
          await onSent(part);
        } catch (error) {
          this.options.logger.warn('outbox record failed', { key, part, error: String(error) });
        }
      } else if (outcome.retry === 'stopped') {
        return { ...result, deferred: true };
      } else {
        result.failed += 1;
        this.options.logger.error('send failed', {
          key,
          part,
          chat: target.chatId,
          ...('status' in outcome ? { status: outcome.status, code: outcome.code } : {}),
          reason: outcome.msg,
          ...(outcome.retry === 'gave-up' ? { setAside: 'no longer useful' } : {}),
        });
      }
    }
    return result;
  }

  /** Uploads a kept file a message hands over: the content that names it, or why not. */
  private async upload(
    message: LarkMessage,
  ): Promise<{ ok: true; content: Record<string, string> } | Exclude<SendOutcome, { ok: true }>> {
    const { api, blob } = this.options;
    const file = message.upload!;
    const bytes = await blob?.(file.sha256);
    if (!bytes || !api?.upload)
      return { ok: false, retry: 'fatal', msg: `file ${file.sha256} not available` };
    const kind = message.msgType === 'image' ? 'image' : 'file';
    const got = await api.upload(kind, bytes, file.name);
    if (!got.ok) return got;
    return { ok: true, content: kind === 'image' ? { image_key: got.key } : { file_key: got.key } };
  }

  private async sendOne(
    target: Target,
    message: LarkMessage,
    uuid: string,
    since: number,
    signal: AbortSignal | undefined,
  ): Promise<Attempt> {
    const { api, pacer, logger, maxAttempts } = this.options;
    if (!api) {
      logger.info('local mode: reply not sent', {
        chat: target.chatId,
        type: message.msgType,
        content: message.content,
      });
      return { ok: true };
    }
    let last: SendOutcome = { ok: false, retry: 'transient', msg: 'not tried' };
    let uploaded: LarkMessage | undefined;
    // Rate-limit answers are expected under load and do not use up the ordinary attempts: they wait as
    // long as Lark's `x-ogw-ratelimit-reset` says, however often.
    let attempts = 0;
    for (;;) {
      if (signal?.aborted) return { ok: false, retry: 'stopped', msg: 'stopping' };
      if (this.now() - since > this.giveUpMs)
        return {
          ok: false,
          retry: 'gave-up',
          msg: `still not delivered after ${this.giveUpMs} ms: ${last.msg}`,
        };
      // A file to hand over is uploaded first (once): its key makes the message's content.
      if (message.upload && !uploaded) {
        const got = await this.upload(message);
        if (got.ok) uploaded = { ...message, content: JSON.stringify(got.content) };
        else last = got;
      }
      if (!message.upload || uploaded) {
        const sending = uploaded ?? message;
        const release = await pacer.acquire(target.chatId);
        try {
          last =
            target.kind === 'reply'
              ? await api.reply(target.messageId, sending, uuid)
              : await api.sendToChat(target.chatId, sending, uuid, target.receiveIdType);
        } finally {
          release();
        }
      }
      if (last.ok || last.retry === 'fatal') return last;
      if (last.retry === 'app') {
        pacer.pauseApp(last.waitMs ?? 1000);
        logger.warn('rate limited (429)', { chat: target.chatId, waitMs: last.waitMs });
        continue;
      }
      attempts += 1;
      if (maxAttempts !== undefined && attempts >= maxAttempts) return last;
      const delay =
        Math.min(this.maxBackoffMs, this.backoffMs * 2 ** Math.min(attempts - 1, 30)) *
        (0.75 + Math.random() * 0.5);
      if (last.retry === 'chat') {
        pacer.pauseChat(target.chatId, Math.max(last.waitMs ?? 1000, delay));
        logger.warn('chat rate limited (230020)', { chat: target.chatId });
      } else {
        logger.warn('send retry', {
          chat: target.chatId,
          status: last.status,
          code: last.code,
          attempt: attempts,
          waitMs: Math.round(delay),
        });
        await this.sleep(delay, signal);
      }
    }
  }
}
