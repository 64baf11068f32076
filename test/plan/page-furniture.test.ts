import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPageFurniture } from '../../src/plan/is-page-furniture';
import { parsePlan } from '../../src/plan/parse-plan';
import { planTexts } from '../../src/plan/plan-texts';

// A web copy's posting lines (when, by whom, from where, how often read) are the page's, not the plan's.

describe('a web page’s posting lines', () => {
  it('are lines of nothing but the page’s labelled fields', () => {
    for (const line of [
      '发布时间:2025-03-28 16:00 信息来源:谯城区委督查考核办',
      '时间:2025-09-19 来源:政府办',
      '发布日期：2026-02-28 浏览次数：',
      '来源：绍兴市人民政府办公室　发布时间：2026-03-12',
      '【字体：大 中 小】',
      '当前位置：首页 > 政务公开 > 政策文件',
    ])
      expect(isPageFurniture(line), line).toBe(true);
  });

  it('are not a plan’s own labelled lines or sentences', () => {
    for (const line of [
      '时间：2025年12月底前',
      '责任单位：区商务局、区市场监管局',
      '来源：根据区十一届人大次会议通过的《政府工作报告》，现对重点工作进行分解。',
      '资金来源：市财政',
    ])
      expect(isPageFurniture(line), line).toBe(false);
  });

  it('are no text of the plan to search, above its first heading', () => {
    const plan = parsePlan(readFileSync('test/fixtures/corpus/liaozhong-task-table-2024.txt', 'utf8'));
    expect(planTexts(plan).some((t) => t.includes('来源:政府办'))).toBe(false);
    const web = parsePlan(readFileSync('test/fixtures/plans/web-copy-markdown.md', 'utf8'));
    expect(web.passages.map((p) => p.text)).toContain(
      '为深入推进城乡风貌整治提升，打造共同富裕现代化基本单元，结合我市实际，制定本方案。',
    );
    expect(planTexts(web).some((t) => t.includes('发布时间'))).toBe(false);
  });

  it('leave a line below the first heading to the plan', () => {
    const plan = parsePlan(
      ['某区重点工作', '一、重点工作', '1.建设社工站。', '时间:2025-09-19 来源:政府办'].join('\n'),
    );
    expect(planTexts(plan).some((t) => t.includes('来源:政府办'))).toBe(true);
  });
});
