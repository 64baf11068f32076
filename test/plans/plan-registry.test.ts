import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fiveYearName } from '../../src/plan/five-year-name';
import { currentPlan } from '../../src/plans/current-plan';
import { loadPlans } from '../../src/plans/load-plans';
import { namedPlan } from '../../src/plans/named-plan';
import { unknownFiveYear } from '../../src/plans/unknown-five-year';
import { normalise } from '../../src/text/normalise';

// The plans the bot knows: shipped in seeds/ and added to DATA_DIR/plans/, each under an id read from its
// period; which one is current; and a plan named in a question.

const SHIPPED = 'seeds';
const FIFTEENTH = 'test/fixtures/plans/bureau-15th-five-year.txt';
const ANNUAL = 'test/fixtures/plans/annual-work-points.txt';

function dataDirWith(...files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'plans-'));
  mkdirSync(join(dir, 'plans'));
  for (const f of files) copyFileSync(f, join(dir, 'plans', f.split('/').at(-1)!));
  return dir;
}
const load = (dataDir: string, skipped: string[] = []) =>
  loadPlans({
    dirs: { seeds: SHIPPED, added: join(dataDir, 'plans') },
    onSkip: (f, r) => skipped.push(`${f}: ${r}`),
  });

describe('the plans the bot knows', () => {
  it('reads the shipped plan and every added one, each under an id from its own period', () => {
    const plans = load(dataDirWith(FIFTEENTH, ANNUAL));
    expect(plans.list().map((p) => [p.id, p.source])).toEqual([
      ['2021-2025', 'shipped'],
      ['2026', 'added'],
      ['2026-2030', 'added'],
    ]);
    expect(plans.legacy.id).toBe('2021-2025');
    expect(plans.byId('2026-2030')?.title).toContain('十五五');
  });

  it('leaves out a file with no task and says why, and keeps ids apart when two plans share a period', () => {
    const dir = dataDirWith(FIFTEENTH);
    writeFileSync(join(dir, 'plans', 'notes.txt'), '会议纪要\n今天讨论了审计工作。\n');
    copyFileSync(FIFTEENTH, join(dir, 'plans', 'again.txt'));
    const skipped: string[] = [];
    const plans = load(dir, skipped);
    expect(skipped.join()).toMatch(/notes\.txt: 没有读出任何任务/);
    expect(plans.list().map((p) => p.id)).toEqual(['2021-2025', '2026-2030', '2026-2030-2']);
  });

  it('makes current the plan an admin chose, else the one covering today (not one waiting for 启用), else the latest', () => {
    const plans = load(dataDirWith(FIFTEENTH, ANNUAL));
    const none = { plans: {} };
    const at = '2026-12-01T00:00:00Z';
    // Added by plan add or in chat, not yet made current: it does not take over, though its period covers
    // today — nor one whose adding was never recorded (the bot stopped in between).
    const waiting = { plans: { '2026-2030': { added: at }, '2026': { added: at } } };
    expect(currentPlan(plans, waiting, '2026-12-01').id).toBe('2021-2025');
    expect(currentPlan(plans, none, '2026-12-01').id).toBe('2021-2025');
    expect(currentPlan(plans, { ...waiting, current: '2026' }, '2026-12-01').id).toBe('2026');
    // Plans made current once: by period. In 2026 both the five-year and the annual plan cover it; the
    // longer period is the main plan.
    const used = {
      plans: { '2026-2030': { added: at, activated: at }, '2026': { added: at, activated: at } },
    };
    expect(currentPlan(plans, used, '2026-12-01').id).toBe('2026-2030');
    expect(currentPlan(plans, used, '2024-06-01').id).toBe('2021-2025');
    // No plan covers 2040: the latest one.
    expect(currentPlan(plans, used, '2040-01-01').id).toBe('2026-2030');
  });

  it('finds a plan a question names, by its period, its five-year name or its title, and cuts the mention out', () => {
    const plans = load(dataDirWith(FIFTEENTH));
    expect(fiveYearName(plans.byId('2021-2025')!)).toBe('十四五');
    expect(fiveYearName(plans.byId('2026-2030')!)).toBe('十五五');
    const cases: [string, string, string][] = [
      ['十四五方案里古城项目群谁牵头', '2021-2025', '古城项目群谁牵头'],
      ['“十五五”规划中惠民惠企政策谁负责', '2026-2030', '惠民惠企政策谁负责'],
      ['方案 2021-2025 任务 企金处', '2021-2025', '任务 企金处'],
      ['2026-2030方案里有哪些任务', '2026-2030', '有哪些任务'],
      // Written as the bot writes periods (2026—2030年), and the title with full-width quotes as typed.
      ['2026-2030年规划里政府债务审计谁牵头', '2026-2030', '政府债务审计谁牵头'],
      ['2026—2030年方案中古城项目群谁牵头', '2026-2030', '古城项目群谁牵头'],
      [
        normalise('《绍兴市审计局“十五五”时期审计工作实施方案》里政府债务审计谁牵头'),
        '2026-2030',
        '政府债务审计谁牵头',
      ],
      // A five-year name opening the question, without 方案.
      ['十五五主要目标讲了啥', '2026-2030', '主要目标讲了啥'],
      ['“十四五”时期的安居工程谁牵头', '2021-2025', '安居工程谁牵头'],
    ];
    for (const [text, id, rest] of cases)
      expect(namedPlan(text, plans)).toMatchObject({ entry: { id }, rest });
    for (const text of [
      '古城项目群谁牵头',
      '方案里有没有提到债务',
      '2025年审计覆盖率要求多少',
      '十五个处室',
      '2021-2025主要目标',
      '围绕十四五时期目标谁牵头',
    ])
      expect(namedPlan(text, plans)).toBeUndefined();
  });
});

describe('a five-year period asked of that no plan covers', () => {
  it('is named when no plan is of it nor speaks of it, and only then', () => {
    const shippedOnly = load(dataDirWith());
    expect(unknownFiveYear('十五五方案有哪些目标', shippedOnly)).toBe('十五五');
    expect(unknownFiveYear('十五五主要目标讲了啥', shippedOnly)).toBe('十五五');
    expect(unknownFiveYear('十四五方案里安居工程谁牵头', shippedOnly)).toBeUndefined();
    expect(unknownFiveYear('安居工程谁牵头', shippedOnly)).toBeUndefined();
    expect(unknownFiveYear('十五五方案有哪些目标', load(dataDirWith(FIFTEENTH)))).toBeUndefined();
    // A 2025 work plan speaks of “十四五”规划的收官之年 and “十五五”规划谋篇布局: asked of, not refused.
    const annual = load(dataDirWith('test/fixtures/corpus/jinxiang-key-work-2025.txt'));
    expect(unknownFiveYear('十五五规划谋篇布局怎么说的', annual)).toBeUndefined();
    expect(unknownFiveYear('十二五方案里有啥', annual)).toBe('十二五');
    // The shipped plan looks back on 十三五: a question of it is the plan's to answer.
    expect(unknownFiveYear('十三五时期审计覆盖率多少', shippedOnly)).toBeUndefined();
  });
});
