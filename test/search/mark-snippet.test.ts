import { describe, expect, it } from 'vitest';
import type { Inline } from '../../src/reply/reply';
import { markSnippet } from '../../src/search/mark-snippet';

const plain = (inlines: Inline[]) =>
  inlines.map((i) => (typeof i === 'string' ? i : 'strong' in i ? i.strong : '')).join('');
const strong = (inlines: Inline[]) =>
  inlines.flatMap((i) => (typeof i === 'object' && 'strong' in i ? [i.strong] : []));

describe('markSnippet', () => {
  it('marks every matched word and merges overlapping matches', () => {
    const snippet = markSnippet('重点关注老旧小区改造提升等推进情况', ['老旧', '旧小', '小区', '改造']);
    expect(snippet).toEqual(['重点关注', { strong: '老旧小区改造' }, '提升等推进情况']);
  });

  it('marks a word whose quote marks the match stepped over with both its marks', () => {
    expect(markSnippet('5.抓好“两新”政策落地。', ['两新”政策'])).toEqual([
      '5.抓好',
      { strong: '“两新”政策' },
      '落地。',
    ]);
    expect(markSnippet('推进创新平台“提能造峰”、创新基础', ['创新平台“提能造峰'])).toEqual([
      '推进',
      { strong: '创新平台“提能造峰”' },
      '、创新基础',
    ]);
  });

  it('finds terms given half-width in a sentence written full-width, marking the words as written', () => {
    expect(markSnippet('ＧＤＰ增长８％以上', ['gdp增长8%'])).toEqual([{ strong: 'ＧＤＰ增长８％' }, '以上']);
  });

  it('cuts a long sentence around the match with … on both sides', () => {
    const sentence = `${'甲'.repeat(100)}兰亭书法节${'乙'.repeat(100)}`;
    const snippet = markSnippet(sentence, ['兰亭', '书法'], 40);
    const text = plain(snippet);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(42);
    expect(strong(snippet)).toEqual(['兰亭书法']);
  });

  it('matches Latin terms case-insensitively and keeps the written case', () => {
    expect(markSnippet('深入实施“1+X”审计整改', ['x'])).toEqual([
      '深入实施“1+',
      { strong: 'X' },
      '”审计整改',
    ]);
  });

  it('returns the sentence unmarked when nothing matches, and never cuts an emoji in half', () => {
    expect(markSnippet('无关句子', ['养老'])).toEqual(['无关句子']);
    const emoji = `a${'😀'.repeat(60)}养老${'😀'.repeat(60)}`;
    const text = plain(markSnippet(emoji, ['养老'], 30));
    expect(text).not.toMatch(/^…?[\uDC00-\uDFFF]|[\uD800-\uDBFF]…?$/);
  });
});

describe('markSnippet with term weights', () => {
  it('puts the rare word in view rather than several copies of a common one', () => {
    const sentence = `建设、建设、建设、建设${'甲'.repeat(60)}古城项目群`;
    const weight = (term: string) => (term === '建设' ? 0.1 : 3);
    expect(strong(markSnippet(sentence, ['建设', '古城'], 30, weight))).toContain('古城');
    expect(strong(markSnippet(sentence, ['建设', '古城'], 30))).not.toContain('古城');
  });
});

describe('markSnippet cuts between words', () => {
  it('starts and ends a cut sentence on word boundaries (…促进审计整改, never …进审计整改)', () => {
    const sentence =
      '加大对打造共同富裕示范区市域范例相关领域问题线索的移送力度,严格落实审计整改报告、问题挂号销号制度,进一步建立健全审计整改长效机制,促进审计整改长效化、审计成果运用多元化,到2025年审计发现应移送事项、人员移送率达100%。';
    const bounds = new Set([0]);
    for (const s of new Intl.Segmenter('zh', { granularity: 'word' }).segment(sentence))
      bounds.add(s.index + s.segment.length);
    for (const terms of [['审计整改'], ['移送'], ['成果运用'], ['挂号销号'], ['长效机制']]) {
      for (const length of [20, 30, 40]) {
        const text = plain(markSnippet(sentence, terms, length));
        const body = text.replace(/^…/, '').replace(/…$/, '');
        const start = sentence.indexOf(body);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(bounds.has(start)).toBe(true);
        expect(bounds.has(start + body.length)).toBe(true);
      }
    }
  });
});
