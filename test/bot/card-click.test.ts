import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import type { IncomingMessage } from '../../src/message/incoming-message';
import type { Reply } from '../../src/reply/reply';
import { cardActionEvent, larkRequest, messageEvent } from '../fixtures/lark/events';
import { cardProblems } from '../support/card-schema';
import { ADMIN } from '../support/core';
import { FakeLark } from '../support/fake-lark';
import { until } from '../support/until';
import { type FoundAction, findAction, formValueOf } from './card-actions';
import { CHAT, HEAD, type LedgerFixture, ledgerFixture, MEMBER, OTHER, STRANGER } from './ledger-fixture';
import { startTestBot, type TestBot } from './start-test-bot';

// A click on a card is the command its button stands for, typed by whoever clicked: the real core, the real
// SDK client against the fake Lark, real HTTP through Hono, signed and encrypted callbacks.

interface ClickResult {
  status: number;
  body: {
    toast?: { type: string; content: string };
    card?: { type: string; data: Record<string, unknown> };
  };
  eventId: string;
  cardToken: string;
}

describe('clicks on the bot’s cards (webhook)', () => {
  let fake: FakeLark;
  let bot: TestBot;
  let ledger: LedgerFixture;
  let deps: CoreDeps;
  let items: string[];
  let card: Record<string, unknown>;
  let cardMessageId: string;
  /** What a message's handling waits for first (a gate the test opens), if anything. */
  let slow: (m: IncomingMessage) => Promise<void> | undefined = () => undefined;

  const journal = () => ledger.journal();

  async function click(
    operator: string,
    action: FoundAction,
    values: string[] = [],
    eventId?: string,
  ): Promise<ClickResult> {
    const cardToken = fake.issueCardToken();
    const event = cardActionEvent({
      operatorOpenId: operator,
      chatId: CHAT,
      messageId: cardMessageId,
      cardToken,
      value: action.value,
      ...(action.fields.length > 0 ? { formValue: formValueOf(action, values) } : {}),
      ...(eventId ? { eventId } : {}),
    });
    const res = await bot.post('/webhook/card', larkRequest(event));
    fake.callbackAnswered(cardToken);
    const body = (await res.json()) as ClickResult['body'];
    if (body.card) expect(cardProblems(body.card.data)).toEqual([]);
    return {
      status: res.status,
      body,
      eventId: (event.header as { event_id: string }).event_id,
      cardToken,
    };
  }

  /** `整改 查看 <id>` sent to the bot: its answer, an item card, becomes the card clicked on. */
  async function openItemCard(id: string): Promise<void> {
    const messageId = `om_view_${id}`;
    fake.knowMessage(messageId, CHAT);
    await bot.post(
      '/webhook/event',
      larkRequest(messageEvent({ messageId, chatId: CHAT, senderOpenId: HEAD, text: `整改 查看 ${id}` })),
    );
    await until(() => fake.repliesTo(messageId).length === 1, 10_000, 'the item card');
    const [reply] = fake.repliesTo(messageId);
    cardMessageId = reply!.messageId;
    card = JSON.parse(reply!.content);
  }

  const action = (command: string): FoundAction => {
    const found = findAction(card, command);
    if (!found) throw new Error(`no action ${command} on the card`);
    return found;
  };

  beforeEach(async () => {
    fake = await FakeLark.start();
    ledger = ledgerFixture();
    ({ deps, items } = ledger);
    slow = () => undefined;
    bot = await startTestBot(fake, {
      handle: async (m, options) => {
        await slow(m);
        return handleMessage(m, deps, options);
      },
      clickBudgetMs: 400,
    });
    // Today's reminder for 社保处, each item with its buttons, as the bot posts it to the work group.
    const reminder = ledger.reminder();
    expect(await bot.bot.send([reminder])).toEqual([{ key: reminder.key, status: 'sent' }]);
    const [posted] = fake.inChat(CHAT);
    cardMessageId = posted!.messageId;
    card = JSON.parse(posted!.content);
  });

  afterEach(async () => {
    await bot.close();
    await fake.close();
    ledger.close();
  });

  it('closes an item from a reminder’s 销号 form for the 处长, leaving the reminder of the others as it is', async () => {
    const close = action(`整改 销号 ${items[0]}`);
    expect(close.fields).toHaveLength(1);
    const before = journal().length;
    const result = await click(HEAD, close, ['资金已全部收回']);
    expect(result.status).toBe(200);
    expect(result.body.toast).toEqual({ type: 'success', content: `${items[0]} 已销号` });
    // The reminder lists other items too: it is not replaced by the card of this one.
    expect(result.body.card).toBeUndefined();
    expect(deps.store.item(items[0]!)).toMatchObject({ status: '已销号' });
    // Journaled as one transaction, under the press's id (who pressed which button of which drawing).
    const records = journal().slice(before);
    expect(records.map((r) => r.type)).toEqual(['zg.close', 'outcome']);
    expect(records[0]!.msg).toMatch(/^click:/);
    expect(records[1]!.msg).toBe(records[0]!.msg);
  });

  it('redraws an item card in its new state when 销号 is clicked on it', async () => {
    await openItemCard(items[0]!);
    const result = await click(HEAD, action(`整改 销号 ${items[0]}`), ['资金已全部收回']);
    expect(result.body.toast).toEqual({ type: 'success', content: `${items[0]} 已销号` });
    const redrawn = JSON.stringify(result.body.card!.data);
    expect(redrawn).toContain('已销号');
    // The closed item's card offers what is left to do with it, not 销号 again.
    expect(redrawn).not.toContain(`整改 销号 ${items[0]}`);
  });

  it('changes nothing when Lark delivers the click again, or the 处长 clicks twice', async () => {
    const close = action(`整改 销号 ${items[0]}`);
    const first = await click(HEAD, close, ['资金已全部收回']);
    const before = journal().length;
    const again = await click(HEAD, close, ['资金已全部收回'], first.eventId);
    expect(again.body).toEqual(first.body);
    // A double click is a new event on the same drawing of the card, with the same values: the same click.
    const twice = await click(HEAD, close, ['资金已全部收回']);
    expect(twice.eventId).not.toBe(first.eventId);
    expect(twice.body).toEqual(first.body);
    // Another close of the closed item (other words) is refused by the item's state.
    const other = await click(HEAD, close, ['重复提交']);
    expect(other.body.toast?.type).toBe('error');
    expect(other.body.toast?.content).toContain('已于');
    expect(other.body.card).toBeUndefined();
    expect(journal()).toHaveLength(before);
    expect(deps.store.item(items[0]!)!.history.filter((h) => h.kind === '销号')).toHaveLength(1);
  });

  it('records a form pressed twice before its card is redrawn once; pressed again on the redrawn card, again', async () => {
    await openItemCard(items[1]!);
    const note = action(`整改 进展 ${items[1]}`);
    const notes = () => deps.store.item(items[1]!)!.history.filter((h) => h.kind === '进展').length;
    const before = notes();
    // Both presses reach the bot before either answer: the second waits for the first and gets its answer.
    const [first, second] = await Promise.all([
      click(HEAD, note, ['已约谈被审计单位']),
      click(HEAD, note, ['已约谈被审计单位']),
    ]);
    expect(first.body.toast?.type).toBe('success');
    expect(second.body).toEqual(first.body);
    expect(notes()).toBe(before + 1);
    // The redrawn card is a new drawing: the same words sent from it are a second note, as a person meant.
    card = first.body.card!.data;
    const third = await click(HEAD, action(`整改 进展 ${items[1]}`), ['已约谈被审计单位']);
    expect(third.body.toast?.type).toBe('success');
    expect(notes()).toBe(before + 2);
    // Someone else pressing the same button of the same drawing is their own click.
    const byMember = await click(MEMBER, action(`整改 进展 ${items[1]}`), ['已约谈被审计单位']);
    expect(byMember.body.toast?.type).toBe('success');
    expect(notes()).toBe(before + 3);
  });

  it('lets a refused click be pressed again: a refusal recorded nothing, so the same press later runs', async () => {
    const close = action(`整改 销号 ${items[0]}`);
    const refused = await click(STRANGER, close, ['资金已全部收回']);
    expect(refused.body.toast?.type).toBe('error');
    // An admin puts the stranger on the roster as 社保处's 处长; the same button, the same words, pressed again.
    fake.knowMessage('om_grant', CHAT);
    await bot.post(
      '/webhook/event',
      larkRequest(
        messageEvent({
          messageId: 'om_grant',
          chatId: CHAT,
          senderOpenId: ADMIN,
          text: `成员 添加 ${STRANGER} 社保处 处长`,
        }),
      ),
    );
    await until(() => fake.repliesTo('om_grant').length === 1, 10_000, 'the roster change');
    const granted = await click(STRANGER, close, ['资金已全部收回']);
    expect(granted.body.toast).toEqual({ type: 'success', content: `${items[0]} 已销号` });
    expect(deps.store.item(items[0]!)).toMatchObject({ status: '已销号' });
  });

  it('asks for review when a 成员 closes, and the 处长’s 通过 on the next reminder closes it', async () => {
    const asked = await click(MEMBER, action(`整改 销号 ${items[1]}`), ['已整改到位']);
    expect(asked.body.toast).toMatchObject({ type: 'success', content: `${items[1]} 已申请销号,待审核` });
    expect(deps.store.item(items[1]!)).toMatchObject({ status: '待审核' });
    // The next reminder asks the reviewers, with 通过 and 驳回 on the pending item.
    const next = { ...ledger.reminder(), key: 'rem-next' };
    await bot.bot.send([next]);
    card = JSON.parse(fake.inChat(CHAT).at(-1)!.content);
    expect(findAction(card, `整改 驳回 ${items[1]}`)?.fields).toHaveLength(1);
    const approved = await click(HEAD, action(`整改 审核 ${items[1]}`));
    expect(approved.body.toast).toMatchObject({ type: 'success', content: `${items[1]} 审核通过,已销号` });
    expect(deps.store.item(items[1]!)).toMatchObject({ status: '已销号' });
  });

  it('refuses the click of someone without the right: an error toast, the card left alone, nothing recorded', async () => {
    const before = journal().length;
    const close = action(`整改 销号 ${items[0]}`);
    const stranger = await click(STRANGER, close, ['随便写写']);
    expect(stranger.body.toast?.type).toBe('error');
    expect(stranger.body.toast?.content).toContain('成员名单');
    expect(stranger.body.card).toBeUndefined();
    const other = await click(OTHER, close, ['越权']);
    expect(other.body.toast?.type).toBe('error');
    expect(other.body.toast?.content).toContain('社保处');
    // A button of someone else's card, clicked by a 成员: the same refusal as typing it.
    const review = await click(MEMBER, { value: { cmd: `整改 审核 ${items[0]} 通过` }, fields: [] });
    expect(review.body.toast?.type).toBe('error');
    expect(journal()).toHaveLength(before);
    expect(deps.store.item(items[0]!)).toMatchObject({ status: '整改中' });
  });

  it('reads the date picker of the 延期 form as the new deadline', async () => {
    const extend = action(`整改 延期 ${items[0]}`);
    expect(extend.fields.map((f) => f[0])).toEqual(['d', 't']);
    const result = await click(HEAD, extend, ['2027-03-31 +0800', '涉及跨年度预算调整']);
    expect(result.body.toast?.type).toBe('success');
    expect(deps.store.item(items[0]!)).toMatchObject({ deadline: '2027-03-31' });
    expect(deps.store.item(items[0]!)!.history.at(-1)).toMatchObject({
      kind: '延期',
      text: '涉及跨年度预算调整',
    });
  });

  it('records progress from the progress card: the task picked and the text typed', async () => {
    fake.knowMessage('om_progress', CHAT);
    await bot.post(
      '/webhook/event',
      larkRequest(messageEvent({ messageId: 'om_progress', chatId: CHAT, senderOpenId: HEAD, text: '进展' })),
    );
    await bot.bot.idle();
    const [reply] = fake.repliesTo('om_progress');
    card = JSON.parse(reply!.content);
    const submit = action('进展 ');
    expect(submit.fields.map((f) => f[0])).toEqual(['s', 't']);
    const [result, pressedAgain] = await Promise.all([
      click(HEAD, submit, ['3.2', '召开审计进点会']),
      click(HEAD, submit, ['3.2', '召开审计进点会']),
    ]);
    expect(result.body.toast).toEqual({ type: 'success', content: '已记录进展' });
    expect(pressedAgain.body).toEqual(result.body);
    // Recorded once, though submitted twice.
    expect(deps.store.progress().map((p) => [p.target, p.text])).toEqual([
      [{ kind: 'task', id: '3.2', plan: '2021-2025' }, '召开审计进点会'],
    ]);
  });

  it('runs nothing for a button it cannot read', async () => {
    const before = journal().length;
    const forged = await click(HEAD, { value: { action: 'ack' }, fields: [] });
    expect(forged.body.toast?.type).toBe('error');
    const empty = await click(HEAD, { value: { cmd: '  ' }, fields: [] });
    expect(empty.body.toast?.type).toBe('error');
    expect(journal()).toHaveLength(before);
  });

  it('answers a slow click at once and redraws its card afterwards, with the click’s token, once', async () => {
    await openItemCard(items[0]!);
    const held = gate();
    slow = (m) => (m.text.startsWith('整改 销号') ? held.wait : undefined);
    const started = Date.now();
    const result = await click(HEAD, action(`整改 销号 ${items[0]}`), ['资金已全部收回']);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.body.toast?.type).toBe('info');
    expect(result.body.card).toBeUndefined();
    held.open();
    await until(() => fake.cardUpdates.length === 1, 10_000, 'the delayed card update');
    await bot.bot.idle();
    expect(fake.cardUpdates[0]!.token).toBe(result.cardToken);
    expect(JSON.stringify(fake.cardUpdates[0]!.card)).toContain('已销号');
    expect(fake.repliesTo(cardMessageId)).toEqual([]);
    expect(journal().filter((r) => r.type === 'zg.close')).toHaveLength(1);
  });

  it('lets a click wait its turn behind a slow message in the same chat, then updates the card', async () => {
    await openItemCard(items[0]!);
    const held = gate();
    slow = (m) => (m.text === '慢' ? held.wait : undefined);
    fake.knowMessage('om_slow', CHAT);
    await bot.post(
      '/webhook/event',
      larkRequest(messageEvent({ messageId: 'om_slow', chatId: CHAT, text: '慢' })),
    );
    const result = await click(HEAD, action(`整改 销号 ${items[0]}`), ['资金已全部收回']);
    expect(result.body.toast?.type).toBe('info');
    held.open();
    await until(() => fake.cardUpdates.length === 1, 10_000, 'the delayed card update');
    const [answer] = fake.repliesTo('om_slow');
    expect(answer!.at).toBeLessThanOrEqual(fake.cardUpdates[0]!.at);
    expect(deps.store.item(items[0]!)).toMatchObject({ status: '已销号' });
  });

  it('answers a slow refusal as a reply to the card, never by redrawing the shared card', async () => {
    const held = gate();
    slow = () => held.wait;
    const result = await click(OTHER, action(`整改 销号 ${items[0]}`), ['越权']);
    expect(result.body.toast?.type).toBe('info');
    held.open();
    await until(() => fake.repliesTo(cardMessageId).length === 1, 10_000, 'the reply to the card');
    expect(fake.cardUpdates).toEqual([]);
    expect(fake.repliesTo(cardMessageId)[0]!.content).toContain('社保处');
  });
});

