import { describe, expect, it } from 'vitest';
import { clauseSubject } from '../../src/understand/subject-spans';

describe('what a clause is about', () => {
  it('is its words before the verb it turns on', () => {
    expect(clauseSubject('1.地区生产总值增长5%以上。')).toBe('地区生产总值');
    expect(clauseSubject('6.城乡居民人均可支配收入分别增长6%、6.5%。')).toBe('城乡居民人均可支配收入');
    expect(clauseSubject('4.规上工业增加值增长8.5%。')).toBe('规上工业增加值');
    expect(clauseSubject('8.居民人均可支配收入与经济增长保持同步。')).toBe('居民人均可支配收入');
  });
  it('is none of a clause that opens with its verb, and all of a heading without one', () => {
    expect(
      clauseSubject('7.实现高新技术产业产值占规上工业产值比重达54%,全社会研发投入占地区生产总值比重达4.15%'),
    ).toBe('');
    expect(clauseSubject('25.社会工作人才培养项目。')).toBe('社会工作人才培养项目');
  });
});
