import type { Logger } from '../logger';
import type { AddressedReply } from '../reply/reply';
import { createLarkApi, type LarkApi } from './lark/lark-api';
import { renderLark } from './lark/render-lark';
import { Outbox } from './worker/outbox';
import { Pacer } from './worker/pacer';

// Sending without the server (the CLI's `job` verb): the same rendering, pacing, retries and stable
// uuids as the bot's outbox, so running a job twice within an hour still posts each message once.
// Inside the server, use `bot.send`, which also records pushes in the durable inbox.

export interface Sender {
  send(addressed: AddressedReply[]): Promise<{ key: string; status: 'sent' | 'failed' }[]>;
}

export function createSender(options: {
  lark: LarkApi | { appId: string; appSecret: string; domain: string };
  logger: Logger;
}): Sender {
  const api = 'reply' in options.lark ? options.lark : createLarkApi(options.lark);
  // An operator is waiting: a few tries and at most a few minutes (the server's outbox keeps trying for a day).
  const outbox = new Outbox({
    api,
    pacer: new Pacer(),
    logger: options.logger,
    maxAttempts: 6,
    giveUpMs: 5 * 60 * 1000,
  });
  return {
    async send(addressed) {
      // One after another: messages to one chat keep their order, and jobs send few messages.
      const results: { key: string; status: 'sent' | 'failed' }[] = [];
      for (const { chatId, receiveIdType, reply, key } of addressed) {
        const messages = renderLark(reply);
        const result = await outbox.deliver(
          { kind: 'chat', chatId, ...(receiveIdType ? { receiveIdType } : {}) },
          messages,
          `p:${key}`,
          new Set(),
          async () => {},
        );
        results.push({ key, status: result.failed > 0 ? 'failed' : 'sent' });
      }
      return results;
    },
  };
}