describe('a click whose token cannot be used', () => {
  it('gets its answer as a reply to the card', async () => {
    const fake = await FakeLark.start();
    const held = gate();
    const slowEcho = async (m: IncomingMessage): Promise<Reply> => {
      await held.wait;
      return { title: `答:${m.text}`, colour: 'green', blocks: [{ type: 'paragraph', content: '好' }] };
    };
    const bot = await startTestBot(fake, { handle: slowEcho, clickBudgetMs: 200 });
    try {
      fake.knowMessage('om_card_x', 'oc_x');
      const event = cardActionEvent({
        chatId: 'oc_x',
        messageId: 'om_card_x',
        cardToken: 'c-never-issued',
        value: { cmd: '帮助' },
      });
      const res = await bot.post('/webhook/card', larkRequest(event));
      expect(((await res.json()) as { toast: { type: string } }).toast.type).toBe('info');
      held.open();
      await until(() => fake.repliesTo('om_card_x').length === 1, 10_000, 'the reply to the card');
      expect(fake.repliesTo('om_card_x')[0]!.content).toContain('答:帮助');
    } finally {
      await bot.close();
      await fake.close();
    }
  });
});

/**
 * A handling held until the test opens it: slower than any click budget for as long as the test needs,
 * without sleeping a fixed time.
 */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => {};
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { wait, open };
}
