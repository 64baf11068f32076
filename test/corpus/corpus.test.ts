import { describe, expect, it } from 'vitest';
import { CORPUS, corpusSize } from './corpus';
import { corpusFailures, corpusTable } from './corpus-table';
import type { CorpusClass } from './corpus-types';
import { echoFillers, echoProblems } from './echoed-question';
import { measureCorpus, notSaidOf, precisionOf, recallOf } from './measure-corpus';
import { runCorpus } from './run-corpus';

// The ratchet: every message of the corpus through the real core, measured per class — precision (owners
// named that are right), recall (answerable messages answered right) and, for the plan-does-not-say
// answers, how many said so and named nobody. The floors are the figures measured on main when they were
// last raised: the test fails when any class falls below them. Raise a floor when work lifts the class;
// never lower one. The goal is precision 100% and recall ≥ 95% in every class.

type Floor = { precision: number; recall: number; notSaid: number };

const FLOORS: Record<CorpusClass, Floor> = {
  任务编号: { precision: 1, recall: 1, notSaid: 1 },
  谁牵头: { precision: 1, recall: 1, notSaid: 1 },
  处室管什么: { precision: 1, recall: 1, notSaid: 1 },
  是非与选择: { precision: 1, recall: 1, notSaid: 1 },
  谁配合: { precision: 1, recall: 1, notSaid: 1 },
  两问合一: { precision: 1, recall: 0.969, notSaid: 1 },
  目标与指标: { precision: 1, recall: 1, notSaid: 1 },
  追问: { precision: 1, recall: 1, notSaid: 1 },
  推进情况: { precision: 1, recall: 1, notSaid: 1 },
  命令: { precision: 1, recall: 1, notSaid: 1 },
  寒暄: { precision: 1, recall: 1, notSaid: 1 },
  问用法: { precision: 1, recall: 1, notSaid: 1 },
  方案未写明: { precision: 1, recall: 1, notSaid: 1 },
};

/** The corpus may grow, never shrink below what the floors were measured on. */
const AT_LEAST = { messages: 1288, notSaid: 193 };

describe('the corpus of everyday chat messages', () => {
  it('holds its floors per class: precision, recall and the plan-does-not-say answers', async () => {
    const outcomes = await runCorpus(CORPUS);
    const m = measureCorpus(outcomes);
    console.log(`${corpusTable(m)}\n\n${corpusFailures(outcomes, 1)}`);

    expect(corpusSize()).toBeGreaterThanOrEqual(AT_LEAST.messages);
    expect(m.all.notSaid).toBeGreaterThanOrEqual(AT_LEAST.notSaid);
    const below: string[] = [];
    for (const [cls, floor] of Object.entries(FLOORS) as [CorpusClass, Floor][]) {
      const t = m.byClass.get(cls)!;
      if (precisionOf(t) < floor.precision)
        below.push(`${cls} precision ${precisionOf(t)} < ${floor.precision}`);
      if (recallOf(t) < floor.recall) below.push(`${cls} recall ${recallOf(t)} < ${floor.recall}`);
      if (notSaidOf(t) < floor.notSaid) below.push(`${cls} not-said ${notSaidOf(t)} < ${floor.notSaid}`);
    }
    expect(below).toEqual([]);
    // Every reply that quotes the question quotes what was typed, never a rewriting of it.
    expect(echoProblems(outcomes)).toEqual([]);
    // …and keeps no grammar as its topic: pointing words, a verb asking who, the figure asked.
    expect(echoFillers(outcomes)).toEqual([]);
  }, 120_000);
});
