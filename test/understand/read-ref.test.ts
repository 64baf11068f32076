import { describe, expect, it } from 'vitest';
import { readRef } from '../../src/understand/read-ref';

describe('readRef', () => {
  it('reads the bot’s ids as people type and say them', () => {
    expect(readRef('3.2')?.ref).toEqual({ kind: 'id', id: '3.2' });
    expect(readRef('任务 2-3谁牵头')).toEqual({ ref: { kind: 'id', id: '2.3' }, rest: '谁牵头' });
    expect(readRef('三点二讲的是什么')).toEqual({ ref: { kind: 'id', id: '3.2' }, rest: '讲的是什么' });
    expect(readRef('第2.1项')?.ref).toEqual({ kind: 'id', id: '2.1' });
  });

  it('reads clauses, a section alone, and the plan’s own numbers in every form', () => {
    expect(readRef('二(三)2')?.ref).toMatchObject({ kind: 'clause', part: 2, section: 3, item: 2 });
    expect(readRef('（八）是什么')?.ref).toMatchObject({ kind: 'clause', section: 8 });
    expect(readRef('第二十条谁负责')?.ref).toMatchObject({ kind: 'own', n: 20, form: 'article' });
    expect(readRef('第7项任务讲什么')?.ref).toMatchObject({ kind: 'own', n: 7, form: 'ordinal' });
    // A list of 实事 counted by 件.
    expect(readRef('第三件实事讲什么')).toMatchObject({
      ref: { kind: 'own', n: 3, form: 'ordinal' },
      rest: '讲什么',
    });
    // Months after a clause are the text's: `（二）1-5月…` is section (二), not its item 1.
    expect(readRef('（二）1-5月地方公共预算收入')).toMatchObject({
      ref: { kind: 'clause', section: 2 },
      rest: '1-5月地方公共预算收入',
    });
    expect(readRef('（二）5月完成')?.ref).not.toHaveProperty('item');
    expect(readRef('（二）1完成')?.ref).toMatchObject({ kind: 'clause', section: 2, item: 1 });
    expect(readRef('第三部分有哪些')?.ref).toMatchObject({ kind: 'own', n: 3, form: 'part' });
    expect(readRef('三、扩大产品供给')?.ref).toMatchObject({ kind: 'own', n: 3, form: 'part' });
    // A part's item after 、 (`一、1`), a part before a section (`四、（二）`), a section's item after 里面的, and
    // 条 with the question right after it and no 第 (`二十四条呢`).
    expect(readRef('一、1')?.ref).toMatchObject({ kind: 'part-item', part: 1, n: 1 });
    expect(readRef('一、2026年目标')?.ref).toMatchObject({ kind: 'own', n: 1, form: 'part' });
    expect(readRef('四、（二）下面的第6条')?.ref).toMatchObject({
      kind: 'clause',
      part: 4,
      section: 2,
      item: 6,
    });
    expect(readRef('（五）里面的第17条讲什么')?.ref).toMatchObject({ kind: 'clause', section: 5, item: 17 });
    expect(readRef('二十四条呢')?.ref).toMatchObject({ kind: 'own', n: 24, form: 'article' });
    expect(readRef('三条措施')).toBeUndefined();
    expect(readRef('（12）')?.ref).toMatchObject({ kind: 'own', n: 12, form: 'paren' });
    expect(readRef('⑷是啥')).toMatchObject({ ref: { kind: 'own', n: 4, form: 'paren' }, rest: '是啥' });
    expect(readRef('⒇')?.ref).toMatchObject({ kind: 'own', n: 20, form: 'paren' });
    for (const text of ['任务12是啥', '序号12', '项目12讲啥', '12号项目', '任务十二'])
      expect(readRef(text)?.ref, text).toMatchObject({ kind: 'bare', n: 12 });
    expect(readRef('3（1）是什么')?.ref).toMatchObject({ kind: 'sub', n: 3, sub: 1 });
    expect(readRef('第3项（2）谁牵头')?.ref).toMatchObject({ kind: 'sub', n: 3, sub: 2 });
  });

  it('reads a plan’s parts and sections mixed as people write them', () => {
    expect(readRef('第二部分(五)讲什么')?.ref).toMatchObject({ kind: 'clause', part: 2, section: 5 });
    expect(readRef('二（三）')?.ref).toMatchObject({ kind: 'clause', part: 2, section: 3 });
    expect(readRef('二(二)第1项谁牵头')?.ref).toMatchObject({ kind: 'clause', part: 2, section: 2, item: 1 });
    expect(readRef('第三部分第2条谁负责')).toEqual({
      ref: { kind: 'part-item', part: 3, n: 2, written: '第三部分第2条' },
      rest: '谁负责',
    });
  });

  it('reads goals and indicators by number, Chinese numerals too', () => {
    expect(readRef('指标4是个啥')).toMatchObject({ ref: { target: 'indicator', ref: '4' }, rest: '是个啥' });
    expect(readRef('指标五')?.ref).toMatchObject({ target: 'indicator', ref: '5' });
    expect(readRef('指标5之1')?.ref).toMatchObject({ target: 'indicator', ref: '5-1' });
    expect(readRef('第3个指标')?.ref).toMatchObject({ target: 'indicator', ref: '3' });
    expect(readRef('目标指标表里第1行是啥')).toMatchObject({
      ref: { target: 'indicator', ref: '1', row: true },
      rest: '是啥',
    });
    expect(readRef('指标表第四行')?.ref).toMatchObject({ target: 'indicator', ref: '4', row: true });
    expect(readRef('第2行指标')?.ref).toMatchObject({ target: 'indicator', ref: '2', row: true });
    // A row with no table named may be a row of a table of tasks.
    expect(readRef('第2行')?.ref).not.toMatchObject({ target: 'indicator' });
    expect(readRef('目标 2')?.ref).toMatchObject({ target: 'goal', ref: '2' });
  });

  it('takes no year, date, figure or word for a number', () => {
    for (const text of ['2026年', '2026-12-31', '十五五方案', '十点开会', '城市更新', '10%的'])
      expect(readRef(text), text).toBeUndefined();
  });

  it('takes a count said of a thing for part of the phrase, not an item number', () => {
    for (const text of ['90条措施归谁', '100名人才谁负责', '5个项目谁牵头', '30亿元专项债'])
      expect(readRef(text), text).toBeUndefined();
    expect(readRef('3条讲什么')?.ref).toMatchObject({ kind: 'bare', n: 3 });
    expect(readRef('5项谁负责')?.ref).toMatchObject({ kind: 'bare', n: 5 });
  });
});
