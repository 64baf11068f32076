import { note, paragraph, type Reply, textReply } from '../../reply/reply';
import { askableTaskId } from '../askable-task-id';
import type { CoreDeps } from '../context';
import { defineCommand } from '../define-command';
import { taskRef } from '../plan-labels';

// The progress card: a task picker and a text box whose submit runs `进展 <任务> <内容>` — the same command
// one can type, with the same permission checks (the clicker is the sender). `进展` with nothing after it
// answers with this card too.

/** Options a select offers at most; a plan with more tasks lists the first ones and says to type. */
const MAX_OPTIONS = 100;

export function progressCard(deps: CoreDeps): Reply {
  const tasks = deps.knowledge.plan.tasks;
  const shown = tasks.slice(0, MAX_OPTIONS);
  return {
    title: '记录进展',
    colour: 'blue',
    blocks: [
      paragraph('选择任务,写上进展内容后提交。也可以直接发送「进展 <任务编号> <内容>」。'),
      {
        type: 'actions',
        actions: [
          {
            label: '提交进展',
            style: 'primary',
            command: '进展 {任务} {内容}',
            fields: [
              {
                name: '任务',
                label: '任务',
                kind: 'select',
                placeholder: '选择任务',
                options: shown.map((t) => ({
                  value: taskRef(t.id, deps),
                  label: `${askableTaskId(t, deps)} ${t.title}`,
                })),
              },
              { name: '内容', label: '进展内容', kind: 'text', placeholder: '例如:完成审计进点' },
            ],
          },
        ],
      },
      ...(tasks.length > shown.length
        ? [note(`只列出前 ${MAX_OPTIONS} 项任务;其他任务请发送「进展 <任务编号> <内容>」。`)]
        : []),
    ],
  };
}

export const progressCardCommand = defineCommand<null>({
  name: '进展 填报',
  aliases: ['填报进展', 'progress form'],
  usage: '进展 填报 — 用卡片选择任务、填写进展(直接发送「进展」也可以)',
  examples: ['进展 填报'],
  parse: (rest) =>
    rest === '' ? null : textReply('发送「进展 填报」即可打开填报卡片,不需要其他参数。', 'orange'),
  run: (_args, _msg, deps) => progressCard(deps),
});
