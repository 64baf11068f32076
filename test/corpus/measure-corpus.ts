import { CORPUS_CLASSES, type CorpusClass } from './corpus-types';
import type { Outcome } from './run-corpus';

// Precision (owners named that are right) and recall (answerable messages answered right), apart; the
// plan-does-not-say class is its own figure (said so and named nobody).

export interface Tally {
  messages: number;
  /** Answerable messages, and those answered right. */
  answerable: number;
  answered: number;
  /** Owners named, and those of them that are right. */
  named: number;
  right: number;
  /** Messages whose right answer is that the plan does not say, and those answered so. */
  notSaid: number;
  notSaidRight: number;
}

const empty = (): Tally => ({
  messages: 0,
  answerable: 0,
  answered: 0,
  named: 0,
  right: 0,
  notSaid: 0,
  notSaidRight: 0,
});

function add(t: Tally, o: Outcome): void {
  t.messages += 1;
  t.named += o.named.length;
  t.right += o.named.length - o.wrong.length;
  if (o.answerable) {
    t.answerable += 1;
    if (o.ok) t.answered += 1;
  } else {
    t.notSaid += 1;
    if (o.ok) t.notSaidRight += 1;
  }
}

export interface Measure {
  all: Tally;
  byClass: Map<CorpusClass, Tally>;
  byPlan: Map<string, Tally>;
  /** Per plan, per class. */
  byPlanClass: Map<string, Map<CorpusClass, Tally>>;
}

export function measureCorpus(outcomes: readonly Outcome[]): Measure {
  const m: Measure = { all: empty(), byClass: new Map(), byPlan: new Map(), byPlanClass: new Map() };
  for (const c of CORPUS_CLASSES) m.byClass.set(c, empty());
  for (const o of outcomes) {
    add(m.all, o);
    add(m.byClass.get(o.cls)!, o);
    if (!m.byPlan.has(o.plan)) {
      m.byPlan.set(o.plan, empty());
      m.byPlanClass.set(o.plan, new Map());
    }
    add(m.byPlan.get(o.plan)!, o);
    const cells = m.byPlanClass.get(o.plan)!;
    if (!cells.has(o.cls)) cells.set(o.cls, empty());
    add(cells.get(o.cls)!, o);
  }
  return m;
}

/** Precision as a fraction (1 when nobody was named). */
export const precisionOf = (t: Tally) => (t.named === 0 ? 1 : t.right / t.named);
/** Recall as a fraction (1 when nothing was answerable). */
export const recallOf = (t: Tally) => (t.answerable === 0 ? 1 : t.answered / t.answerable);
/** The plan-does-not-say figure as a fraction (1 when there were none). */
export const notSaidOf = (t: Tally) => (t.notSaid === 0 ? 1 : t.notSaidRight / t.notSaid);
