import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { taskPulse } from '../../src/dash/data/task-pulse';
import { buildKnowledge } from '../../src/plan/build-knowledge';
import { parsePlan } from '../../src/plan/parse-plan';
import { renderText } from '../../src/reply/render-text';
import { digestReply } from '../../src/reports/digest';
import { scheduledPeriod } from '../../src/reports/digest-period';
import { targetLabel } from '../../src/reports/target-label';
import { type JobFixture, jobFixture, shanghai } from '../jobs/job-fixture';

// Every surface names a task by the number chat reads back to it (askableId): on a plan numbered 1.–12.
// through two parts whose first part the bot's ids put last (柯桥 责任分解: the plan's 1.–4. are the bot's
// 9–12), the digest, the dashboard's task list and a record's label say 1, never the bot's 9 — which in chat
// is the plan's item 9, another task.

const plan = parsePlan(readFileSync('test/fixtures/corpus/keqiao-work-report-2025-tasks.txt', 'utf8'));
const knowledge = buildKnowledge(plan);
const gdp = plan.tasks.find((t) => t.title.startsWith('地区生产总值'))!;
const debt = plan.tasks.find((t) => t.title.startsWith('用好地方政府专项债券'))!;

describe('a task on every surface', () => {
  it('is labelled by the plan’s number where the bot’s short id names another task', () => {
    expect([gdp.id, gdp.number, debt.id, debt.number]).toEqual(['9', '1.', '2', '6.']);
    const labels = { current: { id: plan.id, knowledge } };
    expect(targetLabel({ kind: 'task', id: gdp.id }, labels)).toMatch(/^1 地区生产总值/);
    expect(targetLabel({ kind: 'task', id: debt.id }, labels)).toMatch(/^6 用好地方政府专项债券/);
  });

  let f: JobFixture;
  beforeEach(() => {
    f = jobFixture();
  });
  afterEach(() => f.cleanup());

  it('is named so in the weekly digest and on the dashboard', () => {
    f.store.recordProgress(
      { by: 'ou_someone', at: shanghai('2026-11-18', '10:00') },
      { target: { kind: 'task', id: gdp.id, plan: plan.id }, division: '区发改局', text: '一季度增速6.1%' },
    );
    const deps = { ...f.deps(), knowledge, plan: { id: plan.id } };
    const period = scheduledPeriod('2026-11-23', undefined, 'Asia/Shanghai')!;
    const text = renderText(digestReply(period, shanghai('2026-11-23', '09:00'), deps));
    expect(text).toMatch(/1 地区生产总值[^\n]*本期/);
    expect(text).not.toMatch(/(^|[^\d.])9 地区生产总值/m);
    // Silent tasks too: the plan's 6., the bot's 2 (which chat reads as the plan's 2.).
    expect(text).toMatch(/沉寂 14 天以上[^\n]*6 用好地方政府专项债券/);
    expect(text).not.toMatch(/沉寂 14 天以上[^\n]*(^|[^\d.])2 用好地方政府专项债券/m);
    const pulse = taskPulse(f.store, knowledge, plan.id, '2026-11-23', 'Asia/Shanghai');
    expect(pulse.find((p) => p.task === gdp)?.number).toBe('1');
    expect(pulse.find((p) => p.task === debt)?.number).toBe('6');
  });
});
