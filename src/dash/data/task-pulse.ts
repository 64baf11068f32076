import type { PlanKnowledge } from '../../plan/knowledge';
import type { Task } from '../../plan/model';
import { currentSince } from '../../reports/current-since';
import { taskSilence } from '../../reports/task-silence';
import { displayName, type ProgressUpdate, type Store } from '../../store';
import { calendarDay } from '../../time/calendar-day';
import type { Lexicon } from '../../understand/lexicon';
import { taskNumber } from '../../understand/task-number';

// Each task of a plan with its latest progress, and whether it has gone silent — the digest's rule
// (taskSilence): nothing reported for 14 days or more, counted from the last update or from the day the plan
// became current.

export interface TaskPulse {
  task: Task;
  /** The number the task is named by, as chat names it (one that reads back to it). */
  number: string;
  latest?: { day: string; text: string; division: string; by: string };
  /** Days since the latest update (undefined: never reported). */
  sinceDays?: number;
  silent: boolean;
  /** Silent and never reported since the plan became current: from that day. */
  silentSince?: string;
}

/** The tasks a division leads or supports (a collective 相关处室 included), in plan order. */
export function tasksOf(knowledge: PlanKnowledge, division: string): Task[] {
  const mine = new Set([
    ...knowledge.tasksLedBy(division),
    ...knowledge.tasksSupportedBy(division),
    ...knowledge.tasksSupportedCollectivelyBy(division),
  ]);
  return knowledge.plan.tasks.filter((t) => mine.has(t));
}

export function taskPulse(
  store: Store,
  knowledge: PlanKnowledge,
  planId: string,
  today: string,
  timeZone: string,
  division?: string,
  lexicon?: Lexicon,
): TaskPulse[] {
  const tasks = division ? tasksOf(knowledge, division) : knowledge.plan.tasks;
  const since = currentSince({ store, plan: { id: planId }, knowledge }, timeZone);
  return tasks.map((task) => {
    let last: ProgressUpdate | undefined = store.lastProgress({ kind: 'task', id: task.id, plan: planId });
    // A division sees its own reports only.
    if (last && division && last.division !== division)
      last = store.progress({ target: { kind: 'task', id: task.id, plan: planId }, division }).at(-1);
    const day = last ? calendarDay(new Date(last.at), timeZone) : undefined;
    const silence = taskSilence(day, since, today);
    const pulse: TaskPulse = { task, number: taskNumber(task, knowledge, lexicon), silent: silence.silent };
    if (last && day) {
      pulse.latest = { day, text: last.text, division: last.division, by: displayName(store, last.by) };
      pulse.sinceDays = silence.from === day ? silence.days : undefined;
    }
    if (silence.silent && silence.from && silence.from !== day) pulse.silentSince = silence.from;
    return pulse;
  });
}
