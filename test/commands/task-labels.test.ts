import { describe, expect, it } from 'vitest';
import type { CoreDeps } from '../../src/commands/context';
import { depsOnPlanFiles, sayTo } from '../support/plan-file-deps';

// Every reply that names a task for the user names it by a number that reads back to it. On the talent plan
// (one running numbering 1.–45. across parts) the bot's short id of item 33. is 6 and of item 35. is 8, while
// the plan's own 6. and 8. are other items: a reply calls them 33 and 35. On the 2026—2030 plan the bot's 4
// is 三(二), an item the plan numbers only （二）, while its item 4. is another: a reply calls it 三(二).

const AT = new Date('2024-05-13T09:00:00+08:00');

const talent = () => depsOnPlanFiles(['test/fixtures/corpus/nanhu-talent-2024-2026.txt'], AT);
const say = (deps: CoreDeps, text: string) => sayTo(deps, text, 'oc_labels', AT);

describe('a task named in a reply', () => {
  it('is named by the plan’s number in a figure answer, a search hit and the task-time card', async () => {
    const deps = talent();
    const figure = await say(deps, '人才租赁住房每年筹集多少套');
    expect(figure).toContain('任务 33 保障人才安居');
    expect(figure).not.toContain('任务 6 ');

    const hits = await say(deps, '保障人才医疗服务');
    expect(hits).toContain('任务 35 保障人才医疗服务');
    expect(hits).toContain('任务 33 保障人才安居');
    expect(hits).not.toMatch(/任务 [68] 保障/);

    const time = await say(deps, '第35项什么时候完成');
    expect(time).toContain('任务 35 保障人才医疗服务');
    expect(time).not.toMatch(/(^|\n)8 保障人才医疗服务/);
  });

  it('is named by the plan’s number in progress records, their view and the unknown-number list', async () => {
    const deps = talent();
    const recorded = await say(deps, '进展 35 已开通绿色通道');
    expect(recorded).toContain('任务:35 保障人才医疗服务');
    // Typed as replies name it: no note on how it was read.
    expect(recorded).not.toContain('按方案原文的编号理解');
    expect(deps.store.progress({ target: { kind: 'task', id: '8' } })).toHaveLength(1);

    expect(await say(deps, '进展 查看 35')).toContain('35 保障人才医疗服务');

    const unknown = await say(deps, '进展 99 已完成');
    expect(unknown).toContain('没有编号为“99”的任务');
    expect(unknown).toContain('35 保障人才医疗服务');
    expect(unknown).not.toMatch(/(^|\n)· 8 保障人才医疗服务/);
  });

  it('each name given reads back to the task it names', async () => {
    const deps = talent();
    const time = await say(deps, '人才安居什么时候完成');
    expect(time).toContain('任务 33 保障人才安居');
    expect(await say(deps, '33')).toContain('保障人才安居');
  });

  it('by its clause where the plan gives it no number of its own that is free', async () => {
    const deps = depsOnPlanFiles(['test/fixtures/plans/bureau-15th-five-year.txt'], AT);
    const who = await say(deps, '整改落实谁牵头');
    expect(who).toContain('任务 三(二) 加强整改落实');
    expect(who).not.toContain('任务 4 ');
    const card = await say(deps, '三(二)');
    expect(card).toContain('进展 三(二) <内容>');
    const division = await say(deps, '任务 法规处');
    expect(division).toContain('三(二) 加强整改落实');
  });
});
