import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/create-bot';
import type { LarkApi } from '../../src/bot/lark/lark-api';
import { Inbox } from '../../src/bot/worker/inbox';
import { UNDELIVERED_FILE } from '../../src/bot/worker/undelivered';
import { systemClock } from '../../src/clock';
import { silentLogger } from '../../src/logger';
import {
  botAddedEvent,
  cardActionEvent,
  challengeBody,
  larkRequest,
  messageEvent,
  signHeaders,
  TEST_ENCRYPT_KEY,
  TEST_TOKEN,
} from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { until } from '../support/until';
import { echo, startTestBot, type TestBot } from './start-test-bot';

const textOf = (content: string) => (JSON.parse(content) as { text: string }).text;

describe('the Lark webhook', () => {
  let fake: FakeLark;
  let bot: TestBot;
  beforeEach(async () => {
    fake = await FakeLark.start();
    bot = await startTestBot(fake);
  });
  afterEach(async () => {
    await bot.close();
    await fake.close();
  });

  it('acknowledges a signed encrypted question and replies to it through the reply API', async () => {
    const event = messageEvent({ messageId: 'om_q1', chatId: 'oc_a', text: '任务 3.2' });
    fake.knowMessage('om_q1', 'oc_a');
    const res = await bot.post('/webhook/event', larkRequest(event));
    expect(res.status).toBe(200);
    await bot.bot.idle();
    const replies = fake.repliesTo('om_q1');
    expect(replies).toHaveLength(1);
    expect(textOf(replies[0]!.content)).toBe('答:任务 3.2');
    expect(replies[0]!.uuid).toMatch(/^[0-9a-f-]{36}$/);
    const call = fake.requests.find((r) => r.path === '/open-apis/im/v1/messages/om_q1/reply')!;
    expect(String(call.headers.authorization)).toMatch(/^Bearer t-fake-/);
  });

  it('answers a retried event once, whether the retry has the same or a new event_id', async () => {
    const event = messageEvent({ messageId: 'om_retry', eventId: 'ev1' });
    const again = { ...event, header: { ...(event.header as object), event_id: 'ev2' } };
    const statuses = await Promise.all([
      bot.post('/webhook/event', larkRequest(event)).then((r) => r.status),
      bot.post('/webhook/event', larkRequest(event)).then((r) => r.status),
      bot.post('/webhook/event', larkRequest(again)).then((r) => r.status),
    ]);
    expect(statuses).toEqual([200, 200, 200]);
    await bot.bot.idle();
    expect(fake.repliesTo('om_retry')).toHaveLength(1);
    expect(bot.seen).toHaveLength(1);
  });

  it('refuses a forged signature, a stale timestamp and an unsigned event with 401', async () => {
    const event = messageEvent({ messageId: 'om_forged' });
    const forged = larkRequest(event);
    forged.headers['x-lark-signature'] = 'a'.repeat(64);
    expect((await bot.post('/webhook/event', forged)).status).toBe(401);
    const stale = larkRequest(event, { timestamp: String(Math.floor(Date.now() / 1000) - 301) });
    expect((await bot.post('/webhook/event', stale)).status).toBe(401);
    expect((await bot.post('/webhook/event', larkRequest(event, { signed: false }))).status).toBe(401);
    expect((await bot.post('/webhook/event', larkRequest(event, { encryptKey: null }))).status).toBe(401);
    await bot.bot.idle();
    expect(fake.delivered).toHaveLength(0);
  });

  it('says 400 for malformed, undecryptable and non-event bodies and 413 for one over 1 MB', async () => {
    const headers = { 'content-type': 'application/json' };
    const malformed = '{"encrypt": ';
    const signedMalformed = {
      body: malformed,
      headers: { ...headers, ...signHeaders(malformed, { encryptKey: TEST_ENCRYPT_KEY }) },
    };
    expect((await bot.post('/webhook/event', signedMalformed)).status).toBe(400);
    const body = JSON.stringify({
      encrypt: Buffer.from('not really ciphertext!!!!!!!!!!!').toString('base64'),
    });
    const undecryptable = {
      body,
      headers: { ...headers, ...signHeaders(body, { encryptKey: TEST_ENCRYPT_KEY }) },
    };
    expect((await bot.post('/webhook/event', undecryptable)).status).toBe(400);
    const notJson = {
      body: 'hello',
      headers: { ...headers, ...signHeaders('hello', { encryptKey: TEST_ENCRYPT_KEY }) },
    };
    expect((await bot.post('/webhook/event', notJson)).status).toBe(400);
    expect(
      (await bot.post('/webhook/event', larkRequest({ token: TEST_TOKEN, hello: 'world' }))).status,
    ).toBe(400);
    const huge = 'x'.repeat(1024 * 1024 + 10);
    expect((await bot.post('/webhook/event', { body: huge, headers })).status).toBe(413);
  });

  it('answers the URL challenge, encrypted and unsigned, within a second', async () => {
    const started = Date.now();
    const res = await bot.post(
      '/webhook/event',
      larkRequest(challengeBody({ challenge: 'xyz' }), { signed: false }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'xyz' });
    expect(Date.now() - started).toBeLessThan(1000);
    const wrong = await bot.post(
      '/webhook/event',
      larkRequest(challengeBody({ token: 'bad' }), { signed: false }),
    );
    expect(wrong.status).toBe(401);
  });

  it('answers in a group only when @-mentioned, and everything in p2p', async () => {
    await bot.post('/webhook/event', larkRequest(messageEvent({ messageId: 'om_plain', mentionBot: false })));
    await bot.post(
      '/webhook/event',
      larkRequest(
        messageEvent({
          messageId: 'om_other',
          mentionBot: false,
          otherMentions: [{ openId: 'ou_alice', name: 'Alice' }],
        }),
      ),
    );
    await bot.post(
      '/webhook/event',
      larkRequest(
        messageEvent({
          messageId: 'om_at',
          text: '谁牵头',
          otherMentions: [{ openId: 'ou_alice', name: 'Alice' }],
        }),
      ),
    );
    await bot.post(
      '/webhook/event',
      larkRequest(messageEvent({ messageId: 'om_p2p', chatType: 'p2p', chatId: 'oc_p2p', text: '帮助' })),
    );
    await bot.bot.idle();
    expect(fake.repliesTo('om_plain')).toHaveLength(0);
    expect(fake.repliesTo('om_other')).toHaveLength(0);
    expect(fake.repliesTo('om_at')).toHaveLength(1);
    expect(fake.repliesTo('om_p2p')).toHaveLength(1);
    const atMessage = bot.seen.find((m) => m.messageId === 'om_at')!;
    expect(atMessage.text).not.toContain('@_user_1');
    expect(atMessage.mentions).toEqual([{ key: '@_user_2', openId: 'ou_alice', name: 'Alice' }]);
  });

  it('reads post messages, hands an image to the core as an attachment, and asks for text for a sticker', async () => {
    const post = JSON.stringify({
      title: '',
      content: [
        [
          { tag: 'at', user_id: '@_user_1', user_name: '审计助手' },
          { tag: 'text', text: ' 任务 ' },
          { tag: 'text', text: '3.2', style: ['bold'] },
        ],
      ],
    });
    await bot.post(
      '/webhook/event',
      larkRequest(messageEvent({ messageId: 'om_post', messageType: 'post', content: post })),
    );
    const image = JSON.stringify({ image_key: 'img_1' });
    await bot.post(
      '/webhook/event',
      larkRequest(messageEvent({ messageId: 'om_img', messageType: 'image', content: image })),
    );
    const sticker = JSON.stringify({ file_key: 'sticker_1' });
    await bot.post(
      '/webhook/event',
      larkRequest(messageEvent({ messageId: 'om_sticker', messageType: 'sticker', content: sticker })),
    );
    await bot.bot.idle();
    expect(bot.seen.find((m) => m.messageId === 'om_post')?.text).toBe('任务 3.2');
    expect(bot.seen.find((m) => m.messageId === 'om_img')?.attachment).toEqual({
      kind: 'image',
      key: 'img_1',
      name: '',
    });
    expect(textOf(fake.repliesTo('om_sticker')[0]!.content)).toContain('请发送文字');
    expect(bot.seen.find((m) => m.messageId === 'om_sticker')).toBeUndefined();
  });

  it('hands the core the sender’s name when Lark gives it quickly, and never waits more than a second', async () => {
    fake.users.set('ou_wang', '王处');
    await bot.post(
      '/webhook/event',
      larkRequest(messageEvent({ messageId: 'om_n1', senderOpenId: 'ou_wang' })),
    );
    await bot.bot.idle();
    expect(bot.seen.find((m) => m.messageId === 'om_n1')?.userName).toBe('王处');
    fake.userLatencyMs = 5000;
    const started = Date.now();
    await bot.post(
      '/webhook/event',
      larkRequest(messageEvent({ messageId: 'om_n2', senderOpenId: 'ou_li' })),
    );
    await until(() => fake.repliesTo('om_n2').length === 1, 4000, 'the answer');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(bot.seen.find((m) => m.messageId === 'om_n2')?.userName).toBeUndefined();
  });

  it('keeps a file message’s file in the inbox item and hands it to the core', async () => {
    const content = JSON.stringify({ file_key: 'file_v2_k1', file_name: '整改报告.docx' });
    await bot.post(
      '/webhook/event',
      larkRequest(messageEvent({ messageId: 'om_file', messageType: 'file', content })),
    );
    await bot.bot.idle();
    expect(bot.seen.find((m) => m.messageId === 'om_file')).toMatchObject({
      text: '',
      attachment: { kind: 'file', key: 'file_v2_k1', name: '整改报告.docx' },
    });
    const inbox = readFileSync(join(bot.dataDir, 'inbox.jsonl'), 'utf8');
    const record = inbox
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { k: string; job?: { attachment?: unknown } })
      .find((r) => r.k === 'm:om_file' && r.job);
    expect(record?.job?.attachment).toEqual({ kind: 'file', key: 'file_v2_k1', name: '整改报告.docx' });
  });

  it('posts a welcome card when added to a group', async () => {
    const res = await bot.post('/webhook/event', larkRequest(botAddedEvent({ chatId: 'oc_new' })));
    expect(res.status).toBe(200);
    await bot.bot.idle();
    const [welcome] = fake.inChat('oc_new');
    expect(welcome?.msgType).toBe('interactive');
    const card = JSON.parse(welcome!.content);
    expect(card.schema).toBe('2.0');
    expect(JSON.stringify(card.body.elements)).toContain('任务 3.2');
  });

  it('answers a card callback with a toast, verified the same way, and its challenge', async () => {
    const res = await bot.post('/webhook/card', larkRequest(cardActionEvent({ value: { cmd: '帮助' } })));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ toast: { type: 'info', content: '答:帮助' } });
    const forged = larkRequest(cardActionEvent());
    forged.headers['x-lark-signature'] = '0'.repeat(64);
    expect((await bot.post('/webhook/card', forged)).status).toBe(401);
    const unsigned = larkRequest(cardActionEvent(), { encryptKey: null });
    expect((await bot.post('/webhook/card', unsigned)).status).toBe(401);
    const challenge = await bot.post(
      '/webhook/card',
      larkRequest(challengeBody({ challenge: 'card-cb' }), { signed: false }),
    );
    expect(await challenge.json()).toEqual({ challenge: 'card-cb' });
    expect(bot.seen.map((m) => m.text)).toEqual(['帮助']);
  });

  it('honours 429 with its reset header, backs off on 230020 and 5xx, and checks code on HTTP 200', async () => {
    fake.failNext(
      { status: 429, code: 99991400, headers: { 'x-ogw-ratelimit-reset': '3' } },
      { status: 400, code: 230020 },
      { status: 502 },
      { status: 200, code: 99991400, msg: 'busy' },
    );
    const started = Date.now();
    await bot.post('/webhook/event', larkRequest(messageEvent({ messageId: 'om_flaky' })));
    await bot.bot.idle();
    expect(fake.repliesTo('om_flaky')).toHaveLength(1);
    // The 429 asked for three seconds of silence — longer than the default pause and every other back-off
    // together, so this fails if the header is ignored.
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
    const tries = fake.requests.filter((r) => r.path === '/open-apis/im/v1/messages/om_flaky/reply');
    expect(tries.map((r) => r.status)).toEqual([429, 400, 502, 200, 200]);
  });

  it('fetches a new tenant token when Lark rejects the cached one', async () => {
    await bot.post('/webhook/event', larkRequest(messageEvent({ messageId: 'om_tok1' })));
    await bot.bot.idle();
    fake.revokeTokens();
    await bot.post('/webhook/event', larkRequest(messageEvent({ messageId: 'om_tok2' })));
    await bot.bot.idle();
    expect(fake.repliesTo('om_tok2')).toHaveLength(1);
    const tokenFetches = fake.requests.filter(
      (r) => r.path === '/open-apis/auth/v3/tenant_access_token/internal',
    );
    expect(tokenFetches).toHaveLength(2);
  });

  it('retries a send Lark keeps failing until it takes it; one Lark refuses for good is set aside, logged and counted', async () => {
    fake.failNext(...Array.from({ length: 8 }, () => ({ status: 503 })));
    await bot.post('/webhook/event', larkRequest(messageEvent({ messageId: 'om_late', chatId: 'oc_x' })));
    await bot.bot.idle();
    expect(fake.repliesTo('om_late')).toHaveLength(1);
    fake.failNext({ status: 400, code: 230002, msg: 'bot not in chat' });
    await bot.post('/webhook/event', larkRequest(messageEvent({ messageId: 'om_fatal', chatId: 'oc_y' })));
    await bot.bot.idle();
    expect(fake.repliesTo('om_fatal')).toHaveLength(0);
    await bot.post('/webhook/event', larkRequest(messageEvent({ messageId: 'om_after' })));
    await bot.bot.idle();
    expect(fake.repliesTo('om_after')).toHaveLength(1);
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, undelivered: 1, owed: 0 });
    const setAside = readFileSync(join(bot.dataDir, UNDELIVERED_FILE), 'utf8').trim().split('\n');
    expect(setAside).toHaveLength(1);
    expect(JSON.parse(setAside[0]!)).toMatchObject({ chat: 'oc_y', replyTo: 'om_fatal', failed: 1 });
  });

  it('pushes job replies to a chat through the same outbox, once per key', async () => {
    const reply = {
      title: '逾期提醒',
      colour: 'red' as const,
      blocks: [{ type: 'paragraph' as const, content: '整改 1 已逾期' }],
    };
    const first = await bot.bot.send([{ chatId: 'oc_work', reply, key: 'reminders:2026-01-05' }]);
    expect(first).toEqual([{ key: 'reminders:2026-01-05', status: 'sent' }]);
    const again = await bot.bot.send([{ chatId: 'oc_work', reply, key: 'reminders:2026-01-05' }]);
    expect(again).toEqual([{ key: 'reminders:2026-01-05', status: 'duplicate' }]);
    const sent = fake.inChat('oc_work');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.replyTo).toBeUndefined();
    expect(JSON.parse(sent[0]!.content).header.template).toBe('red');
    const call = fake.requests.find((r) => r.path === '/open-apis/im/v1/messages')!;
    expect(call.query.receive_id_type).toBe('chat_id');
  });

  it('pushes a job reply to a person’s private chat by open_id', async () => {
    const reply = { blocks: [{ type: 'paragraph' as const, content: '2027 年的节假日安排未确认' }] };
    const sent = await bot.bot.send([
      { chatId: 'ou_admin_1', receiveIdType: 'open_id', reply, key: 'cal-2026-11-02' },
    ]);
    expect(sent).toEqual([{ key: 'cal-2026-11-02', status: 'sent' }]);
    expect(fake.inChat('p2p:ou_admin_1')).toHaveLength(1);
    const call = fake.requests.find((r) => r.path === '/open-apis/im/v1/messages')!;
    expect(call.query.receive_id_type).toBe('open_id');
  });

  it('keeps the order of answers within a chat', async () => {
    for (let i = 0; i < 8; i += 1) {
      fake.knowMessage(`om_ord${i}`, 'oc_order');
      await bot.post(
        '/webhook/event',
        larkRequest(messageEvent({ messageId: `om_ord${i}`, chatId: 'oc_order', text: `第${i}问` })),
      );
    }
    await bot.bot.idle();
    const texts = fake.inChat('oc_order').map((m) => textOf(m.content));
    expect(texts).toEqual(Array.from({ length: 8 }, (_, i) => `答:第${i}问`));
  });

  it('paces a burst under 50/s per app and 5/s per chat without a single refusal', async () => {
    const requests = [];
    for (let i = 0; i < 90; i += 1) {
      const chatId = `oc_burst_${i % 6}`;
      fake.knowMessage(`om_b${i}`, chatId);
      requests.push(larkRequest(messageEvent({ messageId: `om_b${i}`, chatId })));
    }
    const statuses = await Promise.all(
      requests.map((r) => bot.post('/webhook/event', r).then((res) => res.status)),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    await until(() => fake.delivered.length === 90, 20_000);
    expect(fake.violations).toEqual([]);
  });
});

