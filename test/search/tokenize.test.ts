import { describe, expect, it } from 'vitest';
import { tokenizeBigrams, tokenizeBigramsAndWords, tokenizeWords } from '../../src/search/tokenize';

describe('tokenizeBigrams', () => {
  it('cuts each Han run into overlapping pairs and keeps a lone character whole', () => {
    expect(tokenizeBigrams('医共体,房')).toEqual(['医共', '共体', '房']);
  });

  it('keeps Latin words and numbers whole, lower-cased, and never pairs across punctuation', () => {
    expect(tokenizeBigrams('“1+X”机制 VChart')).toEqual(['1', 'x', '机制', 'vchart']);
  });

  it('drops emoji and punctuation without splitting surrogate pairs into terms', () => {
    expect(tokenizeBigrams('😀!!?…')).toEqual([]);
    expect(tokenizeBigrams('\uD800养老')).toEqual(['养老']);
  });
});

describe('tokenizeWords', () => {
  it('returns dictionary words and skips punctuation', () => {
    const words = tokenizeWords('高等教育发展水平提升。');
    expect(words).toContain('发展');
    expect(words).not.toContain('。');
  });
});

describe('tokenizeBigramsAndWords', () => {
  it('holds both the pairs and the words', () => {
    const terms = tokenizeBigramsAndWords('老旧小区');
    expect(terms).toEqual(expect.arrayContaining(['老旧', '旧小', '小区']));
    expect(terms.length).toBeGreaterThan(tokenizeBigrams('老旧小区').length);
  });
});
