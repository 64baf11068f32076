import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse-plan';

const seed = readFileSync('seeds/shaoxing-audit-common-prosperity-2021-2025.txt', 'utf8');
const fixture = (name: string) => parsePlan(readFileSync(`test/fixtures/plans/${name}`, 'utf8'));
const plan = parsePlan(seed);
const task = (id: string) => plan.tasks.find((t) => t.id === id);

describe('parsePlan on the shipped plan', () => {
  it('finds the ten tasks with their clauses, leads and supports as written', () => {
    expect(plan.tasks.map((t) => [t.id, t.clause, t.lead.join(), t.support.join()])).toEqual([
      ['1.1', '二(一)1', '局教科文处', '相关处室'],
      ['1.2', '二(一)2', '局企金处', '相关处室'],
      ['2.1', '二(二)1', '局投资处', '相关处室'],
      ['2.2', '二(二)2', '局农环处', '相关处室'],
      ['2.3', '二(二)3', '局社保处', '相关处室'],
      ['3.1', '二(三)1', '局教科文处', '相关处室'],
      ['3.2', '二(三)2', '局社保处', '相关处室'],
      ['3.3', '二(三)3', '局投资处', '相关处室'],
      ['4', '二(四)', '局教科文处', '相关处室'],
      ['5', '二(五)', '局农环处', '相关处室'],
    ]);
  });

  it('titles an item task by its first sentence and a section task by its heading when that sentence is long', () => {
    expect(task('1.1')?.title).toBe('聚焦助力创新型城市建设');
    expect(task('3.3')?.title).toBe('聚焦安居工程深入实施');
    expect(task('4')?.title).toBe('围绕加快探索精神富足富有市域之路,奋力打造高标识文明之城开展审计');
    expect(task('1.1')?.note).toBe('(责任单位:局教科文处牵头、相关处室配合)');
    expect(task('1.1')?.text).toContain('科创大走廊');
    expect(task('5')?.text).toContain('四治融合');
  });

  it('reads the six goals under 主要目标', () => {
    expect(plan.goals.map((g) => g.title)).toEqual([
      '推动重大政策精准落实',
      '推动财政资金高效使用',
      '推动民生福祉稳步提升',
      '推动重大项目“争先竞跑”',
      '推动领导干部履职尽责',
      '推动审计效能全域增强',
    ]);
    expect(plan.goals.every((g) => g.clause === '一(二)')).toBe(true);
  });

  it('reads seven indicators, the continuation row inheriting its number and category', () => {
    expect(plan.indicators).toHaveLength(7);
    const row = plan.indicators.find((i) => i.name === '自然资源资产离任(任中)审计项目数');
    expect(row).toMatchObject({ index: 6, number: '5', category: '推动领导干部履职尽责', goalIndex: 5 });
    expect(row?.target).toContain('增加20%以上');
    expect(plan.indicators.map((i) => i.goalIndex)).toEqual([1, 2, 3, 4, 5, 5, 6]);
    expect(new Set(plan.indicators.map((i) => i.category)).size).toBe(6);
  });

  it('reads the seven measures with the roles they name', () => {
    expect(plan.measures.map((m) => m.title)).toEqual([
      '加强组织领导',
      '加强责任落实',
      '加强联动协同',
      '加强跟踪督促',
      '加强整改落实',
      '加强成果运用',
      '加强作风建设',
    ]);
    const lead = plan.measures[0];
    expect(lead?.clause).toBe('三(一)');
    expect(lead?.roles).toContainEqual({ role: '组长', holder: '局主要领导' });
    expect(lead?.roles).toContainEqual({ role: '专班组长', holder: '协管秘书处的局领导' });
    expect(lead?.roles).toContainEqual({ role: '牵头抓总、跟踪督办', holder: '秘书处' });
    expect(lead?.roles.find((r) => r.role === '副组长')?.holder).toContain('分管局办公室、法规处、内审处');
    expect(lead?.units).toEqual(
      expect.arrayContaining(['秘书处', '局办公室', '法规处', '内审处', '工作专班']),
    );
  });

  it('keeps every other paragraph as a passage with its clause', () => {
    const texts = plan.passages.map((p) => p.text);
    expect(texts).toContain('注:本文有删减');
    expect(plan.passages.find((p) => p.text.startsWith('以习近平'))?.clause).toBe('一(一)');
    expect(plan.passages.find((p) => p.text.startsWith('聚焦市委八届'))?.clause).toBe('二');
    expect(plan.title).toContain('实施方案');
  });

  it('reads a notice title broken over four lines after its document number whole', () => {
    // As a county notice's head is set: 〔2021〕5号, then 县人民政府办公室关于 and three lines of what about.
    const notice = parsePlan(
      [
        '某政办发〔2021〕5号',
        '县人民政府办公室关于',
        '对县《政府工作报告》确定的2021年',
        '重点工作及市《政府工作报告》涉及本县的',
        '重点事项进行责任分解的通知',
        '各镇人民政府,县政府各部门:',
        '一、2021年主要目标',
        '(一)地区生产总值增长11%',
      ].join('\n'),
    );
    expect(notice.title).toBe(
      '县人民政府办公室关于对县《政府工作报告》确定的2021年重点工作及市《政府工作报告》涉及本县的重点事项进行责任分解的通知',
    );
  });

  it('is JSON-serialisable as is', () => {
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});

describe('parsePlan on other plans of the genre', () => {
  it('reads 牵头单位/配合单位 notes on their own line, X等有关部门 and 各区、县级市', () => {
    const p = fixture('city-notes-own-line.txt');
    expect(p.tasks.map((t) => [t.id, t.clause, t.lead, t.support])).toEqual([
      ['1.1', '二(一)1', ['市数据局'], ['市财政局', '市审计局']],
      ['1.2', '二(一)2', ['市公安局'], ['市数据局', '有关部门']],
      ['2.1', '二(二)3', ['市数据局'], ['各区、县级市']],
      ['2.2', '二(二)4', ['市委网信办', '市公安局'], []],
      ['3', '三(二)', ['市财政局'], []],
    ]);
    expect(p.tasks[0]?.text).toContain('各专项牵头单位');
    expect(p.title).toBe('某市推进数字政府建设实施方案');
  });

  it('makes a measure with a note also a task with the next free id', () => {
    const p = fixture('city-notes-own-line.txt');
    expect(p.measures[1]?.title).toBe('强化资金保障');
    expect(p.tasks.find((t) => t.id === '3')?.title).toBe('强化资金保障');
  });

  it('follows a declared first-unit-leads convention and splits a section by its notes', () => {
    const p = fixture('national-first-leads.txt');
    expect(p.tasks.map((t) => [t.id, t.lead, t.support])).toEqual([
      ['1.1', ['民政部'], ['国家发展改革委', '住房城乡建设部']],
      ['1.2', ['国家发展改革委'], ['民政部', '财政部']],
      ['2.1', ['民政部'], ['市场监管总局']],
      ['2.2', ['人力资源社会保障部'], ['民政部', '有关部门']],
    ]);
  });

  it('rejoins PDF-wrapped lines and counts run-on (1)(2)(3) items within their section', () => {
    const p = fixture('pdf-wrapped.txt');
    expect(p.goals.map((g) => g.text)).toEqual([
      '推动乡村振兴政策落地见效。围绕乡村振兴重点政策开展跟踪审计，每年至少完成2个项目。',
      '推动农业农村资金规范使用。对涉农资金开展专项审计，促进资金绩效提升。',
    ]);
    expect(p.tasks.map((t) => [t.id, t.clause, t.title, t.lead, t.support])).toEqual([
      ['1.1', '二(一)1', '跟踪高标准农田建设', ['局农业农村审计处'], ['相关处室']],
      ['1.2', '二(一)2', '跟踪农村饮水安全工程', ['局资源环境处'], ['相关处室']],
      ['2.1', '二(二)3', '审计涉农资金统筹整合', ['局财政审计处'], ['局经济责任审计处']],
    ]);
    expect(p.measures[0]?.roles).toContainEqual({ role: '统筹协调、跟踪督办', holder: '办公室' });
  });

  it('returns an empty plan for text that is no plan, without throwing', () => {
    for (const text of [
      '',
      '随便写点什么\n没有结构',
      '（（（ ))) | | 一、 (一) 1. ——',
      '\u0000\uFFFF'.repeat(50),
    ]) {
      const p = parsePlan(text);
      expect(p.tasks).toEqual([]);
      expect(p.goals).toEqual([]);
      expect(p.indicators).toEqual([]);
      expect(p.measures).toEqual([]);
    }
    let seedRandom = 7;
    const chars = '一二、()（）1.。，：:|——责任单位牵头配合处室\n';
    const random = Array.from({ length: 2000 }, () => {
      seedRandom = (seedRandom * 16807) % 2147483647;
      return chars[seedRandom % chars.length];
    }).join('');
    expect(() => parsePlan(random)).not.toThrow();
  });

  describe('notes that say how units share the work, and one-task sections', () => {
    const p = fixture('joint-duty-and-section-heading.txt');
    const task = (id: string) => p.tasks.find((t) => t.id === id);

    it('reads `A牵头，B、C配合` without labels', () => {
      expect(task('1.1')).toMatchObject({ lead: ['市审计局'], support: ['市财政局', '市统计局'] });
    });

    it('keeps `各区、县（市）政府` as one unit in a note on its own line', () => {
      expect(task('1.2')).toMatchObject({ lead: ['市审计局'], support: ['各区、县（市）政府'] });
    });

    it('drops `按职责分工负责`: it names no unit', () => {
      expect(task('1.3')).toMatchObject({ lead: ['市发改委', '市财政局'], support: [] });
    });

    it('titles a one-task section by its heading, and reads `X等有关部门` as two units', () => {
      expect(task('2')).toMatchObject({
        title: '强化保障',
        clause: '二(二)',
        lead: ['市财政局', '有关部门'],
      });
    });
  });

  describe('a national-style plan: bare unit lists and a note in the implementation part', () => {
    const p = fixture('national-bare-lists.txt');
    const task = (id: string) => p.tasks.find((t) => t.id === id);

    it('reads `（审计署、财政部）` by the declared convention: the first unit leads', () => {
      expect(task('1.2')).toMatchObject({ lead: ['审计署'], support: ['财政部'] });
      expect(task('1.1')).toMatchObject({ lead: ['国家发展改革委'], support: ['财政部', '审计署'] });
    });

    it('closes a task with a note under an unnumbered paragraph of the implementation part', () => {
      expect(task('3')).toMatchObject({ clause: '三', lead: ['各地区'], support: ['各有关部门'] });
    });

    it('does not take a bracketed aside in the body for a note', () => {
      const plain = parsePlan(
        '二、重点任务\n（一）甲。\n1.乙。推进改革（2021—2025年），落实责任。（市审计局）\n',
      );
      expect(plain.tasks[0]).toMatchObject({ lead: ['市审计局'] });
      expect(plain.tasks[0]?.note).toBe('（市审计局）');
    });
  });
});
