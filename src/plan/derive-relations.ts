import type { DivisionMatcher } from './divisions';
import type { Division, Relation, TargetRelations } from './knowledge';
import type { Goal, Indicator, Measure, Plan, Task } from './model';

// The plan names a lead for every task but no owner for goals and indicators. Relate each target to
// divisions by text similarity: BM25 over character bigrams (rare bigrams weigh most) between the
// target and each task a division leads, and each safeguard measure whose roles name a division.
// A measure naming no division relates through the plan's coordinating division (the holder of a
// 牵头抓总/统筹/督办 role). A goal is read together with its indicators, and an indicator half with its
// goal, so both get consistent relations. These are relations, never ownership.

/**
 * Below this share of its best possible score a task or measure is no evidence at all. Set so that
 * shared stock phrases (每年选择…审计, 决策部署) alone relate nothing: a target whose subject no division's
 * work touches (财政 in a plan without a 财政处) is better left without a relation than given a guess.
 */
const MIN_SCORE = 0.08;
/** Keep divisions scoring at least this share of the best one. */
const RELATIVE = 0.6;
const MAX_RELATIONS = 3;
/** Measures speak about the whole plan; their evidence counts a little less than a led task's. */
const MEASURE_WEIGHT = 0.8;
/** The target names the division itself (its short form): strong evidence. */
const NAME_BONUS = 0.2;
const COORDINATION = /牵头抓总|统筹|督办|督查|督促|协调|跟踪/;

function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/[\u4e00-\u9fa5]+/g) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

function counts(text: string): Map<string, number> {
  const c = new Map<string, number>();
  for (const b of bigrams(text)) c.set(b, (c.get(b) ?? 0) + 1);
  return c;
}

/**
 * BM25 over character bigrams: rare bigrams weigh most, long task texts are not favoured for their
 * length alone. A target's score against a text is divided by the target's score against itself, so
 * scores are shares (0…1) comparable between targets.
 */
class Corpus {
  private readonly idf = new Map<string, number>();
  private readonly avgLength: number;
  constructor(docs: string[]) {
    const df = new Map<string, number>();
    for (const d of docs) for (const b of new Set(bigrams(d))) df.set(b, (df.get(b) ?? 0) + 1);
    for (const [b, n] of df) this.idf.set(b, Math.log(1 + (docs.length - n + 0.5) / (n + 0.5)));
    this.avgLength = docs.reduce((s, d) => s + bigrams(d).length, 0) / Math.max(1, docs.length);
  }
  weight(bigram: string): number {
    return this.idf.get(bigram) ?? 0;
  }
  /** A document: its bigram counts and length. */
  doc(text: string): Doc {
    const c = counts(text);
    let length = 0;
    for (const n of c.values()) length += n;
    return { counts: c, length };
  }
  score(query: Doc, doc: Doc): number {
    const k1 = 1.2;
    const b = 0.75;
    let s = 0;
    for (const [bigram, qn] of query.counts) {
      const n = doc.counts.get(bigram);
      if (!n) continue;
      const tf = (n * (k1 + 1)) / (n + k1 * (1 - b + (b * doc.length) / this.avgLength));
      s += this.weight(bigram) * tf * Math.min(qn, 2);
    }
    return s;
  }
  /** The score as a share of the best any text could get for this query. */
  share(query: Doc, doc: Doc): number {
    const self = this.score(query, { counts: query.counts, length: this.avgLength });
    return self > 0 ? this.score(query, doc) / self : 0;
  }
}

interface Doc {
  counts: Map<string, number>;
  length: number;
}

/** Shared phrases (maximal common runs of ≥ 2 Han characters), the rarest first, as evidence words. */
function sharedWords(corpus: Corpus, a: string, b: string, n = 3): string[] {
  const found = new Map<string, number>();
  for (const run of a.match(/[\u4e00-\u9fa5]+/g) ?? []) {
    for (let i = 0; i + 1 < run.length; ) {
      let len = 0;
      while (i + len < run.length && b.includes(run.slice(i, i + len + 1))) len++;
      if (len >= 2) {
        const phrase = run.slice(i, i + len);
        const grams = bigrams(phrase);
        // Rare beats long: a long stock phrase of common bigrams is poor evidence.
        const w =
          (grams.reduce((sum, g) => sum + corpus.weight(g), 0) / grams.length) * Math.log2(1 + grams.length);
        found.set(phrase, Math.max(found.get(phrase) ?? 0, w));
        i += len;
      } else i++;
    }
  }
  return [...found]
    .sort((x, y) => y[1] - x[1])
    .slice(0, n)
    .map(([k]) => k);
}

const bodyOf = (t: Task) => (t.note ? t.text.replace(t.note, '') : t.text);
const quote = (words: string[]) => words.map((w) => `“${w}”`).join('');

interface Evidence {
  score: number;
  tasks: { task: Task; score: number }[];
  measure?: { measure: Measure; score: number; role?: string };
  /** The target names the division's own short form (`社保基金` → 社保处). */
  named?: string;
}

