import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/plan/build-knowledge';
import { parsePlan } from '../../src/plan/parse-plan';
import { termAbbreviated } from '../../src/plan/term-abbreviated';
import { expandTerms } from '../../src/understand/expand-terms';
import { vocabularyTerm } from '../../src/understand/vocabulary-term';
import { depsOnPlanFiles, sayTo } from '../support/plan-file-deps';

// Short forms of a plan's terms (内部审计 → 内审, 经济责任 → 经责), read from the plan's own words; a short form
// that is a word of its own (老人) or that the plan writes as such is no abbreviation; a unit's short form that
// abbreviates a term (内审 of 内审处 beside 内部审计) is the term.

const FILE = 'test/fixtures/corpus/internal-audit-guidance-2026.txt';
const plan = parsePlan(readFileSync(FILE, 'utf8'));

describe('short forms of the plan’s terms', () => {
  it('stand for the one term of two words they abbreviate', () => {
    expect(termAbbreviated('内审', plan)).toBe('内部审计');
    expect(termAbbreviated('经责', plan)).toBe('经济责任');
    expect(expandTerms('经责审计每年做', plan)?.subject).toBe('经济责任审计每年做');
  });

  it('are not read where the plan writes them, nor where they are words of their own', () => {
    const shangyu = parsePlan(
      readFileSync('test/fixtures/corpus/shangyu-audit-work-points-2026.txt', 'utf8'),
    );
    // 上虞 writes 内审机构 as such.
    expect(termAbbreviated('内审', shangyu)).toBeUndefined();
    expect(termAbbreviated('审计', plan)).toBeUndefined();
    const zhuji = parsePlan(readFileSync('test/fixtures/corpus/zhuji-livelihood-projects-2026.txt', 'utf8'));
    expect(termAbbreviated('老人', zhuji)).toBeUndefined();
  });

  it('leave a unit’s short form to the term it abbreviates', () => {
    const division = buildKnowledge(plan).divisions.find((d) => d.name === '内审处');
    expect(division?.aliases).not.toContain('内审');
  });
});

describe('questions with a term’s short form', () => {
  const at = new Date('2026-04-15T09:00:00+08:00');
  const deps = depsOnPlanFiles([FILE], at);
  let n = 0;
  const say = (text: string) => sayTo(deps, text, `oc_terms_${n++}`, at);

  it('are asked about the term, and the answer says how it was read', async () => {
    const reply = await say('内审数字化谁负责');
    expect(reply).toContain('牵头:【内审处】');
    expect(reply).toContain('任务 1.2 推进内部审计数字化');
    expect(reply).toContain('“内审”按“内部审计”理解(简称)');
  });

  it('never turn a plan word typed whole into a typo reading (内审机构 is no 内审计构)', async () => {
    const reply = await say('内审机构设置归哪个处');
    expect(reply).toContain('牵头:【内审处】');
    expect(reply).not.toContain('内审计构');
  });

  it('do not list the division’s tasks for a figure about the term', async () => {
    const reply = await say('内审工作经费标准是多少');
    expect(reply).toContain('方案没有给出');
    expect(reply).not.toContain('内审处的任务与目标');
  });
});

describe('short forms that are words of the dictionary', () => {
  const guangzhou = parsePlan(
    readFileSync('test/fixtures/corpus/guangzhou-talent-gathering-2012.txt', 'utf8'),
  );
  const nanhu = parsePlan(readFileSync('test/fixtures/corpus/nanhu-talent-2024-2026.txt', 'utf8'));
  const keqiao = parsePlan(readFileSync('test/fixtures/corpus/keqiao-work-report-2025-tasks.txt', 'utf8'));

  it('are no short form by their shape alone: 主要|任务 makes no 主任', () => {
    expect(termAbbreviated('社工', guangzhou)).toBeUndefined();
    expect(vocabularyTerm('主任', guangzhou)).toBeUndefined();
  });

  it('stand for the term the field’s vocabulary gives, made of its words’ first characters', () => {
    expect(vocabularyTerm('社工', guangzhou)).toBe('社会工作');
    expect(expandTerms('社工人才培养', guangzhou)?.subject).toBe('社会工作人才培养');
    expect(vocabularyTerm('社零', keqiao)).toBe('社会消费品零售总额');
    expect(vocabularyTerm('固投', keqiao)).toBe('固定资产投资');
  });

  it('are not read where the plan writes them, nor for a synonym that is no short form', () => {
    // 南湖 writes 社工站 itself.
    expect(vocabularyTerm('社工', nanhu)).toBeUndefined();
    // 物价 is another word for 居民消费价格, not made of its characters: a paraphrase, not a short form.
    expect(vocabularyTerm('物价', keqiao)).toBeUndefined();
  });
});
