import type { Task } from '../plan/model';
import { type NumberReading, numberReadByContentNote, twoTasksOfNumberReply } from '../reply/number-wording';
import type { Reply } from '../reply/reply';
import { taskLine } from './answers/present';
import type { CoreDeps } from './context';
import { ownSubItemTwin } from './own-sub-item-twin';

// A command that writes on a task typed as `3.1`, where the plan's own 3（1） is another task than the bot's 3.1
// (own-sub-item-twin.ts): recording on the wrong task is worse than asking. The words of the update decide
// when they speak of one of the two clearly (`进展 3.1 市本级预算执行审计报告已报市政府`: 3（1） is 做好市本级预算执行
// 审计); else both are shown with what to type for each, and nothing is recorded.

/** One task's evidence must outweigh the other's by this factor to be the one the words speak of. */
const MARGIN = 1.5;

export interface WriteOn {
  /** What the update says (its text, or the item's issue), to tell the two apart. */
  content: string;
  /** The command as it is to be sent again with one task's number (`进展 3（1） …`, `任务:3（1）`). */
  example: (typed: string) => string;
}

export type WriteTargetChoice = { task: Task; readAs?: string } | { reply: Reply };

export function writeTargetChoice(
  id: string,
  byId: Task,
  writing: WriteOn,
  deps: Pick<CoreDeps, 'plan' | 'knowledge' | 'search'>,
): WriteTargetChoice {
  const twin = ownSubItemTwin(id, byId, deps);
  if (!twin) return { task: byId };
  const own: NumberReading = { line: taskLine(twin.own, deps), typed: twin.ownWritten };
  const bot: NumberReading = { line: taskLine(byId, deps), typed: byId.clause };
  const scoreOf = (task: Task) =>
    deps.search.evidence(writing.content, { kinds: ['task'] }).hits.find((h) => h.ref === task.id)?.score ??
    0;
  const ownScore = scoreOf(twin.own);
  const botScore = scoreOf(byId);
  if (ownScore > 0 && ownScore > botScore * MARGIN)
    return { task: twin.own, readAs: numberReadByContentNote(id, own, bot) };
  if (botScore > 0 && botScore > ownScore * MARGIN)
    return { task: byId, readAs: numberReadByContentNote(id, bot, own) };
  return { reply: twoTasksOfNumberReply(id, [own, bot], writing.example) };
}
