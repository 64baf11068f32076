import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLark } from '../../src/bot/lark/render-lark';
import { renderText } from '../../src/reply/render-text';
import type { Reply } from '../../src/reply/reply';
import { digest, digestReply } from '../../src/reports/digest';
import { scheduledPeriod } from '../../src/reports/digest-period';
import { ADMIN, DIGEST_CHAT, type JobFixture, jobFixture, shanghai } from '../jobs/job-fixture';

const MONDAY = shanghai('2026-11-23', '09:00');
/** The first digest sent on that Monday: the 7 days before it. */
const FIRST = scheduledPeriod('2026-11-23', undefined, 'Asia/Shanghai')!;

interface ChartSpec {
  type: string;
  xField: string[];
  yField: string;
  seriesField: string;
  data: { values: { division: string; series: string; count: number }[] };
}
interface Card {
  schema: string;
  header: { template: string };
  body: { elements: { tag: string; chart_spec?: ChartSpec }[] };
}

/** The card(s) Lark would receive for a reply, parsed back from the message content. */
function cards(reply: Reply) {
  return renderLark(reply).map((m) => {
    expect(m.msgType).toBe('interactive');
    return {
      bytes: Buffer.byteLength(m.content, 'utf8'),
      card: JSON.parse(m.content) as Card,
    };
  });
}

