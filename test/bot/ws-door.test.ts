import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Bot, type BotDeps, createBot } from '../../src/bot/create-bot';
import { createLarkApi, type LarkApi } from '../../src/bot/lark/lark-api';
import { Pacer } from '../../src/bot/worker/pacer';
import { systemClock } from '../../src/clock';
import { handleMessage } from '../../src/commands/handle-message';
import { createLogger } from '../../src/logger';
import type { IncomingMessage } from '../../src/message/incoming-message';
import type { Reply } from '../../src/reply/reply';
import { textReply } from '../../src/reply/reply';
import { botAddedEvent, cardActionEvent, messageEvent } from '../fixtures/lark/events';
import { cardProblems } from '../support/card-schema';
import { FakeLark } from '../support/fake-lark';
import { until } from '../support/until';
import { type FoundAction, findAction, formValueOf } from './card-actions';
import { CHAT, HEAD, type LedgerFixture, ledgerFixture, MEMBER } from './ledger-fixture';

// LARK_MODE=ws: the SDK's real WSClient against the fake Lark's long connection (the endpoint call, then a
// WebSocket speaking the SDK's protobuf frames). Events go through the same door rules, inbox and worker as
// webhooks; each frame is acknowledged after its inbox write; card clicks are answered in the ack.

const textOf = (content: string) => (JSON.parse(content) as { text: string }).text;

interface WsBot {
  bot: Bot;
  dataDir: string;
  seen: IncomingMessage[];
  logs: string[];
  health(): Promise<{ ok: boolean; mode: string; connected: boolean }>;
  close(): Promise<void>;
}

