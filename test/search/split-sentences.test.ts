import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/search/split-sentences';

describe('splitSentences', () => {
  it('ends sentences at 。！？； and line breaks, the mark kept', () => {
    expect(splitSentences('加强审计。推进整改；\n落实责任')).toEqual([
      '加强审计。',
      '推进整改；',
      '落实责任',
    ]);
  });

  it('reads a table row by its cells: no pipes, no row number, each cell its sentences', () => {
    expect(
      splitSentences('| 1 | 地区生产总值增长6%以上。 | 区发展改革委 | 地区生产总值同比增长2.9%。 |'),
    ).toEqual(['地区生产总值增长6%以上。', '区发展改革委', '地区生产总值同比增长2.9%。']);
    expect(splitSentences('| ⑵ | 新建托位500个 | 2026年底 |')).toEqual(['新建托位500个', '2026年底']);
  });
});
