import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/text/normalise';

describe('a Chinese numeral inside a term', () => {
  it('is the figure the plan writes, the letter in capitals (五g, 五G, 5g all read as 5G)', () => {
    expect(normalise('2022年要新建多少个五g基站')).toBe('2022年要新建多少个5G基站');
    expect(normalise('五G基站谁负责')).toBe('5G基站谁负责');
    expect(normalise('三d打印')).toBe('3D打印');
  });

  it('stays a word where the letters that follow are a word of their own (统一GDP) or no letter follows', () => {
    expect(normalise('统一GDP核算')).toBe('统一GDP核算');
    expect(normalise('十四五规划')).toBe('十四五规划');
    expect(normalise('第五个基站')).toBe('第五个基站');
  });
});
