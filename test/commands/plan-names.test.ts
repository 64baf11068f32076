import { describe, expect, it } from 'vitest';
import { shortPlanName } from '../../src/plan/short-plan-name';
import { depsOnPlanFiles, sayTo } from '../support/plan-file-deps';

// Plans of one year get ids 2025, 2025-2, 2025-3, which say nothing of which is which. A plan is named as its
// title reads (place + year + kind), and `方案 启用` takes any part of the title that fits one plan only.

const AT = new Date('2025-05-06T09:00:00+08:00');
const FILES = [
  'test/fixtures/corpus/jinxiang-key-work-2025.txt',
  'test/fixtures/corpus/keqiao-work-report-2025-tasks.txt',
  'test/fixtures/corpus/qiaocheng-task-table-2025.txt',
];

describe('a plan named by its title', () => {
  it('reads the place, the year or period and the kind from the title', () => {
    expect(
      shortPlanName('河南省人民政府关于明确政府工作报告提出的2023年重点工作责任单位的通知', {
        from: 2023,
        to: 2023,
      }),
    ).toBe('河南省2023年重点工作');
    expect(shortPlanName('2025年金乡县政府重要工作事项责任分工', { from: 2025, to: 2025 })).toBe(
      '金乡县2025年责任分工',
    );
    expect(shortPlanName('南湖区人才强区建设三年行动方案（2024—2026年）', { from: 2024, to: 2026 })).toBe(
      '南湖区2024—2026年行动方案',
    );
    // No place in the title: none invented (省政府工作报告涉及我市 is no place).
    expect(
      shortPlanName('2018年省《政府工作报告》涉及我市工作任务责任分解方案', { from: 2018, to: 2018 }),
    ).toBe('2018年方案');
  });

  it('is switched to by any part of its title that fits one plan, and lists the plans a part fits', async () => {
    const deps = depsOnPlanFiles(FILES, AT);
    const say = (text: string) => sayTo(deps, text, 'oc_names', AT);
    expect(deps.plans.list().map((e) => e.id)).toEqual(['2025', '2025-2', '2025-3']);

    expect(await say('方案 启用 柯桥区')).toContain('已启用方案 2025-2');
    expect(deps.store.planSettings().current).toBe('2025-2');
    expect(await say('方案 启用 谯城')).toContain('已启用方案 2025-3');
    expect(await say('方案 启用 金乡县的方案')).toContain('已启用方案 2025');
    expect(deps.store.planSettings().current).toBe('2025');

    // 重点工作 is in two titles: both listed by name, nothing switched.
    const both = await say('方案 启用 重点工作');
    expect(both).toContain('对应 2 份方案');
    expect(both).toContain('2025-2(柯桥区2025年重点工作)');
    expect(both).toContain('2025-3(谯城区2025年重点工作)');
    expect(deps.store.planSettings().current).toBe('2025');
    // Two parts together tell them apart; a part no title has names every plan.
    expect(await say('方案 启用 谯城区重点工作')).toContain('已启用方案 2025-3');
    const none = await say('方案 启用 河南省');
    expect(none).toContain('没有编号为“河南省”的方案');
    expect(none).toContain('2025(金乡县2025年责任分工)');
  });
});
