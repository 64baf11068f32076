import type { Task } from '../../plan/model';
import type { Reply } from '../../reply/reply';
import { list, paragraph } from '../../reply/reply';
import { askableTaskId } from '../askable-task-id';
import { highlight, type TaskNaming, taskLine } from './present';

// `完成时限呢`, `口袋公园什么时候完成`: when the plan says a task is due — the time its note labels
// (`（牵头单位：…；完成时限：2027年底）`), a table's 完成时限 column (its row), and its sentences that state a time.
// A time was asked for, not who leads: no owner is named.

const TIME =
  /(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:底|末|前|内)?|\d{1,2}\s*月(?:底|末|前)?|年底|年内|季度|月底|上半年|下半年|前完成|时限|期限/g;

/** A time the note labels: `完成时限：2027年底`, `时间节点:2026年6月底前`. */
const LABELLED = /(完成时限|完成时间|时间节点|时限要求|进度安排)\s*[:：]\s*([^；;，,。）)】]+)/;

/** A table column that holds when a row is due: `完成时限`, `时间节点`, `完成时间`. */
const TIME_COLUMN = /时限|时间|期限|节点|日期|进度安排/;

export function taskTimeReply(task: Task, deps: TaskNaming): Reply {
  // The row's own 完成时限 cell says it as the plan does (`全年`, `2026年9月`): that, and not the row's text again.
  const column = (task.cells ?? []).filter((c) => TIME_COLUMN.test(c.label));
  const labelled = LABELLED.exec(task.note);
  const sentences = (column.length > 0 ? '' : task.text)
    .replace(task.note, '')
    .split(/(?<=[。;；])|\n/)
    .map((s) => s.trim())
    .filter((s) => s.match(TIME));
  const lines = [
    ...column.map((c) => highlight(`${c.label}:${c.value}`, [c.value])),
    ...(labelled
      ? [highlight(`${labelled[1]}:${(labelled[2] as string).trim()}`, [(labelled[2] as string).trim()])]
      : []),
    ...sentences.map((s) => highlight(s, [...new Set(s.match(TIME) ?? [])])),
  ];
  return {
    title: `任务 ${askableTaskId(task, deps)} ${task.title}`,
    colour: lines.length > 0 ? 'blue' : 'grey',
    blocks: [
      paragraph(taskLine(task, deps)),
      lines.length > 0 ? list(lines) : paragraph('方案没有写明这项任务的完成时间。'),
    ],
  };
}
