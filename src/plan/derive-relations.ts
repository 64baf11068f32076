import { withoutQuoteMarks } from '../text/without-quote-marks';
import { wordBounds } from '../text/word-bounds';
import type { DivisionMatcher } from './divisions';
import type { Division, Relation, TargetRelations } from './knowledge';
import { maxDistinctiveSpread } from './max-distinctive-spread';
import type { Goal, Indicator, Measure, Plan, Task } from './model';

// The plan names a lead for every task but no owner for goals and indicators. Relate each target to
// the divisions whose work shares its distinctive words: whole words of the target that stand verbatim
// in a task the division leads (or in a safeguard measure whose role it holds) and that few of the
// plan's topic groups hold — the plan's own statistics, as for answers. Words found across much of the
// plan (每年选择, 决策部署, 绍兴, 审计) relate nothing: a target whose subject no division's work touches
// is better left without a relation than given a guess. A measure naming no division relates through
// the plan's coordinating division (the holder of a 牵头抓总/统筹/督办 role). These are relations, never
// ownership; a collective such as 相关处室 relates nobody.

/** Keep divisions scoring at least this share of the best one. */
const RELATIVE = 0.6;
const MAX_RELATIONS = 3;
/** Measures speak about the whole plan; their evidence counts a little less than a led task's. */
const MEASURE_WEIGHT = 0.8;
/** The target names the division itself (`社保处`): strong evidence, on top of shared words. */
const NAME_BONUS = 3;
const MAX_WORDS = 3;
const COORDINATION = /牵头抓总|统筹|督办|督查|督促|协调|跟踪/;

const bodyOf = (t: Task) => (t.note ? t.text.replace(t.note, '') : t.text);
const quote = (words: string[]) => words.map((w) => `“${w}”`).join('');

/** A text's word bounds, segmented once per derivation. */
function boundsIn(text: string, cache: Map<string, Set<number>>): Set<number> {
  let bounds = cache.get(text);
  if (!bounds) {
    bounds = wordBounds(text);
    cache.set(text, bounds);
  }
  return bounds;
}

/** Grammar at a phrase's edge is not part of the word quoted (`保障和` → `保障`). */
const EDGE_GRAMMAR = /^[和与及或的等在对]+|[和与及或的等在对]+$/g;

/** Whether the text holds the phrase as whole words somewhere (`领导干部` in 领导干部履行, not `领导干部履`). */
function wholeIn(text: string, phrase: string, textBounds: Map<string, Set<number>>): boolean {
  const bounds = boundsIn(text, textBounds);
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1))
    if (bounds.has(at) && bounds.has(at + phrase.length)) return true;
  return false;
}

interface Evidence {
  score: number;
  tasks: { task: Task; score: number; words: string[] }[];
  measure?: { measure: Measure; score: number; words: string[]; role?: string };
  /** The target names the division (`社保处`, as the division matcher reads names). */
  named?: string;
}