async function startWsBot(
  fake: FakeLark,
  options: { handle?: BotDeps['handle']; lark?: LarkApi } = {},
): Promise<WsBot> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ws-bot-'));
  const seen: IncomingMessage[] = [];
  const logs: string[] = [];
  const echo = async (m: IncomingMessage): Promise<Reply> => textReply(`答:${m.text}`);
  const handle = options.handle ?? echo;
  const bot = await createBot({
    config: {
      dataDir,
      larkMode: 'ws',
      lark: { appId: fake.appId, appSecret: fake.appSecret },
      larkDomain: fake.url,
    },
    handle: async (m, o) => {
      seen.push(m);
      return handle(m, o);
    },
    lark: options.lark ?? createLarkApi({ appId: fake.appId, appSecret: fake.appSecret, domain: fake.url }),
    clock: systemClock,
    logger: createLogger((line) => logs.push(line)),
    pacer: new Pacer(),
    outbox: { backoffMs: 20 },
    welcomeUsages: ['帮助'],
  });
  bot.start();
  const health = async () =>
    (await (await bot.app.request('/healthz')).json()) as { ok: boolean; mode: string; connected: boolean };
  await until(async () => (await health()).connected && fake.ws.connected > 0, 10_000, 'the long connection');
  return {
    bot,
    dataDir,
    seen,
    logs,
    health,
    async close() {
      await bot.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe('the long-connection door', () => {
  let fake: FakeLark;
  let ws: WsBot;
  beforeEach(async () => {
    fake = await FakeLark.start();
    ws = await startWsBot(fake);
  });
  afterEach(async () => {
    await ws.close();
    await fake.close();
  });

  it('connects with the app’s credentials, pings, and serves only /healthz over HTTP', async () => {
    const endpoint = fake.requests.find((r) => r.path === '/callback/ws/endpoint')!;
    expect(endpoint.body).toEqual({ AppID: fake.appId, AppSecret: fake.appSecret });
    expect(fake.ws.pings).toBeGreaterThanOrEqual(1);
    expect(await ws.health()).toMatchObject({ ok: true, mode: 'ws', connected: true });
    expect((await ws.bot.app.request('/webhook/event', { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await ws.bot.app.request('/webhook/card', { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('acknowledges a message only once it is in the inbox, within 3 s, and answers it by the reply API', async () => {
    let inboxAtAck = '';
    fake.ws.onAck = () => {
      inboxAtAck = readFileSync(join(ws.dataDir, 'inbox.jsonl'), 'utf8');
    };
    fake.knowMessage('om_ws1', 'oc_a');
    const ack = await fake.ws.push(messageEvent({ messageId: 'om_ws1', chatId: 'oc_a', text: '任务 3.2' }));
    expect(ack.code).toBe(200);
    expect(ack.ackAt - ack.sentAt).toBeLessThan(3000);
    expect(inboxAtAck).toContain('"k":"m:om_ws1"');
    await ws.bot.idle();
    expect(fake.repliesTo('om_ws1').map((m) => textOf(m.content))).toEqual(['答:任务 3.2']);
  });

  it('merges an event sent in fragments (sum/seq)', async () => {
    const long = `搜索 ${'共同富裕'.repeat(500)}`;
    const ack = await fake.ws.push(messageEvent({ messageId: 'om_frag', text: long }), { fragments: 4 });
    expect(ack.code).toBe(200);
    await ws.bot.idle();
    expect(ws.seen.map((m) => m.text)).toEqual([long]);
  });

  it('applies the door rules: answers once however often an event is pushed, only when @-mentioned in a group', async () => {
    const event = messageEvent({ messageId: 'om_again', text: '帮助' });
    await fake.ws.push(event);
    await fake.ws.push(event);
    await fake.ws.push({ ...event, header: { ...(event.header as object), event_id: 'another' } });
    await fake.ws.push(messageEvent({ messageId: 'om_unmentioned', mentionBot: false }));
    await ws.bot.idle();
    expect(fake.repliesTo('om_again')).toHaveLength(1);
    expect(fake.repliesTo('om_unmentioned')).toHaveLength(0);
    expect(ws.seen.map((m) => m.messageId)).toEqual(['om_again']);
  });

  it('posts the welcome card when added to a group', async () => {
    await fake.ws.push(botAddedEvent({ chatId: 'oc_joined' }));
    await ws.bot.idle();
    const [welcome] = fake.inChat('oc_joined');
    expect(welcome?.msgType).toBe('interactive');
  });

  it('logs a lost connection, shows it in /healthz, and is back once Lark takes connections again', async () => {
    fake.ws.refusing = true;
    fake.ws.dropAll();
    await until(async () => !(await ws.health()).connected, 5000, 'healthz to show the lost connection');
    expect(await ws.health()).toMatchObject({ ok: true, mode: 'ws', connected: false });
    expect(ws.logs.join('')).toContain('长连接已断开');
    const calls = fake.ws.endpointCalls;
    await until(() => fake.ws.endpointCalls > calls, 5000, 'a reconnect attempt');
    fake.ws.refusing = false;
    await until(async () => (await ws.health()).connected && fake.ws.connected > 0, 10_000, 'the reconnect');
    expect(ws.logs.join('')).toContain('长连接已恢复');
    fake.knowMessage('om_after', 'oc_b');
    await fake.ws.push(messageEvent({ messageId: 'om_after', chatId: 'oc_b' }));
    await ws.bot.idle();
    expect(fake.repliesTo('om_after')).toHaveLength(1);
  });
});

describe('card clicks over the long connection', () => {
  let fake: FakeLark;
  let ws: WsBot;
  let ledger: LedgerFixture;
  let card: Record<string, unknown>;
  let cardMessageId: string;

  const click = async (operator: string, action: FoundAction, values: string[], eventId?: string) => {
    const cardToken = fake.issueCardToken();
    const ack = await fake.ws.push(
      cardActionEvent({
        operatorOpenId: operator,
        chatId: CHAT,
        messageId: cardMessageId,
        cardToken,
        value: action.value,
        ...(action.fields.length > 0 ? { formValue: formValueOf(action, values) } : {}),
        ...(eventId ? { eventId } : {}),
      }),
    );
    fake.callbackAnswered(cardToken);
    const answer = ack.data as { toast: { type: string; content: string }; card?: { data: unknown } };
    if (answer.card) expect(cardProblems(answer.card.data)).toEqual([]);
    return { ack, answer };
  };

  beforeEach(async () => {
    fake = await FakeLark.start();
    ledger = ledgerFixture();
    ws = await startWsBot(fake, { handle: (m, o) => handleMessage(m, ledger.deps, o) });
    await ws.bot.send([ledger.reminder()]);
    const [posted] = fake.inChat(CHAT);
    cardMessageId = posted!.messageId;
    card = JSON.parse(posted!.content);
  });
  afterEach(async () => {
    await ws.close();
    await fake.close();
    ledger.close();
  });

  it('closes for a 处长 and asks review for a 成员, answering in the ack; a pushed-again click changes nothing', async () => {
    const [first, second] = ledger.items;
    const close = findAction(card, `整改 销号 ${first}`)!;
    const event = 'ev_ws_click_1';
    const done = await click(HEAD, close, ['资金已全部收回'], event);
    expect(done.ack.code).toBe(200);
    expect(done.ack.ackAt - done.ack.sentAt).toBeLessThan(3000);
    expect(done.answer.toast).toEqual({ type: 'success', content: `${first} 已销号` });
    expect(ledger.deps.store.item(first!)).toMatchObject({ status: '已销号' });
    const records = ledger.journal().length;
    const again = await click(HEAD, close, ['资金已全部收回'], event);
    expect(again.answer).toEqual(done.answer);
    expect(ledger.journal()).toHaveLength(records);

    const asked = await click(MEMBER, findAction(card, `整改 销号 ${second}`)!, ['已整改到位']);
    expect(asked.answer.toast.type).toBe('success');
    expect(ledger.deps.store.item(second!)).toMatchObject({ status: '待审核' });
  });
});

describe('a long-connection bot that does not know its own open_id yet', () => {
  it('acks a group message with 500 so that Lark pushes it again, and records nothing', async () => {
    const fake = await FakeLark.start();
    const real = createLarkApi({ appId: fake.appId, appSecret: fake.appSecret, domain: fake.url });
    const blind: LarkApi = { ...real, botOpenId: () => Promise.reject(new Error('bot info unavailable')) };
    const ws = await startWsBot(fake, { lark: blind });
    try {
      const ack = await fake.ws.push(messageEvent({ messageId: 'om_unsure', mentionBot: false }));
      expect(ack.code).toBe(500);
      expect(readFileSync(join(ws.dataDir, 'inbox.jsonl'), 'utf8')).not.toContain('om_unsure');
    } finally {
      await ws.close();
      await fake.close();
    }
  });
});
