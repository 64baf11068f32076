import { describe, expect, it } from 'vitest';
import type { CoreDeps } from '../../src/commands/context';
import { depsOnPlanFiles, sayTo } from '../support/plan-file-deps';

// A task named by its number in a command's slot (`整改 登记 … 任务:4`, `整改 列表 任务:4`) is read as `进展 4`
// reads it: the plan's own running numbering first. On the 2026—2030 plan, items run 1. … 5., the bot's short
// id of item 4. is 2.2, and the bot's short id 4 is another task (三(二) 加强整改落实).

const AT = new Date('2026-11-26T09:00:00+08:00');

const fifteenth = () => depsOnPlanFiles(['test/fixtures/plans/bureau-15th-five-year.txt'], AT);
const say = (deps: CoreDeps, text: string) => sayTo(deps, text, 'oc_slot', AT);

describe('a task number in a command slot', () => {
  it('links the task of the plan’s own number, as 进展 does, and says how it was read', async () => {
    const deps = fifteenth();
    const reply = await say(
      deps,
      '整改 登记 专项债券资金沉淀 单位:市交投集团 期限:年底 处室:财政审计处 任务:4',
    );
    expect(reply).toContain('关联任务:2.2 加强政府债务审计');
    expect(reply).toContain('任务“4”按方案原文的编号理解');
    expect(reply).toContain('本助手的编号 4 是另一项「加强整改落实」(三(二))');
    expect(deps.store.items().at(-1)?.taskId).toBe('2.2');

    const progress = await say(deps, '进展 4 债务审计已进点');
    expect(progress).toContain('任务:2.2 加强政府债务审计');
    expect(progress).toContain('任务“4”按方案原文的编号理解');

    expect(await say(deps, '整改 列表 任务:4')).toContain('专项债券资金沉淀');
  });

  it('reads the plan’s other forms the same way (第2项, 3（2）) and the clause of the other task', async () => {
    const deps = fifteenth();
    await say(deps, '整改 登记 惠企资金兑付滞后 单位:市商务局 期限:月底 处室:企业审计处 任务:第2项');
    expect(deps.store.items().at(-1)?.taskId).toBe('1.2');
    await say(deps, '整改 登记 部门预算编制不细 单位:市文广旅游局 期限:年底 处室:财政审计处 任务：3（2）');
    expect(deps.store.items().at(-1)?.taskId).toBe('2.1.2');
    const own = await say(deps, '整改 登记 整改台账不全 单位:市建设局 期限:年底 处室:法规处 任务:三(二)');
    expect(deps.store.items().at(-1)?.taskId).toBe('4');
    expect(own).not.toContain('按方案原文的编号理解');
  });

  it('refuses a number no task has, listing the tasks, and records nothing', async () => {
    const deps = fifteenth();
    const reply = await say(deps, '整改 登记 问题 单位:x 期限:年底 处室:财政审计处 任务:9');
    expect(reply).toContain('没有编号为“9”的任务');
    expect(reply).toContain('2.2 加强政府债务审计');
    expect(deps.store.items()).toHaveLength(0);
  });
});
