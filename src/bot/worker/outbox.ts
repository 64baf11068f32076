import { createHash } from 'node:crypto';
import { crashPoint } from '../../crash-point';
import type { Logger } from '../../logger';
import type { LarkApi, LarkMessage, SendOutcome } from '../lark/lark-api';
import type { Pacer } from './pacer';

// Every message leaves through here: paced under Lark's limits, retried with backoff, and sent with a
// uuid derived from the event and the part number, so a resend after a crash is accepted once only.

export type Target =
  | { kind: 'reply'; messageId: string; chatId: string }
  /** A chat, or (`receiveIdType: 'open_id'`) a person's private chat with the bot. */
  | { kind: 'chat'; chatId: string; receiveIdType?: 'open_id' };

export interface DeliverResult {
  sent: number;
  failed: number;
}

export interface OutboxOptions {
  /** Absent in local mode: messages are logged instead of sent. */
  api: LarkApi | undefined;
  pacer: Pacer;
  logger: Logger;
  maxAttempts?: number;
  /** Base delay of the exponential backoff for transient failures. */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** A stable RFC-4122-shaped id for one part of one logical message (Lark takes ≤ 50 chars). */
export function uuidFor(key: string, part: number): string {
  const h = createHash('sha256').update(`${key}#${part}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Outbox {
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: OutboxOptions) {
    this.maxAttempts = options.maxAttempts ?? 6;
    this.backoffMs = options.backoffMs ?? 500;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /**
   * Sends the parts in order, skipping those already sent; `onSent` records each success durably.
   * Never throws: a part that still fails after the last try is logged and skipped.
   */
  async deliver(
    target: Target,
    messages: LarkMessage[],
    key: string,
    alreadySent: ReadonlySet<number>,
    onSent: (part: number) => Promise<void>,
  ): Promise<DeliverResult> {
    const result: DeliverResult = { sent: 0, failed: 0 };
    for (const [part, message] of messages.entries()) {
      if (alreadySent.has(part)) continue;
      const outcome = await this.sendOne(target, message, uuidFor(key, part));
      if (outcome.ok) {
        crashPoint('after-send');
        result.sent += 1;
        try {
          await onSent(part);
        } catch (error) {
          this.options.logger.warn('outbox record failed', { key, part, error: String(error) });
        }
      } else {
        result.failed += 1;
        this.options.logger.error('send failed', {
          key,
          part,
          chat: target.chatId,
          status: outcome.status,
          code: outcome.code,
          reason: outcome.msg,
        });
      }
    }
    return result;
  }

  private async sendOne(target: Target, message: LarkMessage, uuid: string): Promise<SendOutcome> {
    const { api, pacer, logger } = this.options;
    if (!api) {
      logger.info('local mode: reply not sent', {
        chat: target.chatId,
        type: message.msgType,
        content: message.content,
      });
      return { ok: true };
    }
    let last: SendOutcome = { ok: false, retry: 'transient', msg: 'not tried' };
    // Rate-limit answers are expected under load and do not use up the ordinary attempts.
    let attempts = 0;
    let throttled = 0;
    while (attempts < this.maxAttempts && throttled < 30) {
      const release = await pacer.acquire(target.chatId);
      try {
        last =
          target.kind === 'reply'
            ? await api.reply(target.messageId, message, uuid)
            : await api.sendToChat(target.chatId, message, uuid, target.receiveIdType);
      } finally {
        release();
      }
      if (last.ok || last.retry === 'fatal') return last;
      if (last.retry === 'app') {
        throttled += 1;
        pacer.pauseApp(last.waitMs ?? 1000);
        logger.warn('rate limited (429)', { chat: target.chatId, waitMs: last.waitMs });
        continue;
      }
      attempts += 1;
      if (attempts >= this.maxAttempts) break;
      const delay = Math.min(30_000, this.backoffMs * 2 ** (attempts - 1)) * (0.75 + Math.random() * 0.5);
      if (last.retry === 'chat') {
        pacer.pauseChat(target.chatId, Math.max(last.waitMs ?? 1000, delay));
        logger.warn('chat rate limited (230020)', { chat: target.chatId });
      } else {
        logger.warn('send retry', {
          chat: target.chatId,
          status: last.status,
          code: last.code,
          attempt: attempts,
        });
        await this.sleep(delay);
      }
    }
    return last;
  }
}