describe('a command that never answers', () => {
  it('is answered 出错了 after the core timeout and holds up no other chat', async () => {
    const fake = await FakeLark.start();
    const bot = await startTestBot(fake, {
      handle: (m) => (m.text.includes('卡住') ? new Promise(() => {}) : echo(m)),
      coreTimeoutMs: 300,
    });
    try {
      await bot.post(
        '/webhook/event',
        larkRequest(messageEvent({ messageId: 'om_hang', chatId: 'oc_h', text: '卡住' })),
      );
      await bot.post(
        '/webhook/event',
        larkRequest(messageEvent({ messageId: 'om_fine', chatId: 'oc_f', text: '你好' })),
      );
      await until(() => fake.delivered.length === 2);
      expect(textOf(fake.repliesTo('om_hang')[0]!.content)).toContain('出错了');
      expect(textOf(fake.repliesTo('om_fine')[0]!.content)).toBe('答:你好');
    } finally {
      await bot.close();
      await fake.close();
    }
  });
});

describe('the Lark webhook in token-only mode', () => {
  it('refuses events and challenges with a wrong token and answers right ones', async () => {
    const fake = await FakeLark.start();
    const bot = await startTestBot(fake, { encryptKey: null });
    try {
      const wrong = larkRequest(messageEvent({ token: 'WRONG' }), { encryptKey: null });
      expect((await bot.post('/webhook/event', wrong)).status).toBe(401);
      const wrongChallenge = larkRequest(challengeBody({ token: 'WRONG' }), { encryptKey: null });
      expect((await bot.post('/webhook/event', wrongChallenge)).status).toBe(401);
      const right = larkRequest(challengeBody({ challenge: 'ok' }), { encryptKey: null });
      expect(await (await bot.post('/webhook/event', right)).json()).toEqual({ challenge: 'ok' });
      const event = larkRequest(messageEvent({ messageId: 'om_tok' }), { encryptKey: null });
      expect((await bot.post('/webhook/event', event)).status).toBe(200);
      await bot.bot.idle();
      expect(fake.repliesTo('om_tok')).toHaveLength(1);
    } finally {
      await bot.close();
      await fake.close();
    }
  });
});

