import { describe, expect, it } from 'vitest';
import { ask } from '../support/core';
import { answerable, judge } from './judge-answer';
import { type Category, STAFF_ANSWER_SET } from './staff-answer-set';

// The measure of the answers: precision (owners named that are right) must be 100%; recall
// (answerable questions answered in full) at least 95%. Owners are read off the reply as staff read
// them: every `牵头:【X】` and every `方案写明:【X】负责…`.

describe('staff questions: precision and recall over the shipped plan', () => {
  it(`answers ${STAFF_ANSWER_SET.length} questions with no wrong owner and recall ≥ 95%`, async () => {
    const byCategory = new Map<Category, { n: number; ok: number }>();
    let named = 0;
    let right = 0;
    let toAnswer = 0;
    let answered = 0;
    const failures: string[] = [];
    for (const { q, category, expected } of STAFF_ANSWER_SET) {
      const reply = await ask(q);
      const verdict = judge(reply, expected);
      named += verdict.named.length;
      right += verdict.named.length - verdict.wrong.length;
      const ok = verdict.wrong.length === 0 && (answerable(expected) ? verdict.complete : true);
      if (answerable(expected)) {
        toAnswer += 1;
        if (verdict.complete) answered += 1;
      }
      const c = byCategory.get(category) ?? { n: 0, ok: 0 };
      byCategory.set(category, { n: c.n + 1, ok: c.ok + (ok ? 1 : 0) });
      if (!ok) failures.push(`${q} → 名为 [${verdict.named.join('、')}] 期望 ${JSON.stringify(expected)}`);
    }
    const precision = named === 0 ? 1 : right / named;
    const recall = answered / toAnswer;
    const lines = [...byCategory].map(([c, { n, ok }]) => `  ${c}: ${ok}/${n}`);
    console.log(
      [
        `staff questions: ${STAFF_ANSWER_SET.length}`,
        `precision ${(precision * 100).toFixed(1)}% (${right}/${named} owners named are right)`,
        `recall ${(recall * 100).toFixed(1)}% (${answered}/${toAnswer} answerable questions answered)`,
        ...lines,
        ...failures.map((f) => `  ✗ ${f}`),
      ].join('\n'),
    );
    expect(STAFF_ANSWER_SET.length).toBeGreaterThanOrEqual(120);
    expect(STAFF_ANSWER_SET.filter((s) => s.category === '方案未指定或未提到').length).toBeGreaterThanOrEqual(
      30,
    );
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
