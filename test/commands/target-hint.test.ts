import { describe, expect, it } from 'vitest';
import { depsOnPlanFiles, sayTo } from '../support/plan-file-deps';

// The targets list tells how to ask for one goal or indicator with the plan's own: its first goal, its first
// indicator and one the table numbers with a dash — never another plan's numbers, none where the plan has none.

const AT = new Date('2026-05-13T09:00:00+08:00');

describe('the targets list’s hint', () => {
  it('names this plan’s own goal and indicator, which read back', async () => {
    const deps = depsOnPlanFiles(['test/fixtures/corpus/nanhu-talent-2024-2026.txt'], AT);
    const say = (text: string) => sayTo(deps, text, 'oc_hint', AT);
    const all = await say('目标');
    expect(all).toContain('查看单项:目标 1 / 指标 1;记录进展:进展 目标1 <内容>');
    expect(all).not.toContain('指标 6');
    expect(all).not.toContain('指标 5-1');
    expect(await say('指标 1')).toContain('全区人才资源总量');
    const unknown = await say('指标 9');
    expect(unknown).toContain('可以这样查:目标(全部)、目标 1、指标 1');
  });

  it('gives a dashed indicator where the plan’s table numbers one so', async () => {
    const deps = depsOnPlanFiles(['seeds/shaoxing-audit-common-prosperity-2021-2025.txt'], AT);
    const all = await sayTo(deps, '目标', 'oc_hint', AT);
    expect(all).toMatch(/查看单项:目标 1 \/ 指标 1 \/ 指标 \d+-\d+;/);
  });

  it('offers no goal or indicator where the plan has none', async () => {
    const deps = depsOnPlanFiles(['test/fixtures/corpus/zhuji-livelihood-projects-2026.txt'], AT);
    const all = await sayTo(deps, '目标', 'oc_hint', AT);
    expect(all).not.toContain('查看单项');
    const progress = await sayTo(deps, '进展 99 已完成', 'oc_hint', AT);
    expect(progress).toContain('没有编号为“99”的任务');
    expect(progress).not.toContain('也可以写目标或指标');
  });
});
