import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse-plan';
import { createPlanSearch } from '../../src/search/create-plan-search';
import { stripQuestionWords } from '../../src/understand/strip-question-words';
import { shippedPlan } from './shipped-plan';

const search = createPlanSearch(shippedPlan(), { questionWords: stripQuestionWords });
const other = createPlanSearch(
  parsePlan(readFileSync('test/fixtures/answers/annual-2026/000_city-audit-work-plan-2026.txt', 'utf8')),
  { questionWords: stripQuestionWords },
);
const top = (q: string, s = search) => s.evidence(q).hits[0];
const found = (q: string, s = search) => s.evidence(q).hits.flatMap((h) => h.terms.map((t) => t.found));

describe('evidence from the plan’s own statistics', () => {
  it('finds the words spread over the plan but takes them for no evidence', () => {
    for (const q of ['审计', '资金', '项目', '建设', '工作', '推进', '方案', '审计资金项目建设']) {
      const e = search.evidence(q);
      expect(e.hits).toEqual([]);
      expect(e.unknown).toEqual([]);
    }
    expect(search.evidence('审计资金').common).toEqual(['审计', '资金']);
  });

  it('takes words few topic groups hold for evidence, and single characters never', () => {
    expect(top('养老')?.ref).toBe('3.2');
    expect(top('学前教育')?.ref).toBe('3.1');
    expect(search.evidence('化').hits).toEqual([]);
    expect(search.evidence('金').hits).toEqual([]);
  });

  it('derives what is common from each plan: 使用 is rare here, common in a work plan about funds used', () => {
    expect(search.evidence('使用').hits.length).toBeGreaterThan(0);
    expect(other.evidence('使用').hits).toEqual([]);
    expect(other.evidence('使用').common).toEqual(['使用']);
    expect(top('政府债务', other)?.ref).toBe('1.2');
    expect(search.evidence('政府债务').unknown).toEqual(['债务']);
  });

  it('runs start and end on the question’s words: 退休金审计 holds no 金审计', () => {
    expect(found('退休金审计')).not.toContain('金审计');
    expect(found('人才引进政策')).not.toContain('进政策');
  });

  it('ranks a phrase standing verbatim in one task above words scattered in another', () => {
    expect(top('住房保障体系建设')?.ref).toBe('3.3');
    expect(top('保障房审计')?.ref).toBe('3.3');
    expect(top('城市能级和品质提升')?.ref).toBe('2.1');
  });

  it('reads the field’s paraphrases only where the plan uses them, below verbatim matches', () => {
    const hit = top('养老金');
    expect(hit?.ref).toBe('3.2');
    expect(hit?.terms[0]).toMatchObject({ asked: '养老金', found: '养老保险', paraphrase: true });
    // 保障性住房 is not in the annual plan: no reading of 保障房 there, only its own characters (保障).
    const annual = other.evidence('保障房');
    expect(annual.hits.flatMap((h) => h.terms).some((t) => t.paraphrase)).toBe(false);
    expect(annual.hits.every((h) => h.covered <= 2 * h.missing)).toBe(true);
  });

  it('reports the words the plan lacks, whole (数字化, 营商环境, 保障房 without its paraphrase)', () => {
    expect(search.evidence('数字化改革').unknown).toEqual(['数字化']);
    expect(search.evidence('营商环境审计').unknown).toEqual(['营商环境']);
    expect(other.evidence('保障房审计').unknown).toEqual(['保障房']);
  });

  it('counts what an item leaves out of the question: 智慧城市建设 is not 创新型城市建设', () => {
    const e = search.evidence('智慧城市建设');
    expect(e.hits.every((h) => h.covered <= 2 * h.missing)).toBe(true);
    const typo = top('老旧小区该造');
    expect(typo?.ref).toBe('2.1');
    expect(typo && typo.covered > 2 * typo.missing).toBe(true);
  });

  it('matches across the plan’s quotes and brackets', () => {
    expect(top('扩中提低')?.ref).toBe('2.3');
    expect(top('民主法治村社区建设')?.ref).toBe('5');
  });
});
