import { describe, expect, it } from 'vitest';
import { depsOnPlanFiles, sayTo } from '../support/plan-file-deps';
import { ownersNamed } from './judge-answer';

// A task table whose 责任单位 column lists several units: the plan decides who leads. Where it says nothing
// (no （牵头） mark, no 牵头单位 column, no 列第一位的为牵头单位), no unit is said to lead: replies quote the plan's
// own word (责任单位:A、B). Where it says, they follow it.

const AT = new Date('2026-05-13T09:00:00+08:00');

describe('several 责任单位 in a table', () => {
  it('are quoted as the plan’s 责任单位, none named as lead, where the plan does not say who leads', async () => {
    const deps = depsOnPlanFiles(['test/fixtures/plans/units-listed-no-lead.txt'], AT);
    const say = (text: string) => sayTo(deps, text, 'oc_units', AT);

    const who = await say('城市书房谁牵头');
    expect(who).toContain('责任单位:【县文广旅体局、县财政局】');
    expect(who).toContain('没有写明其中哪个单位牵头');
    expect(ownersNamed(who)).toEqual([]);

    const card = await say('1');
    expect(card).toContain('责任单位:【县文广旅体局、县财政局】');
    expect(ownersNamed(card)).toEqual([]);

    const yes = await say('城市书房是县财政局牵头吗');
    expect(yes).toMatch(/\n方案把“城市书房”的责任单位列为县文广旅体局、县财政局/);
    expect(yes).toContain('没有写明由哪个单位牵头');
    expect(yes).not.toMatch(/\n(是|不是)。/);

    // 负责 asks whether the unit is among those responsible: the plan lists it, or does not.
    const among = await say('城市书房是县财政局负责吗');
    expect(among).toMatch(/\n是。方案把县财政局列为“城市书房”的责任单位之一/);
    expect(among).toContain('没有写明由哪个单位牵头');
    const notAmong = await say('口袋公园是县财政局负责的吗');
    expect(notAmong).toMatch(/\n不是。方案把“口袋公园”的责任单位列为县住建局、县自然资源局/);
    expect(notAmong).toContain('没有列县财政局');
    // A unit the plan never names, where it names every unit of the task: not one of them.
    const outside = await say('城市书房是县审计局负责吗');
    expect(outside).toMatch(/\n不是。方案把“城市书房”的责任单位列为县文广旅体局、县财政局,没有列县审计局/);
    expect(ownersNamed(outside)).toEqual([]);
    // `有没有X`, `有X的事吗`: whether the plan lists the unit for it at all, one it never names too.
    expect(await say('城市书房有没有县财政局')).toMatch(/\n是。方案把县财政局列为责任单位之一/);
    expect(await say('城市书房有县财政局的事吗')).toMatch(/\n是。方案把县财政局列为责任单位之一/);
    expect(await say('城市书房有没有县审计局')).toMatch(
      /\n不是。方案把“城市书房”的责任单位列为县文广旅体局、县财政局,没有列县审计局/,
    );
    // `…负责不` asks the same as `…负责吗`.
    expect(await say('城市书房是县财政局负责不')).toMatch(/\n是。方案把县财政局列为“城市书房”的责任单位之一/);

    const division = await say('任务 县财政局');
    expect(division).toContain('牵头任务(0 项)');
    expect(division).toContain('列为责任单位的任务(1 项,方案未写明牵头单位)');

    // One unit, or a （牵头） mark: the plan says who leads.
    expect(ownersNamed(await say('老旧小区改造谁牵头'))).toEqual(['县住建局']);
    const marked = await say('职业技能培训谁牵头');
    expect(ownersNamed(marked)).toEqual(['县人力社保局']);
    expect(marked).toContain('配合:县总工会');
  });

  it('written bare or 按职责分工负责, name no lead: a set of units by kind is one of them, 相关部门 none', async () => {
    const deps = depsOnPlanFiles(['test/fixtures/plans/bare-unit-notes.txt'], AT);
    const say = (text: string) => sayTo(deps, text, 'oc_bare', AT);

    // (A,各县〔市、区〕政府): two units, neither said to lead; the counties are units, not "no specific unit".
    const gdp = await say('地区生产总值谁负责');
    expect(gdp).toContain('责任单位:【市发展改革委、各县〔市、区〕政府】');
    expect(gdp).toContain('没有写明其中哪个单位牵头');
    expect(gdp).not.toContain('未点名具体单位');
    expect(ownersNamed(gdp)).toEqual([]);
    const yes = await say('地区生产总值是市发展改革委牵头吗');
    expect(yes).toContain('没有写明由哪个单位牵头');
    expect(yes).not.toMatch(/\n(是|不是)。/);

    // One unit bare: it is the one responsible.
    expect(ownersNamed(await say('研发投入强度谁负责'))).toEqual(['市科技局']);
    // A 牵头 in the note: it says.
    expect(ownersNamed(await say('提振市场信心谁牵头'))).toEqual(['市发展改革委']);

    // …等相关部门按职责分工负责: the named units are 责任单位, 相关部门 is quoted as naming none.
    const housing = await say('住房需求谁负责');
    expect(housing).toContain('责任单位:【市住房城乡建设局、市财政局、人行市中心支行】');
    expect(housing).toContain('“相关部门”(方案未点名具体单位)');
    expect(ownersNamed(housing)).toEqual([]);
  });

  it('are not picked from silently when an item is registered on the task: the sender is asked which', async () => {
    const deps = depsOnPlanFiles(['test/fixtures/plans/units-listed-no-lead.txt'], AT);
    const say = (text: string) => sayTo(deps, text, 'oc_units', AT);
    const asked = await say('整改 登记 城市书房消防设施缺失 单位:某物业公司 期限:2026-12-31 任务:1');
    expect(asked).toContain('任务 1 的责任单位为县文广旅体局、县财政局,方案没有写明哪个单位牵头,本次未登记');
    expect(asked).toContain('「处室:县文广旅体局」或「处室:县财政局」');
    expect(deps.store.items()).toHaveLength(0);

    const chosen = await say(
      '整改 登记 城市书房消防设施缺失 单位:某物业公司 期限:2026-12-31 任务:1 处室:县财政局',
    );
    expect(chosen).toContain('已登记整改事项');
    expect(deps.store.items().map((i) => [i.division, i.taskId])).toEqual([['县财政局', '1']]);
    // Another unit the plan names may follow it, as it follows what its own members register; a set named by
    // kind is no one's unit, neither offered nor taken.
    expect(await say('整改 登记 另一问题 单位:某公司 期限:2026-12-31 任务:1 处室:县住建局')).toContain(
      '跟踪处室:县住建局',
    );
    const park = await say('整改 登记 公园问题 单位:某公司 期限:2026-12-31 任务:3');
    expect(park).toContain('「处室:县住建局」或「处室:县自然资源局」写明由谁跟踪');
    expect(await say('整改 登记 公园问题 单位:某公司 期限:2026-12-31 任务:3 处室:各乡镇（街道）')).toMatch(
      /没有“各乡镇[(（]街道[)）]”这个处室/,
    );

    // One unit: the plan's lead, said so.
    const one = await say('整改 登记 小区排水不畅 单位:某物业公司 期限:2026-12-31 任务:2');
    expect(one).toContain('处室按任务 2 的牵头单位记为“县住建局”');
  });

  it('are not picked from silently when progress is recorded on the task by an administrator: all of them', async () => {
    const deps = depsOnPlanFiles(['test/fixtures/plans/units-listed-no-lead.txt'], AT);
    const say = (text: string) => sayTo(deps, text, 'oc_units', AT);
    const joint = await say('进展 1 书房选址完成');
    expect(joint).toContain('已记录进展');
    expect(joint).toContain('责任单位:县文广旅体局、县财政局(代为记录)');
    expect(joint).toContain('任务 1 的责任单位为县文广旅体局、县财政局,方案没有写明哪个单位牵头');
    expect(joint).toContain('「处室:县文广旅体局」或「处室:县财政局」');
    expect(deps.store.progress().map((u) => [u.division, u.text])).toEqual([
      ['县文广旅体局、县财政局', '书房选址完成'],
    ]);

    const chosen = await say('进展 1 书房招标完成 处室:县财政局');
    expect(chosen).toContain('已记录进展');
    expect(deps.store.progress().map((u) => u.division)).toEqual(['县文广旅体局、县财政局', '县财政局']);
    expect(await say('进展 1 另一进展 处室:县住建局')).toContain('没有“县住建局”这个处室');

    // One unit: its lead, as before.
    expect(await say('进展 2 完成摸底')).toContain('已记录进展');
    expect(deps.store.progress().map((u) => u.division)).toEqual([
      '县文广旅体局、县财政局',
      '县财政局',
      '县住建局',
    ]);
  });

  it('leave progress to the bureau division that follows them, where no unit of the task is a bureau division', async () => {
    const deps = depsOnPlanFiles(['test/fixtures/plans/units-listed-no-lead.txt'], AT);
    const say = (text: string, user?: string) => sayTo(deps, text, 'oc_units', AT, user);
    await say('处室 添加 审计一处');
    await say('成员 添加 ou_audit_head 审计一处 处长');
    const several = await say('进展 1 书房选址完成', 'ou_audit_head');
    expect(several).toContain('审计一处(代为记录)');
    expect(several).toContain('交给县文广旅体局、县财政局,都不是本局处室');
    const one = await say('进展 2 完成摸底', 'ou_audit_head');
    expect(one).toContain('交给县住建局,不是本局处室');
    expect(deps.store.progress().map((u) => [u.division, u.text])).toEqual([
      ['审计一处', '书房选址完成'],
      ['审计一处', '完成摸底'],
    ]);
    // Someone on no division is still refused.
    expect(await say('进展 2 另一进展', 'ou_stranger')).not.toContain('已记录进展');
    expect(deps.store.progress()).toHaveLength(2);
  });

  it('take progress on a task named as questions name it, saying how it was read', async () => {
    const deps = depsOnPlanFiles(['test/fixtures/plans/bare-unit-notes.txt'], AT);
    const say = (text: string, user?: string) => sayTo(deps, text, 'oc_bare', AT, user);
    await say('处室 添加 审计一处');
    await say('成员 添加 ou_audit_head 审计一处 处长');
    const gdp = await say('进展 GDP 一季度增长3%', 'ou_audit_head');
    expect(gdp).toContain('任务:1 地区生产总值增长7%以上');
    expect(gdp).toContain('“GDP”按方案的说法“地区生产总值”理解');
    expect(await say('进展 居民收入 稳步增长', 'ou_audit_head')).toContain('任务:3 居民人均可支配收入');
    // A word several tasks or none hold names none of them.
    expect(await say('进展 审计 已进点', 'ou_audit_head')).not.toContain('已记录进展');
    const titles = deps.store
      .progress()
      .map((u) => (u.target.kind === 'task' ? deps.knowledge.taskById(u.target.id)?.title : undefined));
    expect(titles).toEqual(['地区生产总值增长7%以上', '居民人均可支配收入与经济增长基本同步']);
  });

  it('follow the plan where it says the first listed leads', async () => {
    const deps = depsOnPlanFiles(['test/fixtures/plans/units-listed-first-leads.txt'], AT);
    const who = await sayTo(deps, '城市书房谁牵头', 'oc_units', AT);
    expect(ownersNamed(who)).toEqual(['县文广旅体局']);
    expect(who).toContain('配合:县财政局');
    expect(who).not.toContain('没有写明其中哪个单位牵头');
  });
});
