import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/plan/build-knowledge';
import { parsePlan } from '../../src/plan/parse-plan';
import { buildLexicon } from '../../src/understand/build-lexicon';
import { planRefOf } from '../../src/understand/read-part';

// What a number names, read against plans numbered in different ways.

function refs(text: string) {
  const plan = parsePlan(text);
  const ctx = { lexicon: buildLexicon(plan), knowledge: buildKnowledge(plan) };
  const show = (q: string) => {
    const ref = planRefOf(q, ctx);
    if (!ref) return undefined;
    if ('task' in ref) return `task ${ref.task.id}`;
    if ('choices' in ref) return `choices ${ref.choices.map((t) => t.id).join(',')}`;
    if ('section' in ref) return `section ${ref.tasks.map((t) => t.id).join(',')}`;
    if ('missing' in ref) return `missing ${ref.missing}`;
    if ('passage' in ref) return `passage ${ref.number}`;
    return Object.keys(ref)[0];
  };
  return { plan, show };
}

// Items 1.–5. run on across the sections; item 3 holds (1) and (2); the safeguards part has a noted (二).
const RUNNING = [
  '某局审计工作实施方案',
  '一、主要任务',
  '（一）做实政策跟踪审计',
  '1.聚焦重大战略实施。开展跟踪审计。（牵头处室：秘书处）',
  '2.聚焦惠民惠企政策。关注政策落实。（牵头处室：企业审计处）',
  '（二）深化财政审计',
  '3.推进预算执行审计全覆盖。',
  '（1）做好市本级预算执行审计。（牵头处室：财政审计处）',
  '（2）开展部门预算执行审计。（牵头处室：行政事业审计处）',
  '4.加强政府债务审计。关注专项债券。（牵头处室：财政审计处）',
  '二、保障措施',
  '（一）加强组织领导。成立领导小组。',
  '（二）加强整改落实。健全整改机制。（牵头处室：法规处）',
].join('\n');

describe('numbers in the plan’s own scheme', () => {
  it('reads 第N项, 任务N and N as the plan’s running numbering before the bot’s ids', () => {
    const { plan, show } = refs(RUNNING);
    expect(plan.tasks.map((t) => [t.id, t.number])).toEqual([
      ['1.1', '1.'],
      ['1.2', '2.'],
      ['2.1.1', '（1）'],
      ['2.1.2', '（2）'],
      ['2.2', '4.'],
      ['3', '（二）'],
    ]);
    expect(show('第4项任务讲什么')).toBe('task 2.2');
    expect(show('任务4')).toBe('task 2.2');
    expect(show('4谁牵头')).toBe('task 2.2');
    // The bot's own ids keep working where the plan's numbers do not take them.
    expect(show('3')).toBe('section 2.1.1,2.1.2');
    expect(show('2.1.1')).toBe('task 2.1.1');
    expect(show('二(二)')).toBe('task 3');
  });

  it('reads sub-items and headings by their numbers, listing a heading’s tasks', () => {
    const { show } = refs(RUNNING);
    expect(show('3（2）谁牵头')).toBe('task 2.1.2');
    expect(show('第3项下面有哪些')).toBe('section 2.1.1,2.1.2');
    expect(show('（二）深化财政审计有哪些任务')).toBe('section 2.1.1,2.1.2,2.2');
    expect(show('第9项')).toBe('missing 第9项');
  });

  it('lists the tasks a number names when the plan’s numbers restart in every section', () => {
    const { show } = refs(
      [
        '某方案',
        '二、重点任务',
        '（一）甲方面',
        '1.做甲一。（责任单位：A处牵头）',
        '2.做甲二。（责任单位：B处牵头）',
        '（二）乙方面',
        '1.做乙一。（责任单位：C处牵头）',
        '2.做乙二。（责任单位：A处牵头）',
      ].join('\n'),
    );
    expect(show('任务2')).toBe('choices 1.2,2.2');
    expect(show('第1项')).toBe('choices 1.1,2.1');
    expect(show('2.2')).toBe('task 2.2');
  });

  it('reads articles, and a numbered article that is no task as a paragraph with no unit', () => {
    const { show } = refs(
      [
        '某市若干措施',
        '第一条 降低用地成本。（责任单位：市自然资源局）',
        '第二条 减轻融资负担。（责任单位：市财政局）',
        '第三条 本措施自印发之日起施行。',
      ].join('\n'),
    );
    expect(show('第二条谁负责')).toBe('task 2');
    expect(show('第2条')).toBe('task 2');
    expect(show('第三条是什么')).toBe('passage 第三条');
    expect(show('第九条')).toBe('missing 第九条');
  });
});
