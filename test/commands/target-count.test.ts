import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { depsOnPlanFiles, sayTo } from '../support/plan-file-deps';

// How many goals a plan has is asked with its list (`主要目标有哪几条`): the list, counted.

const AT = new Date('2025-06-10T10:00:00+08:00');

describe('the goals counted', () => {
  it('lists the ——推动… goals under 主要目标 with their number', async () => {
    const deps = depsOnPlanFiles(['seeds/shaoxing-audit-common-prosperity-2021-2025.txt'], AT);
    const reply = await sayTo(deps, '主要目标有哪几条', 'oc_goal_count', AT);
    expect(reply).toMatch(/^【主要目标与指标\(目标 6 个、指标 \d+ 个\)】/);
    expect(reply).toContain('目标6 推动审计效能全域增强');
  });

  it('lists the items under a part headed as the aims where the plan has no goals of its own', async () => {
    const deps = depsOnPlanFiles(['test/fixtures/corpus/tongliang-targets-progress-2025.txt'], AT);
    const reply = await sayTo(deps, '目标有几条', 'oc_aims_count', AT);
    expect(reply).toContain('“一、经济社会发展主要预期目标”下列了 9 项');
    expect(reply).toContain('9 全体居民人均可支配收入增长6%');
  });
});

describe('a plan stating only its overall aim', () => {
  it('is titled without a count of goals it does not have', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'overall-aim-')), 'plan.txt');
    writeFileSync(
      file,
      [
        '某市推进数字经济发展实施意见',
        '一、发展目标与任务',
        '到2030年，数字经济成为全市高质量发展的主引擎。',
        '二、重点任务',
        '1.建设算力中心。统筹布局新型数据中心。（牵头单位：市数据局）',
      ].join('\n'),
    );
    const reply = await sayTo(depsOnPlanFiles([file], AT), '目标', 'oc_overall_aim', AT);
    expect(reply).toMatch(/^【主要目标与指标】/);
    expect(reply).toContain('到2030年，数字经济成为全市高质量发展的主引擎');
  });
});
