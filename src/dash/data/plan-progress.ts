import type { PlanKnowledge } from '../../plan/knowledge';
import type { Task } from '../../plan/model';
import { type PlanEntry, planName } from '../../plans/plan-entry';
import type { PlanRegistry } from '../../plans/plan-registry';
import { targetLabel } from '../../reports/target-label';
import { displayName, type ProgressUpdate, type Store, targetKey } from '../../store';
import { localTime } from '../../time/local-time';
import { taskNumber } from '../../understand/task-number';
import { type TaskPulse, taskPulse } from './task-pulse';

// The 进展 page: one plan's tasks, each with the progress records made on it (newest first), and the goals and
// indicators that have records; a division's members see their division's tasks and records only.

/** Records shown per task on the plan's page; one task's page shows them all, a page at a time. */
export const RECORDS_PER_TASK = 3;
export const RECORDS_PER_PAGE = 100;

export interface RecordRow {
  seq: number;
  at: string;
  division: string;
  by: string;
  text: string;
}

export interface PlanProgress {
  plans: { id: string; name: string; current: boolean }[];
  plan: PlanEntry;
  planLabel: string;
  tasks: (TaskPulse & { records: RecordRow[]; total: number })[];
  targets: { label: string; records: RecordRow[]; total: number }[];
  /** One task asked for (`task=`), with every record on the page asked for. */
  task?: { task: Task; number: string; records: RecordRow[]; total: number; pages: number; page: number };
}

export function planProgress(options: {
  store: Store;
  registry: PlanRegistry;
  plan: PlanEntry;
  /** `plan`'s knowledge with the bureau's divisions (planInUse). */
  knowledge: PlanKnowledge;
  current: PlanEntry;
  today: string;
  timeZone: string;
  division?: string;
  taskId?: string;
  page?: number;
}): PlanProgress {
  const { store, registry, plan, knowledge, current, today, timeZone, division } = options;
  const row = (u: ProgressUpdate): RecordRow => ({
    seq: u.seq,
    at: localTime(u.at, timeZone).slice(0, 16),
    division: u.division,
    by: displayName(store, u.by),
    text: u.text,
  });
  const recordsOf = (target: ProgressUpdate['target']) =>
    store.progress({ target, ...(division ? { division } : {}) });
  const tasks = taskPulse(store, knowledge, plan.id, today, timeZone, division, plan.lexicon).map((pulse) => {
    const all = recordsOf({ kind: 'task', id: pulse.task.id, plan: plan.id });
    return { ...pulse, records: all.slice(-RECORDS_PER_TASK).reverse().map(row), total: all.length };
  });
  // Goals and indicators of this plan that have records.
  const byTarget = new Map<string, ProgressUpdate[]>();
  const legacy = registry.legacy.id;
  for (const u of store.progress(division ? { division } : {})) {
    if (u.target.kind === 'task' || (u.target.plan ?? legacy) !== plan.id) continue;
    const key = targetKey(u.target, legacy);
    const list = byTarget.get(key);
    if (list) list.push(u);
    else byTarget.set(key, [u]);
  }
  // Goals before indicators, each in the plan's order.
  const rank = (t: ProgressUpdate['target']) =>
    (t.kind === 'goal' ? 0 : 1_000) + (t.kind === 'task' ? 0 : t.index);
  const targets = [...byTarget.values()]
    .sort((a, b) => rank(a[0]!.target) - rank(b[0]!.target))
    .map((list) => ({
      label: targetLabel(list[0]!.target, {
        current: { id: plan.id, knowledge, lexicon: plan.lexicon },
        plans: registry,
      }),
      records: list.slice(-RECORDS_PER_TASK).reverse().map(row),
      total: list.length,
    }));
  let task: PlanProgress['task'];
  const asked = options.taskId ? knowledge.taskById(options.taskId) : undefined;
  if (asked) {
    const all = recordsOf({ kind: 'task', id: asked.id, plan: plan.id }).reverse();
    const pages = Math.max(1, Math.ceil(all.length / RECORDS_PER_PAGE));
    const page = Math.min(Math.max(1, options.page ?? 1), pages);
    task = {
      task: asked,
      number: taskNumber(asked, knowledge, plan.lexicon),
      records: all.slice((page - 1) * RECORDS_PER_PAGE, page * RECORDS_PER_PAGE).map(row),
      total: all.length,
      pages,
      page,
    };
  }
  return {
    plans: registry.list().map((e) => ({ id: e.id, name: planName(e), current: e === current })),
    plan,
    planLabel: planName(plan),
    tasks,
    targets,
    ...(task ? { task } : {}),
  };
}