export function deriveRelations(
  plan: Plan,
  divisions: Division[],
  matcher: DivisionMatcher,
  ledBy: (division: string) => Task[],
): TargetRelations {
  const indicatorText = (i: Indicator) => `${i.category}\n${i.name}\n${i.target}`;
  const goalText = (g: Goal) =>
    [g.text, ...plan.indicators.filter((i) => i.goalIndex === g.index).map(indicatorText)].join('\n');
  const corpus = new Corpus([
    ...plan.tasks.map(bodyOf),
    ...plan.measures.map((m) => m.text),
    ...plan.goals.map((g) => g.text),
    ...plan.indicators.map(indicatorText),
    ...plan.passages.map((p) => p.text),
  ]);
  // A task's title is its topic: count it twice.
  const taskText = (t: Task) => `${t.title}\n${bodyOf(t)}`;
  const taskDocs = new Map(plan.tasks.map((t) => [t, corpus.doc(taskText(t))]));
  const measureDocs = new Map(plan.measures.map((m) => [m, corpus.doc(m.text)]));
  const empty = corpus.doc('');

  const internal = divisions.filter((d) => !d.external);
  const holdersOf = (m: Measure) =>
    m.roles
      .map((r) => ({ role: r.role, division: matcher.resolve(r.holder) }))
      .filter((r): r is { role: string; division: Division } => r.division !== undefined);
  const coordinators = plan.measures.flatMap((m) => holdersOf(m).filter((h) => COORDINATION.test(h.role)));
  const shortForms = (d: Division) =>
    [d.name, ...d.aliases].filter((a) => a.length >= 2 && !a.startsWith('局'));

  const evidence = (text: string): Map<string, Evidence> => {
    const query = corpus.doc(text);
    const out = new Map<string, Evidence>();
    for (const d of internal) {
      const tasks = ledBy(d.name)
        .map((task) => ({ task, score: corpus.share(query, taskDocs.get(task) ?? empty) }))
        .sort((a, b) => b.score - a.score);
      const best = tasks[0]?.score ?? 0;
      const e: Evidence = {
        score: best,
        tasks: tasks.filter((t) => t.score >= MIN_SCORE && t.score >= best * 0.7).slice(0, 2),
      };
      for (const m of plan.measures) {
        const held = holdersOf(m).filter((h) => h.division === d);
        const through =
          held.length > 0
            ? held
            : holdersOf(m).length === 0
              ? coordinators.filter((c) => c.division === d)
              : [];
        if (through.length === 0) continue;
        const score = corpus.share(query, measureDocs.get(m) ?? empty) * MEASURE_WEIGHT;
        if (score > (e.measure?.score ?? 0)) e.measure = { measure: m, score, role: through[0]?.role };
      }
      e.score = Math.max(best, e.measure?.score ?? 0);
      const named = shortForms(d).find((f) => text.includes(f));
      if (named && e.score > 0) {
        e.named = named;
        e.score += NAME_BONUS;
      }
      out.set(d.name, e);
    }
    return out;
  };

  const relation = (
    division: string,
    e: Evidence,
    text: string,
    what: string,
    fallback: string,
  ): Relation => {
    const parts: string[] = [];
    const taskIds: string[] = [];
    if (e.named) parts.push(`本${what}提到“${e.named}”`);
    for (const { task } of e.tasks) {
      const words = sharedWords(corpus, text, taskText(task));
      parts.push(`牵头任务 ${task.id}「${task.title}」(${task.clause})与本${what}都涉及${quote(words)}`);
      taskIds.push(task.id);
    }
    const m = e.measure;
    if (m && m.score >= MIN_SCORE && (e.tasks.length === 0 || m.score >= (e.tasks[0]?.score ?? 0))) {
      parts.push(
        `保障措施 ${m.measure.clause}「${m.measure.title}」与本${what}都涉及` +
          `${quote(sharedWords(corpus, text, m.measure.text))}，方案明确${division}负责${m.role ?? ''}`,
      );
    }
    if (parts.length === (e.named ? 1 : 0)) parts.push(fallback || `与${division}牵头的任务相近`);
    return { division, reason: `${parts.join('；')}（相关，并非方案指定的责任处室）`, taskIds };
  };

  const select = (scores: Map<string, Evidence>, text: string, what: string, fallback = ''): Relation[] => {
    const ranked = [...scores]
      .filter(([, e]) => e.score >= MIN_SCORE)
      .sort((a, b) => b[1].score - a[1].score);
    const top = ranked[0]?.[1].score ?? 0;
    return ranked
      .filter(([, e]) => e.score >= top * RELATIVE)
      .slice(0, MAX_RELATIONS)
      .map(([division, e]) => relation(division, e, text, what, fallback));
  };

  const goalScores = new Map(plan.goals.map((g) => [g.index, evidence(goalText(g))]));
  const goals = plan.goals.map((goal) => ({
    goal,
    relations: select(goalScores.get(goal.index) ?? new Map(), goalText(goal), '目标'),
  }));
  const indicators = plan.indicators.map((indicator) => {
    const text = indicatorText(indicator);
    const own = evidence(text);
    const goal = indicator.goalIndex !== undefined ? goalScores.get(indicator.goalIndex) : undefined;
    if (goal) for (const [name, e] of own) e.score = (e.score + (goal.get(name)?.score ?? 0)) / 2;
    const title = plan.goals.find((g) => g.index === indicator.goalIndex)?.title;
    const fallback = title ? `本指标所属目标「${title}」与该处室牵头的任务相近` : '';
    // An indicator is one measure of its goal: it relates only to divisions its goal relates to.
    const goalRelated = goals
      .find((g) => g.goal.index === indicator.goalIndex)
      ?.relations.map((r) => r.division);
    const relations = select(own, text, '指标', fallback).filter(
      (r) => !goalRelated || goalRelated.includes(r.division),
    );
    return { indicator, relations };
  });
  return { goals, indicators };
}
