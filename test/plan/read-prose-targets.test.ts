import { describe, expect, it } from 'vitest';
import { readProseTargets } from '../../src/plan/read-prose-targets';

describe('readProseTargets', () => {
  it('gives each figure the year its paragraph opens with, when its sentence names none', () => {
    const { indicators } = readProseTargets(
      [
        {
          text: '到2020年，产业创新能力持续提升。全国农机总动力超过10亿千瓦，综合机械化率达到70%。',
          clause: '一(二)',
          heading: '（二）发展目标',
        },
        {
          text: '到2025年，产业迈入高质量发展阶段。全国农机总动力稳定在11亿千瓦左右。',
          clause: '一(二)',
          heading: '（二）发展目标',
        },
      ],
      () => false,
    );
    expect(indicators.map((i) => [i.name, i.target, i.year])).toEqual([
      ['全国农机总动力', '超过10亿千瓦', 2020],
      ['综合机械化率', '达到70%', 2020],
      ['全国农机总动力', '稳定在11亿千瓦左右', 2025],
    ]);
  });
});
