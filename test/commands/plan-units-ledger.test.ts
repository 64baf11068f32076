import { describe, expect, it } from 'vitest';
import { depsOnPlanFiles, sayTo } from '../support/plan-file-deps';

// On a plan of outside units (a county's 民生实事 list: 县财政局, 县住建局 …) the plan's units are what follows
// ledger items, as they are what people are enrolled in: a member registers under their own unit, anyone may
// name one as 处室, list and count its items, and 秘书处 moves items between them. A set named by kind
// (各乡镇（街道）) is no one's unit.

const AT = new Date('2026-06-03T09:00:00+08:00');
const FINANCE = 'ou_county_finance_head';

describe('the ledger on a plan of outside units', () => {
  it('files, lists, counts and moves items under the plan’s units, as enrolment takes them', async () => {
    const deps = depsOnPlanFiles(['test/fixtures/plans/units-listed-no-lead.txt'], AT);
    const say = (text: string, user?: string) => sayTo(deps, text, 'oc_units_ledger', AT, user);
    expect(await say(`成员 添加 ${FINANCE} 县财政局 处长`)).toContain('加入县财政局');

    // No 处室: the member's own unit follows it.
    const own = await say('整改 登记 补助资金拨付滞后 单位:某街道 期限:月底 金额:50万', FINANCE);
    expect(own).toContain('已登记整改事项 ZG-2026-001');
    expect(deps.store.items().map((i) => [i.id, i.division, i.deadline, i.amount])).toEqual([
      ['ZG-2026-001', '县财政局', '2026-06-30', 50],
    ]);
    // Named by the member (their own) or by an administrator (any unit of the plan).
    expect(await say('整改 登记 票据不全 单位:某街道 期限:2026-09-30 处室:县财政局', FINANCE)).toContain(
      '已登记整改事项 ZG-2026-002',
    );
    expect(await say('整改 登记 小区排水不畅 单位:某物业公司 期限:2026-09-30 处室:县住建局')).toContain(
      '已登记整改事项 ZG-2026-003',
    );
    // A member still registers only for their own unit.
    expect(await say('整改 登记 另一问题 单位:某公司 期限:2026-09-30 处室:县住建局', FINANCE)).toContain(
      '只能登记本处跟踪的整改事项',
    );
    expect(deps.store.items().map((i) => i.division)).toEqual(['县财政局', '县财政局', '县住建局']);

    const finance = await say('整改 列表 县财政局');
    expect(finance).toContain('未销号整改事项(县财政局)');
    expect(finance).toMatch(/ZG-2026-001[^\n]*\n[^\n]*ZG-2026-002/);
    expect(finance).not.toContain('ZG-2026-003');
    expect(await say('整改 列表', FINANCE)).not.toContain('ZG-2026-003');
    expect(await say('整改 统计 县住建局')).toContain('事项 1 项');

    const moved = await say('整改 移交 ZG-2026-002 处室:县住建局 理由:属工程项目');
    expect(moved).toContain('ZG-2026-002 已移交');
    expect(deps.store.item('ZG-2026-002')?.division).toBe('县住建局');
    expect(await say('整改 统计 县住建局')).toContain('事项 2 项');

    expect(await say('整改 设置 佐证 必需 县住建局')).toContain('已设置');
  });

  it('refuses a set of units named by kind wherever a 处室 is taken, changing nothing', async () => {
    // 各县〔市、区〕政府: a set the plan's notes name among single units (市发展改革委, 市财政局 …).
    const deps = depsOnPlanFiles(['test/fixtures/plans/bare-unit-notes.txt'], AT);
    const say = (text: string) => sayTo(deps, text, 'oc_units_ledger_set', AT);
    expect(await say('整改 登记 补助资金拨付滞后 单位:某县 期限:2026-09-30 处室:市财政局')).toContain(
      '已登记整改事项 ZG-2026-001',
    );
    const set = '各县〔市、区〕政府';
    for (const text of [
      `成员 添加 ou_county 各县〔市、区〕政府 处长`,
      `整改 登记 另一问题 单位:某公司 期限:2026-09-30 处室:${set}`,
      `整改 列表 ${set}`,
      `整改 统计 ${set}`,
      `整改 移交 ZG-2026-001 处室:${set}`,
      `整改 设置 佐证 必需 ${set}`,
    ]) {
      const reply = await say(text);
      expect(reply, text).toMatch(/(没有“|看不懂“)各县〔市、区〕政府”/);
      // The refusal offers the units that may be named: the plan's own single units.
      expect(reply, text).toContain('市发展改革委、市科技局');
    }
    expect(deps.store.items().map((i) => [i.id, i.division])).toEqual([['ZG-2026-001', '市财政局']]);
    expect(deps.store.member('ou_county')).toBeUndefined();
  });
});
