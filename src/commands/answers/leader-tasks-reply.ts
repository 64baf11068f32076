import { leaderNames } from '../../plan/leader-names';
import type { Task } from '../../plan/model';
import type { Reply } from '../../reply/reply';
import { paragraph } from '../../reply/reply';
import { type TaskNaming, taskLine } from './present';

// `毛晓青分管哪几项`: the tasks whose leader cell (责任领导) names the person, each with the plan's label for
// them. A leader is a person, not a unit: the reply names them as the plan's leader, never as lead or owner.

export function leaderTasksReply(leader: string, tasks: readonly Task[], deps: TaskNaming): Reply {
  const named = tasks.filter((t) => leaderNames(t).includes(leader));
  const label = named[0]?.leader?.label ?? '责任领导';
  return {
    title: `${label}${leader}的任务`,
    colour: named.length > 0 ? 'blue' : 'grey',
    blocks: [
      paragraph(`方案把${leader}写为以下 ${named.length} 项任务的${label}(方案原文):`),
      ...named.map((t) => paragraph(`· ${taskLine(t, deps)}`)),
    ],
  };
}
