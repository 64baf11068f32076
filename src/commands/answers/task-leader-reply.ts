import type { Task } from '../../plan/model';
import type { Reply } from '../../reply/reply';
import { paragraph } from '../../reply/reply';
import { askableTaskId } from '../askable-task-id';
import { highlight, type TaskNaming, taskLine } from './present';

// `第4项责任领导是谁`: the person the plan names for a task (its 责任领导 cell, a `牵头负责领导：…` line), as
// the plan writes it. A leader is no unit: the reply names no lead or co-operator beside it. A task without
// one is said to have none in the plan.

export function taskLeaderReply(task: Task, deps: TaskNaming): Reply {
  const { leader } = task;
  return {
    title: `任务 ${askableTaskId(task, deps)} ${task.title}`,
    colour: leader ? 'blue' : 'grey',
    blocks: [
      paragraph(taskLine(task, deps)),
      leader
        ? paragraph(highlight(`${leader.label}:${leader.name}(方案原文)`, [leader.name]))
        : paragraph('方案没有写明这项任务的责任领导。'),
    ],
  };
}
