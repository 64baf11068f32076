import { describe, expect, it } from 'vitest';
import { renderCard, renderLark } from '../../src/bot/lark/render-lark';
import { welcomeReply } from '../../src/bot/welcome-reply';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { reminderActions } from '../../src/commands/ledger/reminder-actions';
import { commands } from '../../src/commands/registry';
import type { Action, Reply } from '../../src/reply/reply';
import { list } from '../../src/reply/reply';
import { digestReply } from '../../src/reports/digest';
import { onDemandPeriod } from '../../src/reports/digest-period';
import { reminders } from '../../src/reports/reminders';
import { cardProblems } from '../support/card-schema';
import { ADMIN, coreDeps, NOW } from '../support/core';
import { itemActions } from './card-actions';

// Every card the bot builds is checked against the card 2.0 subset it uses and Lark's limits: item cards with
// their buttons and forms, reminders with actions per item, the digest with its chart, help, the welcome
// card, replies split over several cards, and the one-card redraw of a click's answer. The checker itself is
// shown to fail on each rule it enforces.

type Card = Record<string, unknown> & { body: { elements: Record<string, unknown>[] } };

const cardsOf = (reply: Reply): Card[] =>
  renderLark(reply)
    .filter((m) => m.msgType === 'interactive')
    .map((m) => JSON.parse(m.content) as Card);

function expectValid(reply: Reply): Card[] {
  const cards = cardsOf(reply);
  for (const card of cards) expect(cardProblems(card)).toEqual([]);
  expect(cardProblems(renderCard(reply))).toEqual([]);
  return cards;
}

async function ask(deps: CoreDeps, text: string, userId = ADMIN): Promise<Reply> {
  return handleMessage({ text, userId, chatId: 'oc_t', at: NOW, messageId: `om_${Math.random()}` }, deps);
}

function withRegisteredItems(deps: CoreDeps, n: number): string[] {
  const meta = { by: ADMIN, at: new Date('2026-09-01T10:00:00+08:00') };
  deps.store.addMember(meta, { openId: 'ou_head', division: '社保处', role: '处长', name: '王处' });
  return Array.from(
    { length: n },
    (_, i) =>
      deps.store.registerItem(meta, {
        issue: `问题${i}:社保基金管理不规范`,
        unit: '市社保中心',
        division: '社保处',
        deadline: i % 2 === 0 ? '2026-11-20' : '2026-11-30',
        responsible: '王处',
        responsibleId: 'ou_head',
      }).id,
  );
}

describe('the cards the bot builds', () => {
  it('are valid for help, the welcome card, an item with its actions and the progress card', async () => {
    const deps = coreDeps();
    const [id] = withRegisteredItems(deps, 1);
    expectValid(await ask(deps, '帮助'));
    expectValid(welcomeReply(commands.map((c) => c.usage)));
    // The item card carries the actions its viewer may take (an admin: 进展, 延期, 销号 forms and more).
    const view = await ask(deps, `整改 查看 ${id}`);
    expect(view.blocks.some((b) => b.type === 'actions')).toBe(true);
    const [card] = expectValid(view);
    const tags = card!.body.elements.map((e) => e.tag);
    expect(tags.filter((t) => t === 'form').length).toBeGreaterThanOrEqual(2);
    const progress = await ask(deps, '进展');
    const [progressCard] = expectValid(progress);
    expect(progressCard!.body.elements.some((e) => e.tag === 'form')).toBe(true);
    deps.store.close();
  });

  it('are valid for a reminder with actions after every item, names unique across the card', () => {
    const deps = coreDeps();
    withRegisteredItems(deps, 20);
    const [reminder] = reminders(NOW, {
      ...deps,
      reminderChatId: 'oc_w',
      actionsFor: (item, today) =>
        reminderActions(item, today, { timeZone: deps.timeZone, divisions: ['社保处'] }),
    });
    const reply = reminder!.reply;
    const cards = expectValid(reply);
    expect(cards.length).toBeGreaterThan(1);
    // Each item's buttons are on the card of its line.
    for (const card of cards) {
      const text = JSON.stringify(card);
      for (const id of text.match(/\*\*ZG-\d{4}-\d{3}\*\*/g) ?? [])
        expect(text).toContain(`整改 销号 ${id.replace(/\*/g, '')} {`);
    }
    deps.store.close();
  });

  it('are valid for the digest with its chart', () => {
    const deps = coreDeps();
    withRegisteredItems(deps, 6);
    const reply = digestReply(onDemandPeriod(NOW, deps.store.lastDigest(), deps.timeZone), NOW, deps);
    const cards = expectValid(reply);
    expect(cards.some((c) => c.body.elements.some((e) => e.tag === 'chart'))).toBe(true);
    deps.store.close();
  });

  it('split a long reply with actions into valid cards, the actions on the last one', () => {
    const items = Array.from({ length: 3000 }, (_, i) => `第${i}项 共同富裕示范区建设任务推进情况`);
    const actions: Action[] = itemActions('ZG-2026-001', true);
    const reply: Reply = {
      title: '清单',
      blocks: [list(items), { type: 'actions', actions }],
    };
    const cards = expectValid(reply);
    expect(cards.length).toBeGreaterThan(1);
    expect(JSON.stringify(cards.at(-1))).toContain('"form"');
    for (const card of cards.slice(0, -1)) expect(JSON.stringify(card)).not.toContain('"form"');
    // As one card (a click's redraw): what fits, a note, and the actions.
    const one = JSON.stringify(renderCard(reply));
    expect(one).toContain('内容较长');
    expect(one).toContain('整改 销号 ZG-2026-001');
  });

  it('redraw even a one-line answer as a card', () => {
    expect(cardProblems(renderCard({ blocks: [{ type: 'paragraph', content: '好' }] }))).toEqual([]);
  });
});

describe('the card checker', () => {
  const base = (elements: unknown[]) => ({
    schema: '2.0',
    config: { update_multi: true },
    body: { elements },
  });
  const button = (value: unknown) => ({
    tag: 'button',
    text: { tag: 'plain_text', content: '按钮' },
    behaviors: [{ type: 'callback', value }],
  });
  const input = (name: string) => ({ tag: 'input', name });
  const submit = (name: string) => ({ ...button({ cmd: 'x' }), name, form_action_type: 'submit' });

  it('accepts a minimal card with a form', () => {
    expect(cardProblems(base([{ tag: 'form', name: 'f', elements: [input('a'), submit('s')] }]))).toEqual([]);
  });

  it.each([
    [
      'a form inside a column',
      base([
        {
          tag: 'column_set',
          columns: [{ tag: 'column', width: 'auto', elements: [{ tag: 'form', name: 'f', elements: [] }] }],
        },
      ]),
    ],
    ['a form without a submit button', base([{ tag: 'form', name: 'f', elements: [input('a')] }])],
    [
      'two fields of one name',
      base([{ tag: 'form', name: 'f', elements: [input('a'), input('a'), submit('s')] }]),
    ],
    ['a button value that is a string', base([button('ack')])],
    ['an unknown property', base([{ tag: 'markdown', content: 'x', colour: 'red' }])],
    ['a card that is not 2.0', { ...base([]), schema: '1.0' }],
    ['more than 200 components', base(Array.from({ length: 201 }, () => ({ tag: 'hr' })))],
    ['more than five charts', base(Array.from({ length: 6 }, () => ({ tag: 'chart', chart_spec: {} })))],
    ['more than 30 KB', base([{ tag: 'markdown', content: 'x'.repeat(31 * 1024) }])],
  ])('refuses %s', (_what, card) => {
    expect(cardProblems(card)).not.toEqual([]);
  });
});
