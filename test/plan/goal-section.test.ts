import { describe, expect, it } from 'vitest';
import { isGoalSection } from '../../src/plan/is-goal-section';
import { parsePlan } from '../../src/plan/parse-plan';

// A goal section (一、工作目标) states the plan's goals even where it gives no figure: they are goals with no
// indicator, titled by the sentence that says what is aimed at by when.
const text = [
  '某市推进数字经济发展实施意见',
  '一、指导思想',
  '坚持创新驱动，推动数字经济和实体经济深度融合。',
  '二、工作目标',
  '坚持统筹谋划、整体推进的原则，推进数字化改革全面深化。到2030年，数字经济成为全市高质量发展的主引擎，智慧城市建设走在全省前列，数字治理能力显著提升，建成全国有影响力的数字经济名城。',
  '三、重点任务',
  '1.建设算力中心。统筹布局新型数据中心。（牵头单位：市数据局，配合单位：市发改委）',
  '2.培育数字企业。到2030年，培育一批数字经济领军企业。（牵头单位：市经信局）',
].join('\n');

describe('a goal section with no figure', () => {
  const plan = parsePlan(text);

  it('is read as the plan’s goal, titled by its aim in whole clauses', () => {
    expect(plan.goals.map((g) => [g.clause, g.title])).toEqual([
      ['二', '数字经济成为全市高质量发展的主引擎，智慧城市建设走在全省前列'],
    ]);
    expect(plan.goals[0]?.text).toContain('建成全国有影响力的数字经济名城');
    expect(plan.indicators).toEqual([]);
  });

  it('leaves other sections and the tasks’ own aims alone', () => {
    expect(plan.goals.some((g) => g.text.includes('指导思想') || g.text.includes('坚持创新驱动'))).toBe(
      false,
    );
    expect(plan.goals.some((g) => g.text.includes('领军企业'))).toBe(false);
    expect(plan.tasks.map((t) => t.title)).toEqual(['建设算力中心', '培育数字企业']);
  });
});

describe('a goal section by its heading', () => {
  it('is any heading of goals: what stands before 目标 says which goals', () => {
    for (const heading of [
      '目标',
      '工作目标',
      '主要目标',
      '主要工作目标',
      '总体工作目标',
      '主要预期目标',
      '2025年主要预期目标',
      '经济社会发展主要预期目标',
      '确保完成全年主要预期目标',
      '经济社会发展指标(工作目标)',
    ])
      expect(isGoalSection(heading), heading).toBe(true);
  });

  it('is not a task’s heading that aims at something, nor goals joined to something else', () => {
    for (const heading of [
      '推动实现碳达峰目标',
      '发展目标与任务',
      '指导思想和主要目标',
      '主要目标和任务分工',
    ])
      expect(isGoalSection(heading), heading).toBe(false);
  });

  it('holds a goal with no figure under 主要工作目标 as under 工作目标', () => {
    const plan = parsePlan(text.replace('二、工作目标', '二、主要工作目标'));
    expect(plan.goals.map((g) => g.clause)).toEqual(['二']);
    expect(plan.goals[0]?.text).toContain('到2030年');
  });
});
