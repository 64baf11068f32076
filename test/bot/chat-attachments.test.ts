import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RESOURCE_BYTES } from '../../src/bot/lark/resource-error';
import type { HandleOptions } from '../../src/commands/handle-options';
import type { IncomingMessage } from '../../src/message/incoming-message';
import { textReply } from '../../src/reply/reply';
import { larkRequest, messageEvent } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { startTestBot, type TestBot } from './start-test-bot';

// Files and images sent in chat reach the core as attachments, with the door's ways to fetch their bytes
// (the message-resource API, `type=file|image`) and to look up the message replied to — through the real
// SDK client against the fake Lark.

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 5000 }, (_, i) => i % 256)]);

describe('a file or image sent in chat', () => {
  let fake: FakeLark;
  let bot: TestBot;
  let seen: { message: IncomingMessage; options: HandleOptions }[];
  let n = 0;

  beforeEach(async () => {
    fake = await FakeLark.start();
    seen = [];
    bot = await startTestBot(fake, {
      handle: async (message, options) => {
        seen.push({ message, options });
        return textReply(`收到:${message.text}`);
      },
    });
  });
  afterEach(async () => {
    await bot.close();
    await fake.close();
  });

  async function send(event: Record<string, unknown>): Promise<void> {
    expect((await bot.post('/webhook/event', larkRequest(event))).status).toBe(200);
    await bot.bot.idle();
  }

  it('reaches the core as an image whose bytes the door fetches with type=image', async () => {
    const messageId = `om_img_${++n}`;
    fake.putFile(messageId, 'img_v3_a', JPEG, { type: 'image' });
    await send(
      messageEvent({
        messageId,
        chatType: 'p2p',
        messageType: 'image',
        content: JSON.stringify({ image_key: 'img_v3_a' }),
      }),
    );
    const [{ message, options }] = seen as [(typeof seen)[0]];
    expect(message.attachment).toEqual({ kind: 'image', key: 'img_v3_a', name: '' });
    const fetched = await options.fetchAttachment!();
    expect(fetched.ok && Buffer.from(fetched.bytes).equals(Buffer.from(JPEG))).toBe(true);
    const download = fake.requests.find((r) => r.path.endsWith('/resources/img_v3_a'))!;
    expect(download.query.type).toBe('image');
  });

  it('says when a file is over the cap, and when Lark will not give it', async () => {
    const messageId = `om_big_${++n}`;
    fake.putFile(messageId, 'file_big', new Uint8Array(MAX_RESOURCE_BYTES + 10), { name: '大.pdf' });
    await send(
      messageEvent({
        messageId,
        chatType: 'p2p',
        messageType: 'file',
        content: JSON.stringify({ file_key: 'file_big', file_name: '大.pdf' }),
      }),
    );
    expect(await seen[0]!.options.fetchAttachment!()).toMatchObject({ ok: false, tooLarge: true });
    await send(
      messageEvent({
        messageId: `om_gone_${++n}`,
        chatType: 'p2p',
        messageType: 'file',
        content: JSON.stringify({ file_key: 'file_gone', file_name: '无.pdf' }),
      }),
    );
    expect(await seen[1]!.options.fetchAttachment!()).toMatchObject({ ok: false, tooLarge: false });
  });

  it('carries the message replied to and its thread, which the core may look up and fetch from', async () => {
    // The bot's own message about an item, then a person's file in the thread.
    await send(messageEvent({ messageId: 'om_ask', chatType: 'p2p', text: '整改 查看 ZG-2026-007' }));
    const botMessage = fake.repliesTo('om_ask')[0]!.messageId;
    fake.putFile('om_slip', 'file_slip', JPEG, { name: '银行回单.jpg' });
    await send(
      messageEvent({
        messageId: 'om_photo',
        chatType: 'p2p',
        messageType: 'image',
        content: JSON.stringify({ image_key: 'img_1' }),
        parentId: botMessage,
        rootId: 'om_ask',
      }),
    );
    const { message, options } = seen[1]!;
    expect(message.repliesTo).toEqual({ messageId: botMessage, rootId: 'om_ask' });
    expect((await options.files!.lookUp(botMessage))?.text).toContain('收到:整改 查看 ZG-2026-007');
    const slip = await options.files!.lookUp('om_slip');
    expect(slip?.attachment).toEqual({
      kind: 'file',
      key: 'file_slip',
      name: '银行回单.jpg',
      messageId: 'om_slip',
    });
    const bytes = await options.files!.fetch({ ...slip!.attachment!, messageId: 'om_slip' });
    expect(bytes.ok && bytes.bytes.length).toBe(JPEG.length);
    expect(await options.files!.lookUp('om_nowhere')).toBeUndefined();
  });
});
