import { describe, expect, it } from 'vitest';
import { ADMIN } from '../support/core';
import { depsOnPlanFiles, sayTo } from '../support/plan-file-deps';

// A task table with a progress column (完成情况, 上半年推进情况): each row's cell is what the plan says of that
// task's progress. Asked how a task is going, the reply quotes that cell as the plan's, under the column's own
// label, never as a progress record made in the chat; an empty cell is said to give none. Progress recorded in
// the chat (进展 command) is shown beside it, labelled as such.

const AT = new Date('2025-10-10T10:00:00+08:00');

describe('a table’s progress column', () => {
  it('is quoted as the plan’s, by words or by number; an empty cell gives none', async () => {
    const deps = depsOnPlanFiles(['test/fixtures/plans/progress-cells.txt'], AT);
    const say = (text: string) => sayTo(deps, text, 'oc_progress_cells', AT);

    const byWords = await say('城市书房完成得怎么样');
    expect(byWords).toContain('建成城市书房10家');
    expect(byWords).toContain('完成情况(方案原文):【已建成8家，2家正在装修。】');
    expect(byWords).not.toContain('还没有进展记录');

    const byNumber = await say('第3项完成情况');
    expect(byNumber).toContain('新增城镇就业2000人');
    expect(byNumber).toContain('【新增城镇就业1560人。】');
    expect(await say('任务3进展如何')).toContain('【新增城镇就业1560人。】');

    const empty = await say('老旧小区改造进展');
    expect(empty).toContain('改造老旧小区30个');
    expect(empty).toContain('“完成情况”一栏这项是空的');

    // The card shows the cell too, apart from the chat's records.
    const card = await say('1');
    expect(card).toContain('完成情况(方案原文)');
    expect(card).toContain('已建成8家，2家正在装修。');
  });

  it('stays apart from progress recorded in the chat: both shown, each labelled', async () => {
    const deps = depsOnPlanFiles(['test/fixtures/plans/progress-cells.txt'], AT);
    const say = (text: string) => sayTo(deps, text, 'oc_progress_both', AT);
    await say(`成员 添加 ${ADMIN} 县文广旅体局`);
    expect(await say('进展 1 第9家已开工')).toContain('已记录进展');
    const both = await say('第1项进展');
    expect(both).toContain('完成情况(方案原文):【已建成8家，2家正在装修。】');
    expect(both).toMatch(/群里记录的进展[^\n]*\n[^\n]*第9家已开工/);
  });
});
