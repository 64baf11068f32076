import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/plan/build-knowledge';
import { loadPlan } from '../../src/plan/load-plan';
import { parsePlan } from '../../src/plan/parse-plan';

const seed = readFileSync('seeds/shaoxing-audit-common-prosperity-2021-2025.txt', 'utf8');
const k = buildKnowledge(parsePlan(seed));
const other = buildKnowledge(parsePlan(readFileSync('test/fixtures/plans/other-bureau.txt', 'utf8')));
const relationsOf = (name: string, kn = k) =>
  kn.relations.indicators.find((x) => x.indicator.name === name)?.relations.map((r) => r.division) ?? [];

describe('divisions', () => {
  it('derives the nine bureau divisions from notes and measures', () => {
    expect(k.divisions.map((d) => d.name)).toEqual([
      '教科文处',
      '企金处',
      '投资处',
      '农环处',
      '社保处',
      '秘书处',
      '办公室',
      '法规处',
      '内审处',
    ]);
  });

  it('resolves the 局 prefix and short forms, and nothing else', () => {
    expect(k.resolveDivision('局教科文处')?.name).toBe('教科文处');
    expect(k.resolveDivision('教科文')?.name).toBe('教科文处');
    expect(k.resolveDivision('社保')?.name).toBe('社保处');
    expect(k.resolveDivision('局办公室')?.name).toBe('办公室');
    expect(k.resolveDivision('相关处室')).toBeUndefined();
    expect(k.resolveDivision('财政处')).toBeUndefined();
  });

  it('finds divisions inside a sentence in order, without reading 投资 in 有效投资 as 投资处', () => {
    expect(k.findDivisions('社保处和局投资处负责哪些任务').map((d) => d.name)).toEqual(['社保处', '投资处']);
    expect(k.findDivisions('教科文有什么任务?').map((d) => d.name)).toEqual(['教科文处']);
    expect(k.findDivisions('促进扩大有效投资')).toEqual([]);
  });
});

describe('indicators by the table’s numbering', () => {
  it('finds an indicator by its ref, a 序号 group by number, and a stored record’s running index', () => {
    expect(k.indicatorByRef('6')?.name).toBe('促进审计整改长效化、审计成果运用多元化');
    expect(k.indicatorByRef('5-2')?.name).toBe('自然资源资产离任(任中)审计项目数');
    expect(k.indicatorByRef('５－１')?.name).toBe('领导干部经济责任审计覆盖面');
    expect(k.indicatorByRef('5')).toBeUndefined();
    expect(k.indicatorByRef('7')).toBeUndefined();
    expect(k.indicatorsByNumber('5').map((i) => i.ref)).toEqual(['5-1', '5-2']);
    expect(k.indicatorsByNumber('3').map((i) => i.name)).toEqual(['社保基金审计覆盖率']);
    expect(k.indicatorByIndex(7)?.ref).toBe('6');
    expect(k.indicatorByIndex(6)?.ref).toBe('5-2');
  });
});

describe('tasks by id and by division', () => {
  it('finds a task by id written loosely', () => {
    for (const id of ['3.2', '3-2', '3．2', '任务3.2', '3.2.', '３.２'])
      expect(k.taskById(id)?.id).toBe('3.2');
    expect(k.taskById('4')?.clause).toBe('二(四)');
    expect(k.taskById('二(二)1')?.id).toBe('2.1');
    expect(k.taskById('9.9')).toBeUndefined();
  });

  it('lists tasks led, supported and supported collectively', () => {
    expect(k.tasksLedBy('教科文').map((t) => t.id)).toEqual(['1.1', '3.1', '4']);
    expect(k.tasksLedBy('局社保处').map((t) => t.id)).toEqual(['2.3', '3.2']);
    expect(k.tasksSupportedBy('社保处')).toEqual([]);
    expect(k.tasksSupportedCollectivelyBy('社保处').map((t) => t.id)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '3.1',
      '3.3',
      '4',
      '5',
    ]);
    expect(k.tasksSupportedCollectivelyBy('秘书处')).toHaveLength(10);
  });

  it('answers for external units of a city plan as written', () => {
    const city = buildKnowledge(
      parsePlan(readFileSync('test/fixtures/plans/city-notes-own-line.txt', 'utf8')),
    );
    expect(city.tasksLedBy('市数据局').map((t) => t.id)).toEqual(['1.1', '2.1']);
    expect(city.tasksSupportedBy('财政局').map((t) => t.id)).toEqual(['1.1']);
    expect(city.resolveDivision('财政局')?.external).toBe(true);
  });
});