describe('a bot that does not know its own open_id yet', () => {
  it('does not acknowledge a group message it cannot tell is meant for it, so Lark delivers it again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bot-noid-'));
    const sends: string[] = [];
    const lark: LarkApi = {
      botOpenId: () => Promise.reject(new Error('bot info unavailable')),
      reply: async (messageId) => {
        sends.push(messageId);
        return { ok: true };
      },
      sendToChat: async (chatId) => {
        sends.push(chatId);
        return { ok: true };
      },
    };
    const bot = await createBot({
      config: { dataDir, encryptKey: TEST_ENCRYPT_KEY, verificationToken: TEST_TOKEN },
      handle: echo,
      lark,
      clock: systemClock,
      logger: silentLogger,
      drainMs: 50,
    });
    try {
      bot.start();
      const event = messageEvent({ messageId: 'om_unsure', mentionBot: false });
      const { body, headers } = larkRequest(event);
      const res = await bot.app.request('/webhook/event', { method: 'POST', body, headers });
      expect(res.status).toBe(503);
      await bot.stop();
      expect(sends).toEqual([]);
      // Not acknowledged, so not recorded: the redelivery is a fresh event, not a duplicate.
      const inbox = await Inbox.open(dataDir, systemClock);
      expect(inbox.has('m:om_unsure')).toBe(false);
      await inbox.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('answers a private message that mentions no one at once: it needs no identity', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bot-noid-p2p-'));
    const sends: string[] = [];
    const lark: LarkApi = {
      botOpenId: () => Promise.reject(new Error('bot info unavailable')),
      reply: async (messageId) => {
        sends.push(messageId);
        return { ok: true };
      },
      sendToChat: async (chatId) => {
        sends.push(chatId);
        return { ok: true };
      },
    };
    const bot = await createBot({
      config: { dataDir, encryptKey: TEST_ENCRYPT_KEY, verificationToken: TEST_TOKEN },
      handle: echo,
      lark,
      clock: systemClock,
      logger: silentLogger,
      drainMs: 50,
    });
    try {
      bot.start();
      const event = messageEvent({ messageId: 'om_private', chatType: 'p2p' });
      const { body, headers } = larkRequest(event);
      const res = await bot.app.request('/webhook/event', { method: 'POST', body, headers });
      // Acknowledged, where a group message is not (the test before).
      expect(res.status).toBe(200);
      await bot.idle();
      expect(sends).toEqual(['om_private']);
    } finally {
      await bot.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('an inbox left by an earlier version', () => {
  it('answers a pending message it kept raw by today’s door rules, and only one meant for the bot', async () => {
    const fake = await FakeLark.start();
    const dataDir = mkdtempSync(join(tmpdir(), 'bot-legacy-'));
    // The old inbox kept `message.content` undecoded and every mention, the bot's included.
    const legacy = (messageId: string, mentionsBot: boolean) => ({
      t: 'in',
      k: `m:${messageId}`,
      at: Date.now(),
      job: {
        kind: 'message',
        eventId: `ev_${messageId}`,
        messageId,
        chatId: 'oc_legacy',
        chatType: 'group',
        messageType: 'text',
        content: JSON.stringify({ text: `${mentionsBot ? '@_user_1 ' : ''}你好` }),
        userId: 'ou_user_1',
        senderType: 'user',
        mentions: mentionsBot ? [{ key: '@_user_1', openId: fake.botOpenId, name: '审计助手' }] : [],
      },
    });
    writeFileSync(
      join(dataDir, 'inbox.jsonl'),
      `${[legacy('om_old_1', true), legacy('om_old_2', false)].map((r) => JSON.stringify(r)).join('\n')}\n`,
    );
    fake.knowMessage('om_old_1', 'oc_legacy');
    const bot = await startTestBot(fake, { dataDir });
    try {
      await until(() => fake.repliesTo('om_old_1').length === 1, 10_000, 'the legacy answer');
      expect(textOf(fake.repliesTo('om_old_1')[0]!.content)).toBe('答:你好');
      expect(bot.seen.map((m) => m.text)).toEqual(['你好']);
    } finally {
      await bot.close();
      await fake.close();
    }
    expect(fake.repliesTo('om_old_2')).toEqual([]);
    const inbox = await Inbox.open(dataDir, systemClock);
    expect(inbox.pending()).toEqual([]);
    expect(inbox.legacyPending()).toEqual([]);
    await inbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
