import { indicatorRef } from '../../plan/build-knowledge';
import type { Reply } from '../../reply/reply';
import { paragraph } from '../../reply/reply';
import { askableTaskId } from '../askable-task-id';
import type { CoreDeps } from '../context';

// Text the bot cannot read: one short line with a few examples that fit what was typed, taken from
// the plan in use (its task numbers, divisions, a task's topic), and the way to the full help.

const TOPIC_PREFIX = /^(聚焦|围绕|推动|加强|深化|促进|推进|助力)+/;

/** A message with no text (just `@审计助手`): the same short line, as an invitation. */
export function emptyMessageReply(deps: CoreDeps): Reply {
  const reply = notUnderstoodReply('', deps);
  const first = reply.blocks[0];
  const line = first?.type === 'paragraph' && typeof first.content === 'string' ? first.content : '';
  return { blocks: [paragraph(line.replace(/^没看懂“”。可以试试/, '请问要查什么?可以试试'))] };
}

/** Questions the plan in use can answer, to show as examples: a task's topic, a division, a task number. */
export function askableExamples(deps: CoreDeps): string[] {
  const { plan, divisions } = deps.knowledge;
  const task = plan.tasks[0];
  const topic = task?.title.replace(TOPIC_PREFIX, '').slice(0, 12);
  const division = divisions.find((d) => !d.external)?.name ?? divisions[0]?.name;
  return [
    topic ? `${topic}谁牵头` : '',
    division ? `${division}负责哪些任务` : '',
    task ? askableTaskId(task, deps) : '',
  ].filter(Boolean);
}

export function notUnderstoodReply(text: string, deps: CoreDeps): Reply {
  const { plan, divisions } = deps.knowledge;
  const task = plan.tasks[0];
  const division = divisions.find((d) => !d.external)?.name ?? divisions[0]?.name;
  const indicator = plan.indicators[0];
  const topic = task?.title.replace(TOPIC_PREFIX, '').slice(0, 12);
  const examples: string[] = [];
  if (/\d/.test(text)) {
    if (task) examples.push(askableTaskId(task, deps));
    if (indicator) examples.push(`指标 ${indicatorRef(indicator)}`);
    if (plan.goals.length > 0) examples.push('目标 1');
  } else if (/^[\x20-\x7e]+$/.test(text)) {
    examples.push('help', topic ? `search ${topic}` : 'search');
    if (division) examples.push(`tasks ${division}`);
  } else {
    if (topic) examples.push(`${topic}归哪个处室?`);
    if (division) examples.push(`任务 ${division}`);
    if (task) examples.push(askableTaskId(task, deps));
  }
  const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  return {
    title: '没太明白',
    colour: 'grey',
    blocks: [
      paragraph(
        `没看懂“${shown}”。可以试试:${examples
          .slice(0, 3)
          .map((e) => `「${e}」`)
          .join('')},发 帮助 查看全部。`,
      ),
    ],
  };
}
