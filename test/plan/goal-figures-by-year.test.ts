import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse-plan';

// A goal paragraph whose sentences aim at different years, each figure after what is built
// (`全市新建5G基站2600个以上`): each figure is an indicator named by what it counts and its year.
const text = [
  '某市新型基础设施建设三年行动方案(2022—2024年)',
  '一、主要目标',
  '2022年，全市新建5G基站2600个以上，新建市级及以上创新平台15个以上，加快推动融合发展。到2024年，全市累计建成5G基站1万个，累计新建市级及以上创新平台50个以上，基本形成新型基础设施体系。',
  '二、重点任务',
  '（一）推进大数据基础设施建设。高水平推进5G网络规模化部署。',
].join('\n');

describe('figures of a goal aimed at two years', () => {
  const plan = parsePlan(text);

  it('are indicators named by the thing and its year, the figure as the target', () => {
    expect(plan.indicators.map((i) => [i.name, i.target])).toEqual([
      ['2022年新建5G基站', '2600个以上'],
      ['2022年新建市级及以上创新平台', '15个以上'],
      ['到2024年累计建成5G基站', '1万个'],
      ['到2024年累计新建市级及以上创新平台', '50个以上'],
    ]);
  });
});