describe('relations of goals and indicators', () => {
  it('relates the 社保基金 indicator to 社保处 first and 重点公共工程 to 投资处 first', () => {
    expect(relationsOf('社保基金审计覆盖率')[0]).toBe('社保处');
    expect(relationsOf('重点公共工程审计覆盖率')[0]).toBe('投资处');
  });

  it('relates 审计整改 to 秘书处 through the measures', () => {
    const r = k.relations.indicators.find((x) => x.indicator.name.includes('审计整改'))?.relations[0];
    expect(r?.division).toBe('秘书处');
    expect(r?.reason).toContain('三(');
  });

  it('relates most goals, each relation with a reason quoting a task or a measure', () => {
    const related = k.relations.goals.filter((g) => g.relations.length > 0);
    expect(related.length).toBeGreaterThanOrEqual(4);
    for (const { relations } of related) {
      for (const r of relations) expect(r.reason).toMatch(/牵头任务 \d|保障措施 三\(|本目标提到/);
    }
  });

  it('relates nothing rather than guess when no division works on the subject (财政: no 财政处 here)', () => {
    const finance = k.relations.goals.find((g) => g.goal.title.includes('财政'));
    expect(finance?.relations).toEqual([]);
    expect(relationsOf('财政审计覆盖率')).toEqual([]);
  });

  it('relates on distinctive words only: stock phrases shared by every task relate nobody', () => {
    const all = [...k.relations.goals, ...k.relations.indicators].flatMap((x) => x.relations);
    for (const r of all) expect(r.reason).not.toMatch(/“(每年选择|决策部署|绍兴|审计|资金|项目|建设)”/);
    // Goal 1 (重大政策精准落实) shares only such phrases with the tasks.
    const goal1 = k.relations.goals.find((g) => g.goal.index === 1)?.relations ?? [];
    expect(goal1.filter((r) => r.taskIds.length > 0)).toEqual([]);
    expect(k.relations.goals.find((g) => g.goal.index === 3)?.relations.map((r) => r.division)).toEqual([
      '社保处',
    ]);
  });

  it('keeps a goal and its indicator consistent', () => {
    for (const { indicator, relations } of k.relations.indicators) {
      const goal = k.relations.goals.find((g) => g.goal.index === indicator.goalIndex);
      const goalDivisions = goal?.relations.map((r) => r.division) ?? [];
      for (const r of relations) expect(goalDivisions).toContain(r.division);
    }
  });

  it('derives relations from the plan text: another plan gets its own divisions', () => {
    expect(relationsOf('国有企业审计覆盖率', other)[0]).toBe('国资审计室');
    expect(relationsOf('生态环境审计项目数', other)[0]).toBe('资源环境审计室');
    expect(relationsOf('财政专项资金审计覆盖率', other)[0]).toBe('财政审计股');
    expect(other.targetsRelatedTo('国资审计室').indicators.map((x) => x.indicator.name)).toEqual([
      '国有企业审计覆盖率',
    ]);
  });
});

describe('loadPlan', () => {
  it('parses the first *.txt of a folder and reports the others as ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    writeFileSync(join(dir, '000_plan.txt'), seed);
    writeFileSync(join(dir, '001_other.txt'), readFileSync('test/fixtures/plans/pdf-wrapped.txt', 'utf8'));
    writeFileSync(join(dir, 'readme.md'), '# not a plan');
    const loaded = loadPlan(dir);
    expect(loaded.plan.tasks).toHaveLength(10);
    expect(loaded.knowledge.taskById('3.3')?.title).toBe('聚焦安居工程深入实施');
    expect(loaded.ignored).toEqual([join(dir, '001_other.txt')]);
  });

  it('loads the shipped seeds folder', () => {
    expect(loadPlan().plan.goals).toHaveLength(6);
  });
});
