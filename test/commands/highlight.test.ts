import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/commands/answers/present';

describe('highlight', () => {
  it('marks words found half-width where the sentence writes them full-width, as written', () => {
    expect(highlight('ＧＤＰ增长８％以上。', ['gdp增长8%'])).toEqual([
      { strong: 'ＧＤＰ增长８％' },
      '以上。',
    ]);
  });
});
