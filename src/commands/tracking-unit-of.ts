import { leadWord } from '../plan/lead-word';
import { enrollableUnit, ownerOf, unitsOf } from './access';
import type { CoreDeps } from './context';
import { leadUnitOf } from './lead-unit-of';
import { taskRef } from './plan-labels';

/**
 * Under whom something done on a task is filed when the sender names no 处室 and has none of their own (an
 * administrator): the task's lead — a bureau division, else the outside body the plan names. Where the plan
 * lists several 责任单位 and names no lead, none is picked silently: the one bureau division among them,
 * with the reason said (`why`); else the sender is asked which (`ask`, the sentence to send, and the units
 * a `处室:` may then name), or — where one record may stand for them all, as a progress update on the task —
 * the units are taken together (`jointly`, the reason to say).
 */
export type TrackingUnit =
  | { unit: string; external: boolean; why?: string }
  | { ask: (notDone: string) => string; units: string[]; jointly: string }
  | undefined;

export function trackingUnitOf(taskId: string, deps: CoreDeps): TrackingUnit {
  const task = deps.knowledge.taskById(taskId);
  if (!task) return undefined;
  const ref = `任务 ${taskRef(task.id, deps)}`;
  if (leadWord(task) === '责任单位') {
    const ours = unitsOf(task.lead, deps).divisions;
    if (ours.length === 1) {
      const unit = ours[0] as string;
      return {
        unit,
        external: false,
        why: `${ref} 的责任单位为${task.lead.join('、')},方案没有写明哪个单位牵头,其中本局处室只有${unit}`,
      };
    }
    const units = ours.length > 1 ? ours : task.lead;
    // A set named by kind (各乡镇（街道）) is no one's unit: not offered as a 处室.
    const named = units.filter((u) => enrollableUnit(u, deps));
    const choices = named.length > 0 ? named.map((u) => `「处室:${u}」`).join('或') : '「处室:<处室>」';
    return {
      units,
      jointly: `${ref} 的责任单位为${task.lead.join('、')},方案没有写明哪个单位牵头:记在这几个单位共同名下;如需记在其中一个,发「撤销」后加上${choices}再发`,
      ask: (notDone) =>
        `${ref} 的责任单位为${task.lead.join('、')},方案没有写明哪个单位牵头,${notDone}。请在命令中加上${choices}写明由谁跟踪,再发一次。`,
    };
  }
  const owner = ownerOf({ kind: 'task', id: taskId }, deps);
  if (owner) return { unit: owner, external: false };
  const lead = leadUnitOf({ kind: 'task', id: taskId }, deps);
  return lead ? { unit: lead, external: true } : undefined;
}
