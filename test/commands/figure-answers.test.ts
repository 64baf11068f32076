import { describe, expect, it } from 'vitest';
import type { CoreDeps } from '../../src/commands/context';
import { depsOnPlanFiles, sayTo } from '../support/plan-file-deps';

// Figures asked in words: answered only where the plan states a figure about the thing asked; a target that
// merely shares the genre's words (审计, 覆盖率, 项目, 每年) is no answer. Through the real core, on plan files.

const AT = new Date('2026-11-26T09:00:00+08:00');

const depsOn = (file: string) => depsOnPlanFiles([file], AT);

let n = 0;
function say(deps: CoreDeps, text: string, chat = `oc_figure_${n++}`, minute = 0) {
  return sayTo(deps, text, chat, new Date(AT.getTime() + minute * 60_000));
}

const FIFTEENTH = 'test/fixtures/plans/bureau-15th-five-year.txt';
const SHIPPED = 'seeds/shaoxing-audit-common-prosperity-2021-2025.txt';
const SHANGYU = 'test/fixtures/corpus/shangyu-audit-work-points-2026.txt';

/** The reply answers with an indicator or goal card. */
const card = /^【(?:指标|目标)[\d一二三四五六七八九十]/m;

describe('a figure the plan does not give', () => {
  it('is said not to be given, not answered with an indicator sharing only 审计覆盖率', async () => {
    const deps = depsOn(FIFTEENTH);
    const reply = await say(deps, '政府债务审计覆盖率要求多少');
    expect(reply).toContain('方案没有给出“政府债务审计覆盖率”的目标或数值');
    expect(reply).not.toMatch(card);
    expect(reply).not.toContain('预算执行审计覆盖率');
  });

  it('is not answered by an indicator of the same subject measured otherwise (覆盖率 for 几个项目)', async () => {
    const deps = depsOn(FIFTEENTH);
    const reply = await say(deps, '经济责任审计每年做几个项目');
    expect(reply).toContain('方案没有给出');
    expect(reply).not.toMatch(card);
    // The related indicator is listed, under a heading that says it is not the answer.
    expect(reply).toMatch(/可能相关[^\n]*\n· 指标3-1 经济责任审计覆盖率/);
  });

  it('is not answered by an indicator that names the subject only beside its figure, nor by a goal sharing 增长', async () => {
    const deps = depsOn(SHIPPED);
    for (const q of [
      '经济责任审计每年要做多少个项目',
      '审计整改完成率目标是多少',
      '农民收入增长目标是多少',
    ]) {
      const reply = await say(deps, q);
      expect(reply, q).toContain('方案没有给出');
      expect(reply, q).not.toMatch(card);
    }
  });
});

describe('a figure the plan gives', () => {
  it('answers with the indicator that holds the thing asked and is measured as asked', async () => {
    const deps = depsOn(FIFTEENTH);
    expect(await say(deps, '审计整改完成率要达到多少')).toMatch(/^【指标3-2 审计整改完成率】[\s\S]*95%以上/);
    expect(await say(deps, '预算执行审计要覆盖多少')).toMatch(/^【指标2 预算执行审计覆盖率】/);
    const shipped = depsOn(SHIPPED);
    expect(await say(shipped, '自然资源资产离任审计项目要增加多少')).toContain('增加20%以上');
  });

  it('quotes a task that states it, and after a task’s card looks in that task first', async () => {
    const deps = depsOn(SHANGYU);
    expect(await say(deps, '（十六）讲什么', 'oc_card')).toContain('开展经济责任审计');
    expect(await say(deps, '每年做几个', 'oc_card', 1)).toMatch(/原文:[^\n]*14个/);
    expect(await say(deps, '第7项任务是啥', 'oc_card', 2)).toContain('开展部门预算执行审计');
    expect(await say(deps, '覆盖几个部门', 'oc_card', 3)).toMatch(/原文:[^\n]*12个区级【?部门/);
  });
});
