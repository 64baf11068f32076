import type { Task } from '../../plan/model';
import type { Block, Reply } from '../../reply/reply';
import { heading, note, paragraph } from '../../reply/reply';
import { calendarDay } from '../../time/calendar-day';
import { askableTaskId } from '../askable-task-id';
import type { CoreDeps } from '../context';
import { taskRef } from '../plan-labels';
import { highlight, taskLine } from './present';

// `工业投资进展如何`, `第6项上半年进展`: how a task is going. Two sources, never mixed: what the plan's own
// table says (its progress column, 上半年推进情况 or 完成情况, quoted under the column's label), and the progress
// recorded in the chat (进展 command), each labelled as what it is.

/** The plan's progress cell as one line, or what the plan leaves unsaid. */
export function planProgressBlock(task: Task): Block {
  const { progress } = task;
  if (!progress) return paragraph('方案没有写明这项任务的推进情况。');
  if (!progress.text) return paragraph(`方案表格的“${progress.label}”一栏这项是空的,没有写明。`);
  return paragraph(highlight(`${progress.label}(方案原文):${progress.text}`, [progress.text]));
}

export function taskProgressReply(task: Task, deps: CoreDeps): Reply {
  const { store } = deps;
  const last = store.lastProgress({ kind: 'task', id: task.id });
  const count = store.progress({ target: { kind: 'task', id: task.id } }).length;
  const blocks: Block[] = [paragraph(taskLine(task, deps)), planProgressBlock(task)];
  if (last) {
    blocks.push(heading(`群里记录的进展(共 ${count} 条)`));
    blocks.push(
      paragraph(
        `${calendarDay(new Date(last.at), deps.timeZone)} ${last.division}:${last.text}(#${last.seq})`,
      ),
    );
  } else if (!task.progress) blocks.push(paragraph('群里还没有记录这项任务的进展。'));
  const ref = taskRef(task.id, deps);
  blocks.push(note(`记录进展:进展 ${ref} <内容>;全部进展:进展 查看 ${ref}`));
  return {
    title: `任务 ${askableTaskId(task, deps)} ${task.title}`,
    colour: task.progress?.text || last ? 'blue' : 'grey',
    blocks,
  };
}
