import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/plan/build-knowledge';
import { parsePlan } from '../../src/plan/parse-plan';
import { buildLexicon } from '../../src/understand/build-lexicon';
import { planRefOf } from '../../src/understand/by-number/plan-ref-of';

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

// Items 1.–8. run on through two parts; the bot numbers part 三's items 3, 4, 5 — ids the plan's own 3.–5.
// hold. Item 5's title starts with digits and item 8 is written twice by mistake.
const COLLIDING = [
  '某区人才工作行动方案',
  '二、重点任务',
  '（一）引进人才',
  '1.引进领军人才。每年引进团队20个。（牵头单位：区委人才办，配合单位：区科技局）',
  '2.培育拔尖人才。每年培养30名。（牵头单位：区人力社保局）',
  '（二）培育青年人才',
  '3.建设青年驿站。提供免费住宿。（牵头单位：团区委）',
  '4.发放生活补贴。按学历发放。（牵头单位：区人力社保局）',
  '5.121人才梯队项目。分层建立梯队。（牵头单位：区委人才办）',
  '三、优化人才生态',
  '（一）完善服务保障',
  '7.保障人才安居。筹集租赁住房。（牵头单位：区住建局）',
  '8.保障子女入学。协调安排入学。（牵头单位：区教育局）',
  '8.保障人才医疗。开通绿色通道。（牵头单位：区卫生健康局）',
].join('\n');

describe('the plan’s own numbers against the bot’s short ids', () => {
  it('starts item 5 at `5.121人才梯队项目` when the running numbering expects 5', () => {
    const { plan } = refs(COLLIDING);
    const six = plan.tasks.find((t) => t.number === '5.');
    expect(six?.title).toBe('121人才梯队项目');
    expect(six?.lead).toEqual(['区委人才办']);
  });

  it('never takes a bot id that the running numbering also uses: the plan’s item, or both to choose from', () => {
    const { plan, show } = refs(COLLIDING);
    const byNumber = (n: string) => plan.tasks.filter((t) => t.number === n).map((t) => t.id);
    const own3 = byNumber('3.')[0];
    const own7 = byNumber('7.')[0];
    const ownEights = byNumber('8.');
    expect(plan.tasks.some((t) => t.id === '3' && t.number === '7.')).toBe(true);
    expect(show('第3项')).toBe(`task ${own3}`);
    expect(show('项目4是干啥的')).toBe(`task ${byNumber('4.')[0]}`);
    expect(show('7.讲的什么')).toBe(`task ${own7}`);
    expect(show('17.讲的什么')).toBe('missing 17.');
    // 8. is written twice: both are offered — never one of them silently.
    const eight = show('任务8');
    expect(eight?.startsWith('choices ')).toBe(true);
    for (const id of ownEights) expect(eight).toContain(id);
  });
});