export function deriveRelations(
  plan: Plan,
  divisions: Division[],
  matcher: DivisionMatcher,
  ledBy: (division: string) => Task[],
): TargetRelations {
  const indicatorText = (i: Indicator) => `${i.name}\n${i.target}`;
  const indicatorsOf = (g: Goal) => plan.indicators.filter((i) => i.goalIndex === g.index);
  const goalText = (g: Goal) => [g.title, g.text, ...indicatorsOf(g).map(indicatorText)].join('\n');
  const taskText = (t: Task) => withoutQuoteMarks(`${t.title}\n${bodyOf(t)}`);

  // Topic groups: a goal with its indicators is one; every other item is its own.
  const groups = [
    ...plan.goals.map(goalText),
    ...plan.indicators.filter((i) => i.goalIndex === undefined).map(indicatorText),
    ...plan.tasks.map(taskText),
    ...plan.measures.map((m) => m.text),
    ...plan.passages.map((p) => p.text),
  ].map(withoutQuoteMarks);
  const maxSpread = maxDistinctiveSpread(groups.length);
  const spreads = new Map<string, number>();
  const runBounds = new Map<string, Set<number>>();
  const textBounds = new Map<string, Set<number>>();
  const spread = (phrase: string) => {
    let n = spreads.get(phrase);
    if (n === undefined) {
      n = groups.filter((g) => g.includes(phrase)).length;
      spreads.set(phrase, n);
    }
    return n;
  };
  const common = (phrase: string) => spread(phrase) > maxSpread;
  /** Splits into phrases the plan uses all over (城市 + 建设): rare together only by accident. */
  const accidental = (phrase: string) => {
    if (phrase.length < 4) return false;
    const can = [true, ...Array<boolean>(phrase.length).fill(false)];
    for (let j = 2; j <= phrase.length; j += 1)
      for (let i = 0; i + 2 <= j && !can[j]; i += 1) if (can[i] && common(phrase.slice(i, j))) can[j] = true;
    return can[phrase.length] === true;
  };

  /**
   * The target's whole words (and runs of them) that the other text holds, distinctive ones only,
   * rarest first. `topic` is the target's title and names: words there are what it is about.
   */
  function shared(target: string, topic: string, other: string): { words: string[]; score: number } {
    const found = new Map<string, number>();
    for (const run of withoutQuoteMarks(target).match(/[\u4e00-\u9fff]+/g) ?? []) {
      const bounds = boundsIn(run, runBounds);
      let reach = 0;
      for (let i = 0; i + 1 < run.length; i += 1) {
        if (!bounds.has(i)) continue;
        let longest = 0;
        for (let l = 2; i + l <= run.length && other.includes(run.slice(i, i + l)); l += 1)
          if (bounds.has(i + l) && wholeIn(other, run.slice(i, i + l), textBounds)) longest = l;
        if (longest === 0 || i + longest <= reach) continue;
        reach = i + longest;
        const phrase = run.slice(i, i + longest).replace(EDGE_GRAMMAR, '');
        if (phrase.length < 2) continue;
        const n = spread(phrase);
        if (n === 0 || n > maxSpread || (accidental(phrase) && !topic.includes(phrase))) continue;
        found.set(phrase, Math.max(found.get(phrase) ?? 0, Math.log(1 + groups.length / n) * phrase.length));
      }
    }
    const ranked = [...found].sort((a, b) => b[1] - a[1]);
    // One shared word by itself is chance (各项, 标准), unless it is a phrase of the target's own topic.
    const enough = ranked.length >= 2 || ranked.some(([w]) => w.length >= 4 && topic.includes(w));
    if (!enough) return { words: [], score: 0 };
    return {
      words: ranked.slice(0, MAX_WORDS).map(([w]) => w),
      score: ranked.reduce((s, [, w]) => s + w, 0),
    };
  }

  const internal = divisions.filter((d) => !d.external);
  const holdersOf = (m: Measure) =>
    m.roles
      .map((r) => ({ role: r.role, division: matcher.resolve(r.holder) }))
      .filter((r): r is { role: string; division: Division } => r.division !== undefined);
  const coordinators = plan.measures.flatMap((m) => holdersOf(m).filter((h) => COORDINATION.test(h.role)));

  const evidence = (text: string, topic: string): Map<string, Evidence> => {
    const out = new Map<string, Evidence>();
    const named = matcher.find(text);
    for (const d of internal) {
      const tasks = ledBy(d.name)
        .map((task) => ({ task, ...shared(text, topic, taskText(task)) }))
        .filter((t) => t.score > 0)
        .sort((a, b) => b.score - a.score);
      const best = tasks[0]?.score ?? 0;
      const e: Evidence = { score: best, tasks: tasks.filter((t) => t.score >= best * 0.7).slice(0, 2) };
      for (const m of plan.measures) {
        const held = holdersOf(m).filter((h) => h.division === d);
        const through =
          held.length > 0
            ? held
            : holdersOf(m).length === 0
              ? coordinators.filter((c) => c.division === d)
              : [];
        if (through.length === 0) continue;
        const s = shared(text, topic, withoutQuoteMarks(m.text));
        const score = s.score * MEASURE_WEIGHT;
        if (score > (e.measure?.score ?? 0))
          e.measure = { measure: m, score, words: s.words, role: through[0]?.role };
      }
      e.score = Math.max(best, e.measure?.score ?? 0);
      if (named.includes(d)) {
        e.named = d.name;
        e.score += NAME_BONUS;
      }
      out.set(d.name, e);
    }
    return out;
  };

  const relation = (division: string, e: Evidence, what: string): Relation => {
    const parts: string[] = [];
    const taskIds: string[] = [];
    if (e.named) parts.push(`本${what}提到“${e.named}”`);
    for (const { task, words } of e.tasks) {
      parts.push(`牵头任务 ${task.id}「${task.title}」(${task.clause})与本${what}都涉及${quote(words)}`);
      taskIds.push(task.id);
    }
    const m = e.measure;
    if (m && m.score > 0 && (e.tasks.length === 0 || m.score >= (e.tasks[0]?.score ?? 0))) {
      parts.push(
        `保障措施 ${m.measure.clause}「${m.measure.title}」与本${what}都涉及${quote(m.words)},方案明确${division}负责${m.role ?? ''}`,
      );
    }
    return { division, reason: `${parts.join(';')}(相关,并非方案指定的责任处室)`, taskIds };
  };

  const select = (scores: Map<string, Evidence>, what: string): Relation[] => {
    const ranked = [...scores].filter(([, e]) => e.score > 0).sort((a, b) => b[1].score - a[1].score);
    const top = ranked[0]?.[1].score ?? 0;
    return ranked
      .filter(([, e]) => e.score >= top * RELATIVE)
      .slice(0, MAX_RELATIONS)
      .map(([division, e]) => relation(division, e, what));
  };

  const topicOf = (g: Goal) => withoutQuoteMarks([g.title, ...indicatorsOf(g).map((i) => i.name)].join('\n'));
  const goals = plan.goals.map((goal) => ({
    goal,
    relations: select(evidence(goalText(goal), topicOf(goal)), '目标'),
  }));
  const indicators = plan.indicators.map((indicator) => {
    const goal = plan.goals.find((g) => g.index === indicator.goalIndex);
    // An indicator is read with its goal, and relates only to divisions its goal relates to.
    const text = goal ? `${indicatorText(indicator)}\n${goal.title}\n${goal.text}` : indicatorText(indicator);
    const goalRelated = goals.find((g) => g.goal === goal)?.relations.map((r) => r.division);
    const topic = withoutQuoteMarks(goal ? `${indicator.name}\n${goal.title}` : indicator.name);
    const relations = select(evidence(text, topic), '指标').filter(
      (r) => !goalRelated || goalRelated.includes(r.division),
    );
    return { indicator, relations };
  });
  return { goals, indicators };
}
