import type { Section, Task } from '../../plan/model';
import type { Line } from '../../reply/reply';
import type { CoreDeps } from '../context';
import { leadUnitsLine, taskLine } from './present';

/** The short id an item holding tasks is asked by: what its tasks' ids share (`2.1` for 2.1.1 and 2.1.2). */
function heldId(tasks: readonly Task[]): string | undefined {
  const ids = tasks.map((t) => t.id.split('.'));
  const first = ids[0];
  if (!first || first.length < 2) return undefined;
  const shared = first.slice(0, -1);
  return ids.every((id) => id.length === first.length && shared.every((p, i) => id[i] === p))
    ? shared.join('.')
    : undefined;
}

/**
 * The tasks under a heading, each with the lead its note names, and each item that holds tasks of its own
 * (`3.推进预算执行审计全覆盖` over its (1)(2)) on a line of its own before them: a heading's listing shows every
 * item it has, not only the innermost ones.
 */
export function sectionLines(clause: string, tasks: readonly Task[], deps: CoreDeps): Line[] {
  const ids = new Set(tasks.map((t) => t.id));
  const inner = deps.knowledge.plan.sections.filter(
    (s) =>
      s.clause !== clause &&
      s.taskIds.length > 0 &&
      s.taskIds.length < tasks.length &&
      s.taskIds.every((id) => ids.has(id)),
  );
  const shown = new Set<Section>();
  const lines: Line[] = [];
  for (const task of tasks) {
    for (const section of inner) {
      if (shown.has(section) || !section.taskIds.includes(task.id)) continue;
      shown.add(section);
      const held = tasks.filter((t) => section.taskIds.includes(t.id));
      const id = heldId(held);
      const name = `${section.title}(${section.clause})`;
      lines.push(id ? `${id} ${name}` : name);
    }
    lines.push([`${taskLine(task, deps)} `, ...leadUnitsLine(task, deps.knowledge)]);
  }
  return lines;
}