describe('the weekly digest', () => {
  let f: JobFixture;
  beforeEach(() => {
    f = jobFixture();
  });
  afterEach(() => f.cleanup());

  const progress = (at: Date, task: string, division: string, text: string) =>
    f.store.recordProgress({ by: 'ou_someone', at }, { target: { kind: 'task', id: task }, division, text });

  it('covers the 7 days before its instant: updates per division and task, with the latest line', () => {
    progress(shanghai('2026-11-16', '10:00'), '3.3', '投资处', '完成保障性租赁住房建设审计进点');
    progress(shanghai('2026-11-20', '16:00'), '3.3', '投资处', '形成审计报告初稿');
    progress(shanghai('2026-11-10', '10:00'), '3.2', '社保处', '上周以前的进展');
    progress(shanghai('2026-11-23', '09:30'), '3.2', '社保处', '周报之后的进展');
    const text = renderText(digestReply(FIRST, MONDAY, f.deps()));
    expect(text).toContain('2026-11-16 至 2026-11-22');
    expect(text).toMatch(/3\.3 [^\n]*本期 【2 条】[^\n]*形成审计报告初稿/);
    expect(text).not.toContain('上周以前的进展');
    expect(text).not.toContain('周报之后的进展');
    expect(text).toContain('本期 2026-11-16 至 2026-11-22(7 天)进展 【2 条】');
  });

  it('names tasks silent for 14 days or more, and not those reported lately', () => {
    progress(shanghai('2026-11-01', '10:00'), '3.2', '社保处', '三周前');
    progress(shanghai('2026-11-12', '10:00'), '2.3', '社保处', '十一天前');
    const text = renderText(digestReply(FIRST, MONDAY, f.deps()));
    const sb = text.slice(text.indexOf('■ 社保处'));
    expect(sb).toMatch(/沉寂 14 天以上[^\n]*3\.2[^\n]*上次 2026-11-01/);
    expect(sb.split('\n■')[0]).not.toMatch(/沉寂[^\n]*2\.3/);
  });

  it('lists ledger items opened, closed, 待审核, due soon and overdue with ids, and escalates those over 30 days', () => {
    const old = f.register(shanghai('2026-09-01'), {
      issue: '老问题',
      unit: '甲',
      division: '社保处',
      deadline: '2026-10-01',
    });
    const late = f.register(shanghai('2026-11-01'), {
      issue: '逾期',
      unit: '乙',
      division: '投资处',
      deadline: '2026-11-20',
    });
    const soon = f.register(shanghai('2026-11-17'), {
      issue: '临期',
      unit: '丙',
      division: '投资处',
      deadline: '2026-11-27',
    });
    const done = f.register(shanghai('2026-11-02'), {
      issue: '已办',
      unit: '丁',
      division: '农环处',
      deadline: '2026-12-30',
    });
    f.store.closeItem({ by: ADMIN, at: shanghai('2026-11-18') }, done, '已整改', false);
    const review = f.register(shanghai('2026-11-02'), {
      issue: '待审',
      unit: '戊',
      division: '企金处',
      deadline: '2026-12-30',
    });
    f.store.closeItem({ by: 'ou_member', at: shanghai('2026-11-19') }, review, '已整改', true);

    const reply = digestReply(FIRST, MONDAY, f.deps());
    const text = renderText(reply);
    const field = (label: string) => text.split('\n').find((l) => l.startsWith(label)) ?? '';
    expect(field('🆕 本期登记')).toContain(soon);
    expect(field('🆕 本期登记')).not.toContain(late);
    expect(field('✅ 本期销号')).toContain(done);
    expect(field('⏳ 待审核')).toContain(review);
    expect(field('🟡 临期')).toContain(soon);
    expect(field('🔴 逾期')).toContain(old);
    expect(field('🔴 逾期')).toContain(late);
    expect(text).toMatch(new RegExp(`督办[^\\n]*\\n· 社保处\\|【${old}】[^\\n]*逾期 53 天`));
    expect(text).not.toMatch(new RegExp(`督办[\\s\\S]*${late}[\\s\\S]*整改台账`));
    expect(reply.colour).toBe('red');
  });

  it('is sent to DIGEST_CHAT_ID on a working day, and not on a holiday', () => {
    expect(digest(MONDAY, f.deps()).map((b) => b.reply.chatId)).toEqual([DIGEST_CHAT]);
    expect(digest(shanghai('2026-10-01', '09:00'), f.deps())).toEqual([]);
  });

  it('renders as one valid card 2.0 with a chart of updates and open items per division', () => {
    progress(shanghai('2026-11-20', '16:00'), '3.3', '投资处', '形成审计报告初稿');
    f.register(shanghai('2026-11-01'), {
      issue: '逾期',
      unit: '乙',
      division: '投资处',
      deadline: '2026-11-20',
    });
    const [only, ...more] = cards(digestReply(FIRST, MONDAY, f.deps()));
    expect(more).toEqual([]);
    expect(only!.bytes).toBeLessThan(30 * 1024);
    const card = only!.card;
    expect(card.schema).toBe('2.0');
    expect(card.header.template).toBe('red');
    const charts = card.body.elements.filter((e) => e.tag === 'chart');
    expect(charts).toHaveLength(1);
    const spec = charts[0]!.chart_spec!;
    expect(spec.type).toBe('bar');
    expect(spec.yField).toBe('count');
    expect(spec.seriesField).toBe('series');
    const values = spec.data.values;
    const tz = values.filter((v) => v.division === '投资处');
    expect(tz.map((v) => v.count)).toEqual([1, 1]);
    for (const v of values) {
      expect(typeof v.division).toBe('string');
      expect(Number.isInteger(v.count)).toBe(true);
    }
    for (const field of [spec.xField, spec.yField, spec.seriesField].flat())
      expect(Object.keys(values[0]!)).toContain(field);
    expect(new Set(values.map((v) => v.series)).size).toBe(2);
    // Plain data: no functions survive JSON, so the spec equals its own JSON round trip.
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    expect(charts[0]).not.toHaveProperty('fallback');
  });

  it('stays one card under 30 KB with years of history, capping long lists with “另有 N 条”', () => {
    const divisions = ['教科文处', '企金处', '投资处', '农环处', '社保处'];
    const tasks = ['1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '4', '5'];
    for (let i = 0; i < 600; i += 1) {
      const day = `2026-11-${String(16 + (i % 7)).padStart(2, '0')}`;
      progress(
        shanghai(day, '10:00'),
        tasks[i % tasks.length]!,
        divisions[i % 5]!,
        `第 ${i} 条进展,${'内容'.repeat(40)}`,
      );
    }
    for (let i = 0; i < 400; i += 1) {
      const deadline = `2026-${String(1 + (i % 12)).padStart(2, '0')}-15`;
      f.register(shanghai('2026-11-18'), {
        issue: `问题 ${i} ${'描述'.repeat(30)}`,
        unit: `单位${i}`,
        division: divisions[i % 5]!,
        deadline,
      });
    }
    const reply = digestReply(FIRST, MONDAY, f.deps());
    const rendered = cards(reply);
    expect(rendered).toHaveLength(1);
    expect(rendered[0]!.bytes).toBeLessThan(30 * 1024);
    expect(renderText(reply)).toMatch(/另有 \d+ 条/);
  });

  it('names indicators as the plan’s table numbers them (序号), not by their running row', () => {
    // Row 6 of the table is 5-2 (序号 5 holds two indicators), row 7 is 6.
    for (const [index, text] of [
      [6, '离任审计两项'],
      [7, '整改长效化'],
    ] as const)
      f.store.recordProgress(
        { by: 'ou_someone', at: shanghai('2026-11-20', '10:00') },
        { target: { kind: 'indicator', index }, division: '法规处', text },
      );
    const text = renderText(digestReply(FIRST, MONDAY, f.deps()));
    expect(text).toMatch(/指标5-2 自然资源资产离任[^\n]*离任审计两项/);
    expect(text).toMatch(/指标6 促进审计整改长效化[^\n]*整改长效化/);
    expect(text).not.toMatch(/指标7/);
  });

  it('counts overdue items once: the headline, the list, the divisions and the figures agree', () => {
    // Due on the period's last day (Sunday): overdue by Monday morning, when the digest is made.
    f.register(shanghai('2026-11-01'), {
      issue: '周日到期',
      unit: '甲',
      division: '社保处',
      deadline: '2026-11-22',
    });
    f.register(shanghai('2026-11-01'), {
      issue: '早已逾期',
      unit: '乙',
      division: '投资处',
      deadline: '2026-11-02',
    });
    f.register(shanghai('2026-11-01'), {
      issue: '今天到期',
      unit: '丙',
      division: '投资处',
      deadline: '2026-11-23',
    });
    const text = renderText(digestReply(FIRST, MONDAY, f.deps()));
    expect(text).toMatch(/【逾期 2】/);
    expect(text).toMatch(/🔴 逾期:2 项/);
    expect(text).not.toMatch(/逾期未销号/);
    const divisions = [...text.matchAll(/🔴 逾期 (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(divisions).toBe(2);
  });
});
