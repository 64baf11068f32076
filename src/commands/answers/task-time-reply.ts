import type { Task } from '../../plan/model';
import type { Reply } from '../../reply/reply';
import { list, paragraph } from '../../reply/reply';
import { highlight, taskLine } from './present';

// `完成时限呢`: when the plan says a task is due — its sentences (or table row) that state a time. A time
// was asked for, not who leads: no owner is named.

const TIME =
  /(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:底|末|前|内)?|\d{1,2}\s*月(?:底|末|前)?|年底|年内|季度|月底|上半年|下半年|前完成|时限|期限/g;

export function taskTimeReply(task: Task): Reply {
  const sentences = task.text
    .split(/(?<=[。;；])|\n/)
    .map((s) => s.trim())
    .filter((s) => s.replace(task.note, '').match(TIME));
  return {
    title: `任务 ${task.id} ${task.title}`,
    colour: sentences.length > 0 ? 'blue' : 'grey',
    blocks: [
      paragraph(taskLine(task)),
      sentences.length > 0
        ? list(sentences.map((s) => highlight(s, [...new Set(s.match(TIME) ?? [])])))
        : paragraph('方案没有写明这项任务的完成时间。'),
    ],
  };
}
