import type { PlanKnowledge } from '../plan/knowledge';
import type { Measure, Task } from '../plan/model';
import type { Evidence, EvidenceHit } from '../search/evidence';

// What the plan's text supports as an answer to "who leads X", read from the evidence. An owner is
// named only when the question's distinctive words single out one task (or tasks with one lead): a
// wrong owner is far worse than "the plan does not assign it".

/** A task must outscore any task led by someone else by this factor to be named. */
const MARGIN = 1.5;
/** Other targets or measures this close to a named task are mentioned beside it. */
const ALSO = 0.8;
const MAX_SHOWN = 3;
/** Characters held must outnumber characters left out by this factor. */
const COVERAGE = 2;

export type EvidenceReading =
  /** One lead: the plan assigns it. `tasks` are the tasks of that lead that hold the evidence. */
  | {
      kind: 'task';
      task: Task;
      hit: EvidenceHit;
      tasks: { task: Task; hit: EvidenceHit }[];
      also: EvidenceHit[];
    }
  /** Several tasks, led by different divisions, hold it about equally. */
  | { kind: 'ambiguous'; hits: EvidenceHit[] }
  /** A goal or indicator: the plan names no owner for those. */
  | { kind: 'target'; hits: EvidenceHit[] }
  /** A safeguard measure; `role` when the words asked sit in a role the text gives a holder. */
  | { kind: 'measure'; measure: Measure; hit: EvidenceHit; role?: { role: string; holder: string } }
  /** Elsewhere in the plan (指导思想 …): no owner. */
  | { kind: 'passage'; hit: EvidenceHit }
  /** The plan does not speak to it: `missing` are the words it lacks; `near` what comes closest. */
  | { kind: 'absent'; missing: string[]; common: string[]; near: EvidenceHit[] };

const leadKey = (task: Task, knowledge: PlanKnowledge) =>
  task.lead
    .map((u) => knowledge.resolveDivision(u)?.name ?? u)
    .sort()
    .join('、');

export function readEvidence(evidence: Evidence, knowledge: PlanKnowledge): EvidenceReading {
  const { hits } = evidence;
  const top = hits[0];
  const closest = (xs: EvidenceHit[]) =>
    [...xs.filter((h) => h.kind === 'task'), ...xs.filter((h) => h.kind !== 'task')].slice(0, MAX_SHOWN);
  // The best item must hold clearly more of what was asked than it leaves out (a typo or a filler
  // word may stay out): 老旧小区该造 is 老旧小区改造, 智慧城市建设 is not 创新型城市建设.
  if (!top || top.covered <= COVERAGE * top.missing) {
    return {
      kind: 'absent',
      missing: evidence.unknown,
      common: evidence.common,
      near: closest(top ? hits : evidence.near),
    };
  }
  if (top.kind === 'task') {
    const task = knowledge.taskById(top.ref);
    if (!task) return { kind: 'absent', missing: evidence.unknown, common: evidence.common, near: [] };
    const lead = leadKey(task, knowledge);
    const tasks = hits.flatMap((h) => {
      const t = h.kind === 'task' ? knowledge.taskById(h.ref) : undefined;
      return t ? [{ task: t, hit: h }] : [];
    });
    const rival = tasks.find(({ task: t }) => leadKey(t, knowledge) !== lead);
    if (rival && rival.hit.score * MARGIN > top.score) {
      return {
        kind: 'ambiguous',
        hits: tasks.filter((t) => t.hit.score * MARGIN > top.score).map((t) => t.hit),
      };
    }
    const same = tasks.filter(
      ({ task: t, hit }) => leadKey(t, knowledge) === lead && hit.score * MARGIN > top.score,
    );
    const also = hits.filter((h) => h.kind !== 'task' && h.score >= top.score * ALSO).slice(0, MAX_SHOWN);
    return { kind: 'task', task, hit: top, tasks: same, also };
  }
  if (top.kind === 'goal' || top.kind === 'indicator') {
    return {
      kind: 'target',
      hits: hits.filter((h) => (h.kind === 'goal' || h.kind === 'indicator') && h.score * MARGIN > top.score),
    };
  }
  if (top.kind === 'measure') {
    const measure = knowledge.plan.measures.find((m) => String(m.index) === top.ref);
    if (!measure) return { kind: 'passage', hit: top };
    // A role the text gives a holder, when the words asked are part of that role (跟踪督办 ⊂ 牵头抓总、跟踪督办).
    const role = measure.roles.find((r) =>
      top.terms.some((t) => r.role.includes(t.found) || t.found.includes(r.role)),
    );
    return role ? { kind: 'measure', measure, hit: top, role } : { kind: 'measure', measure, hit: top };
  }
  return { kind: 'passage', hit: top };
}
