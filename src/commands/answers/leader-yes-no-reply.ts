import { leaderNames } from '../../plan/leader-names';
import type { Reply } from '../../reply/reply';
import { paragraph } from '../../reply/reply';
import type { SubjectEvidence } from '../../understand/reading';
import { askableTaskId } from '../askable-task-id';
import type { CoreDeps } from '../context';
import { taskLeaderReply } from './task-leader-reply';
import { readingReply } from './who';

// `这项是冯冬昌副区长分管吗`: a verdict from the leader the plan names for the task (its 责任领导 cell), then the
// task and its leader as the plan writes them. Where the plan names no leader, or the words name no one task,
// no verdict is given.

export function leaderYesNoReply(leader: string, about: SubjectEvidence, deps: CoreDeps): Reply {
  const { reading } = about;
  if (reading.kind !== 'task')
    return {
      ...readingReply(about.said, reading, about.evidence.unknown, deps, about.corrections),
      title: `是否${leader}分管:${about.said}`,
    };
  const { task } = reading;
  const reply = taskLeaderReply(task, deps);
  const title = `任务 ${askableTaskId(task, deps)}:是否${leader}分管`;
  if (!task.leader) return { ...reply, title };
  const names = leaderNames(task);
  const is = names.some((n) => n.includes(leader) || leader.includes(n));
  const verdict = is
    ? `是。方案写明这项任务的${task.leader.label}是${task.leader.name}。`
    : `不是。方案写明这项任务的${task.leader.label}是${task.leader.name},不是${leader}。`;
  return { ...reply, title, blocks: [paragraph(verdict), ...reply.blocks] };
}
