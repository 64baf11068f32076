import { describe, expect, it } from 'vitest';
import { buildDivisions, createDivisionMatcher } from '../../src/plan/divisions';
import type { Plan } from '../../src/plan/model';
import { shortForms } from '../../src/plan/short-forms';

const planOf = (units: string[][]): Plan => ({
  id: 'p',
  title: 'p',
  goals: [],
  indicators: [],
  measures: [],
  passages: [],
  sections: [],
  tasks: units.map(([lead, ...support], i) => ({
    id: String(i + 1),
    title: `任务${i + 1}`,
    text: '',
    clause: '',
    section: '',
    lead: [lead as string],
    support,
    note: '',
  })),
});

describe('the short forms of a unit, from its own name', () => {
  it('calls a bureau division by its field without 审计, shortened, and with 处 for 科', () => {
    expect(shortForms('投资审计科', false)).toEqual(expect.arrayContaining(['投资科', '投资处']));
    expect(shortForms('社会保障审计科', false)).toEqual(
      expect.arrayContaining(['社保科', '社会保障科', '社保处']),
    );
    expect(shortForms('经济责任审计处', false)).toEqual(expect.arrayContaining(['经责处', '经责科']));
    expect(shortForms('电子数据审计科', false)).toContain('数据科');
    expect(shortForms('法规审理科', false)).toContain('法规科');
  });

  it('calls an outside body without its place and by its field shortened', () => {
    expect(shortForms('市人力社保局', true)).toEqual(expect.arrayContaining(['人力社保局', '人社局']));
    expect(shortForms('市发展改革委', true)).toEqual(expect.arrayContaining(['发展改革委', '发改委']));
    expect(shortForms('市发改委', true)).toEqual(['发改委']);
    expect(shortForms('县残联', true)).toEqual(['残联']);
    expect(shortForms('县政府', true)).toEqual([]);
    // A committee's 委员会 is said 委.
    expect(shortForms('市发展和改革委员会', true)).toEqual(expect.arrayContaining(['发展改革委', '发改委']));
    expect(shortForms('市卫生健康委员会', true)).toContain('卫健委');
    // One body under two names (`县发改局(粮食局)`): either name, and each one's short forms.
    expect(shortForms('县发改局(粮食局)', true)).toEqual(
      expect.arrayContaining(['县发改局', '发改局', '粮食局']),
    );
    // A place in brackets is no second name.
    expect(shortForms('各区、县（市）政府', true)).not.toContain('市');
    expect(shortForms('市委统战部', true)).toEqual(['统战部']);
    expect(shortForms('区委政法委', true)).toEqual(['政法委']);
    expect(shortForms('市市场监管局', true)).toEqual(expect.arrayContaining(['市场监管局', '市监局']));
    // 市场 and 市政 are no place.
    expect(shortForms('市场监管局', true)).not.toContain('场监管局');
    expect(shortForms('市场监管局', true)).toContain('市监局');
    expect(shortForms('机关党支部', true)).toEqual([]);
    // A ministry is called by its field shortened (工业和信息化部 → 工信部), or by a part of it (交通运输部 → 交通部).
    expect(shortForms('工业和信息化部', true)).toContain('工信部');
    expect(shortForms('住房城乡建设部', true)).toContain('住建部');
    expect(shortForms('交通运输部', true)).toContain('交通部');
    // A national body without 国家 (国家发展改革委 → 发展改革委, 发改委).
    expect(shortForms('国家发展改革委', true)).toEqual(expect.arrayContaining(['发展改革委', '发改委']));
  });

  it('shortens a field of two or three words, 和 left out, by its first and last words', () => {
    expect(shortForms('市工业和信息化局', true)).toContain('工信局');
    expect(shortForms('省住房城乡建设厅', true)).toContain('住建厅');
    expect(shortForms('工业和信息化厅', true)).toContain('工信厅');
  });

  it('calls a merged department by either part of its field, and a district branch a bureau', () => {
    expect(shortForms('市自然资源规划局', true)).toEqual(expect.arrayContaining(['自然资源局', '规划局']));
    expect(shortForms('市教育体育局', true)).toEqual(expect.arrayContaining(['教育局', '体育局', '教体局']));
    expect(shortForms('区生态环境分局', true)).toContain('生态环境局');
    expect(shortForms('区自然资源规划分局', true)).toEqual(
      expect.arrayContaining(['自然资源规划局', '自然资源局', '规划局']),
    );
    // No single character is a part: 自然资源 is not 自然 + 资源 alone, nor 商务 anything but itself.
    expect(shortForms('市自然资源规划局', true)).not.toContain('源规划局');
    expect(shortForms('市商务局', true)).toEqual(['商务局']);
  });

  it('leaves a part two departments share to neither (教育局 of 市教育体育局 beside 市教育局)', () => {
    const bodies = buildDivisions(planOf([['市教育体育局', '市教育局']]));
    expect(bodies.find((d) => d.name === '市教育体育局')?.aliases).not.toContain('教育局');
    expect(bodies.find((d) => d.name === '市教育体育局')?.aliases).toContain('体育局');
    // Read as neither alone, but named in a question it names both.
    const matcher = createDivisionMatcher(bodies);
    expect(matcher.resolve('教育局')).toBeUndefined();
    expect(matcher.find('教育局负责什么').map((d) => d.name)).toEqual(['市教育体育局', '市教育局']);
    expect(matcher.find('体育局负责什么').map((d) => d.name)).toEqual(['市教育体育局']);
  });

  it('finds a short form before 跟 and 各 as words of their own, not before 跟踪', () => {
    const matcher = createDivisionMatcher(buildDivisions(planOf([['农环处', '社保处']])));
    expect(matcher.find('农环跟社保各管哪些').map((d) => d.name)).toEqual(['农环处', '社保处']);
    expect(matcher.find('社保跟踪审计').map((d) => d.name)).toEqual([]);
  });

  it('keeps a short form two units of the plan could claim for neither', () => {
    const divisions = buildDivisions(planOf([['财政审计科', '财政审计处']]));
    for (const d of divisions) expect(d.aliases).not.toContain('财政科');
    const bodies = buildDivisions(planOf([['市人力社保局', '县人力社保局']]));
    for (const d of bodies) expect(d.aliases).not.toContain('人社局');
  });

  it('keeps a set of units named by kind in a note as a unit, but no placeholder or collective', () => {
    const names = buildDivisions(
      planOf([
        ['县住建局', '各相关乡镇政府'],
        ['各镇人民政府', '各有关部门', '相关处室'],
      ]),
    ).map((d) => d.name);
    expect(names).toEqual(['县住建局', '各相关乡镇政府', '各镇人民政府']);
  });
});
