import { describe, expect, it } from 'vitest';
import { stripQuestionWords } from '../../src/search/strip-question-words';
import { tokenizeBigrams } from '../../src/search/tokenize';

describe('stripQuestionWords', () => {
  it('cuts the question out and leaves the topic', () => {
    expect(stripQuestionWords('高等教育发展水平提升归哪个处室').trim()).toBe('高等教育发展水平提升');
    expect(stripQuestionWords('古城项目群建设由谁牵头').trim()).toBe('古城项目群建设');
  });

  it('leaves a space where it cut, so no term spans the cut', () => {
    expect(tokenizeBigrams(stripQuestionWords('公租房审计谁来管'))).not.toContain('计谁');
  });

  it('keeps frequent topic words such as 审计 for the ranking to weigh', () => {
    expect(stripQuestionWords('就业创业审计')).toBe('就业创业审计');
  });
});
