import { describe, expect, it } from 'vitest';
import { renderLark } from '../../src/bot/lark/render-lark';
import type { Reply } from '../../src/reply/reply';
import { list, paragraph, textReply } from '../../src/reply/reply';

const hostile =
  '<at user_id="all">所有人</at> <at id=all></at> [点我](https://evil.example) **粗** http://x.cn';

describe('renderLark', () => {
  it('sends a short answer as plain text', () => {
    const [message, ...rest] = renderLark(textReply('任务 3.2 由社保处牵头。'));
    expect(rest).toHaveLength(0);
    expect(message!.msgType).toBe('text');
    expect(JSON.parse(message!.content)).toEqual({ text: '任务 3.2 由社保处牵头。' });
  });

  it('sends a titled, multi-part answer as a schema 2.0 card with a coloured header', () => {
    const reply: Reply = {
      title: '任务 3.2',
      colour: 'green',
      blocks: [paragraph('甲'), list(['乙', '丙'])],
    };
    const [message] = renderLark(reply);
    expect(message!.msgType).toBe('interactive');
    const card = JSON.parse(message!.content);
    expect(card.schema).toBe('2.0');
    expect(card.header).toEqual({ title: { tag: 'plain_text', content: '任务 3.2' }, template: 'green' });
    expect(card.body.elements.map((e: { tag: string }) => e.tag)).toEqual(['markdown', 'markdown']);
  });

  it('lets no @all, mention, link or markup from user text survive in a text message', () => {
    const text = JSON.parse(renderLark(textReply(hostile))[0]!.content).text as string;
    expect(text).not.toMatch(/<at/i);
    expect(text).not.toMatch(/\]\s*\(/);
    expect(text).not.toContain('://');
    expect(text.replace(/\u200b/g, '')).toBe(hostile);
  });

  it('lets no @all, mention, link or markup from user text survive in a card', () => {
    const reply: Reply = {
      title: hostile,
      blocks: [paragraph(hostile), list([hostile]), paragraph([{ strong: hostile }])],
    };
    const content = renderLark(reply)[0]!.content;
    const card = JSON.parse(content);
    const markdown = JSON.stringify(card.body);
    expect(markdown).not.toMatch(/<at/i);
    expect(markdown).not.toMatch(/\]\(/);
    expect(markdown).not.toContain('://');
    expect(markdown).not.toMatch(/\*\*粗\*\*/);
    // The header title is plain_text, never parsed.
    expect(card.header.title.tag).toBe('plain_text');
  });

  it('keeps ordinary punctuation readable in a card: only markup characters are escaped', () => {
    const reply: Reply = {
      title: '谁牵头',
      blocks: [paragraph('牵头:投资处(二(三)3) - 覆盖率达到100%'), list(['甲'])],
    };
    const card = JSON.parse(renderLark(reply)[0]!.content);
    expect(card.body.elements[0].content).toBe('牵头:投资处(二(三)3) - 覆盖率达到100%');
  });

  it('renders a real mention from the core as a Lark mention, but never one for all', () => {
    const reply: Reply = {
      blocks: [
        paragraph([
          { mention: 'ou_alice', name: 'Alice' },
          { mention: 'all', name: '所有人' },
        ]),
      ],
    };
    const text = JSON.parse(renderLark(reply)[0]!.content).text as string;
    expect(text).toContain('<at user_id="ou_alice">Alice</at>');
    expect(text).not.toContain('user_id="all"');
  });

  it('makes a link the bot built clickable, and leaves one that could break out of it as text', () => {
    const url = 'https://audit.example.gov.cn/dash/signin?t=eyJ1Ijo.ab-c_d';
    const card = (href: string) =>
      JSON.parse(
        renderLark({ title: '看板', blocks: [paragraph([{ link: href, text: '点此[登录]' }])] })[0]!.content,
      ).body.elements[0].content as string;
    expect(card(url)).toBe(`[点此&#91;登录&#93;](${url})`);
    expect(card('javascript:alert(1)')).not.toContain('](');
    expect(card('https://x.cn/a)(b')).not.toContain('](');
    const text = JSON.parse(
      renderLark({ blocks: [paragraph([{ link: url, text: '登录' }])] })[0]!.content,
    ).text;
    expect(text).toBe(`登录:${url}`);
  });

  it('turns a chart block into the card chart element', () => {
    const spec = { type: 'bar', data: { values: [{ x: 'a', y: 1 }] }, xField: 'x', yField: 'y' };
    const reply: Reply = {
      title: '进度',
      blocks: [{ type: 'chart', title: '完成率', spec, fallback: ['a 1'] }],
    };
    const card = JSON.parse(renderLark(reply)[0]!.content);
    const chart = card.body.elements.find((e: { tag: string }) => e.tag === 'chart');
    expect(chart.chart_spec).toEqual(spec);
    expect(chart.fallback).toBeUndefined();
  });

  it('replaces a chart too large to send by its fallback, split into cards under 30 KB', () => {
    const values = Array.from({ length: 3000 }, (_, i) => ({ x: `任务${i}`, y: i }));
    const fallback = values.map((v) => `${v.x} 完成率 ${v.y}%`);
    const messages = renderLark({
      title: '进度',
      blocks: [{ type: 'chart', title: '完成率', spec: { type: 'bar', data: { values } }, fallback }],
    });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages)
      expect(Buffer.byteLength(JSON.stringify({ content: m.content }))).toBeLessThan(30 * 1024);
    const all = messages.map((m) => m.content).join('');
    expect(all).not.toContain('"chart"');
    expect(all).toContain('任务2999 完成率 2999%');
  });

  it('splits a long card answer into cards under 30 KB and keeps every line', () => {
    const items = Array.from({ length: 3000 }, (_, i) => `第${i}项 共同富裕示范区建设任务推进情况`);
    const messages = renderLark({ title: '清单', blocks: [list(items)] });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages)
      expect(Buffer.byteLength(JSON.stringify({ content: m.content }))).toBeLessThan(30 * 1024);
    const all = messages.map((m) => m.content).join('');
    expect(all).toContain('第2999项');
    expect(JSON.parse(messages[1]!.content).header.title.content).toMatch(/^清单\(2\/\d+\)$/);
  });

  it('splits an enormous single paragraph without breaking an escape', () => {
    const messages = renderLark({ title: '长', blocks: [paragraph('<'.repeat(20_000))] });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      const content = JSON.parse(m.content).body.elements[0].content as string;
      expect(content).toMatch(/^(&#60;)+$/);
    }
  });

  it('shows actions as buttons and root-level forms whose values carry the command to run', () => {
    const reply: Reply = {
      title: 'ZG-2026-001',
      blocks: [
        paragraph('甲'),
        {
          type: 'actions',
          actions: [
            { label: '查看经过', command: '整改 查看 ZG-2026-001' },
            {
              label: '延期',
              style: 'primary',
              command: '整改 延期 ZG-2026-001 {期限} {理由}',
              fields: [
                { name: '期限', label: '新期限', kind: 'date' },
                { name: '理由', label: '理由', kind: 'text' },
              ],
            },
            {
              label: '指派',
              command: '目标 指派 {序号} 社保处',
              fields: [
                { name: '序号', label: '序号', kind: 'select', options: [{ value: '1', label: '目标1' }] },
              ],
            },
          ],
        },
      ],
    };
    const [message, ...rest] = renderLark(reply);
    expect(rest).toHaveLength(0);
    const elements = JSON.parse(message!.content).body.elements;
    expect(elements.map((e: { tag: string }) => e.tag)).toEqual(['markdown', 'button', 'form', 'form']);
    // Every button carries the card's stamp: the same for all its buttons, another for the card in another state.
    const stamp = elements[1].behaviors[0].value.r;
    expect(stamp).toMatch(/^[\w-]{8,}$/);
    expect(elements[1].behaviors).toEqual([
      { type: 'callback', value: { cmd: '整改 查看 ZG-2026-001', r: stamp } },
    ]);
    const changed = JSON.parse(
      renderLark({ ...reply, blocks: [paragraph('乙'), ...reply.blocks.slice(1)] })[0]!.content,
    );
    expect(changed.body.elements[1].behaviors[0].value.r).not.toBe(stamp);
    expect(JSON.parse(renderLark(reply)[0]!.content).body.elements[1].behaviors[0].value.r).toBe(stamp);
    const [extend, assign] = [elements[2], elements[3]];
    expect(extend.elements.map((e: { tag: string; name: string }) => [e.tag, e.name])).toEqual([
      ['date_picker', 'd0_0'],
      ['input', 't0_1'],
      ['button', 'submit_0'],
    ]);
    expect(extend.elements[2]).toMatchObject({
      form_action_type: 'submit',
      type: 'primary_filled',
      behaviors: [{ type: 'callback', value: { cmd: '整改 延期 ZG-2026-001 {d0_0} {t0_1}', r: stamp } }],
    });
    expect(assign.elements[0]).toMatchObject({
      tag: 'select_static',
      name: 's1_0',
      options: [{ text: { tag: 'plain_text', content: '目标1' }, value: '1' }],
    });
  });
});
