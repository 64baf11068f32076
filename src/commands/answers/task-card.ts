import type { IncomingMessage } from '../../message/incoming-message';
import { leadWord } from '../../plan/lead-word';
import type { Measure, Task } from '../../plan/model';
import type { Block, Reply } from '../../reply/reply';
import { heading, list, note, paragraph } from '../../reply/reply';
import { dueSoonUntil } from '../../store/due-soon-until';
import { calendarDay } from '../../time/calendar-day';
import type { PlanRef } from '../../understand/plan-ref';
import { askableTaskId } from '../askable-task-id';
import type { CoreDeps } from '../context';
import { itemLine } from '../ledger/rectification-present';
import { taskRef } from '../plan-labels';
import { leadUnitsLine, NO_LEAD_NAMED, namesLead, supportLine, taskLine } from './present';
import { sectionLines } from './section-lines';
import { planProgressBlock } from './task-progress-reply';
import { unknownTaskReply } from './unknown-task-reply';

// One task as a card: what the plan says (title, clause, lead and support, full text) and what the
// bureau has recorded on it (latest progress, linked rectification items).

const MAX_ITEMS = 10;

export function taskCardReply(task: Task, msg: IncomingMessage, deps: CoreDeps): Reply {
  const { knowledge, store } = deps;
  const blocks: Block[] = [
    paragraph(
      `条款:${task.clause}${task.number && !task.clause.endsWith(task.number.replace(/[.、．]$/, '')) ? `(原文编号 ${task.number})` : ''}${task.section && task.section !== task.title ? ` · ${task.section}` : ''}`,
    ),
    paragraph(leadUnitsLine(task, knowledge)),
    ...(leadWord(task) === '牵头' || !namesLead(task) ? [] : [paragraph(NO_LEAD_NAMED)]),
    paragraph(supportLine(task, knowledge)),
    heading('原文'),
    paragraph(task.text),
  ];
  // The plan's own progress column (上半年推进情况), apart from what the chat recorded.
  if (task.progress) blocks.push(heading(`${task.progress.label}(方案原文)`), planProgressBlock(task));
  const last = store.lastProgress({ kind: 'task', id: task.id });
  const count = store.progress({ target: { kind: 'task', id: task.id } }).length;
  blocks.push(heading(task.progress ? '群里记录的最新进展' : '最新进展'));
  blocks.push(
    paragraph(
      last
        ? `${calendarDay(new Date(last.at), deps.timeZone)} ${last.division}:${last.text}(#${last.seq};共 ${count} 条)`
        : '还没有进展记录。',
    ),
  );
  const items = store
    .items()
    .filter((i) => i.taskId === task.id && (i.plan ?? deps.plans.legacy.id) === deps.plan.id);
  if (items.length > 0) {
    const open = items.filter((i) => i.status !== '已销号');
    blocks.push(heading(`关联整改事项(${items.length} 项,未销号 ${open.length} 项)`));
    const shown = [...open, ...items.filter((i) => i.status === '已销号')].slice(0, MAX_ITEMS);
    const today = calendarDay(msg.at, deps.timeZone);
    const soonUntil = dueSoonUntil(today, deps.calendar);
    blocks.push(list(shown.map((i) => itemLine(i, today, soonUntil))));
  } else {
    blocks.push(heading('关联整改事项'));
    blocks.push(paragraph('没有登记关联本任务的整改事项。'));
  }
  const ref = taskRef(task.id, deps);
  blocks.push(
    note(
      `记录进展:进展 ${ref} <内容>;全部进展:进展 查看 ${ref}${items.length > MAX_ITEMS ? `;全部事项:整改 列表 任务:${ref}` : ''}`,
    ),
  );
  return { title: `任务 ${askableTaskId(task, deps)} ${task.title}`, colour: 'blue', blocks };
}

function measureReply(measure: Measure): Reply {
  return {
    title: `保障措施 ${measure.clause} ${measure.title}`,
    colour: 'blue',
    blocks: [
      ...(measure.roles.length > 0 ? [list(measure.roles.map((r) => `${r.role}:${r.holder}`))] : []),
      paragraph(measure.text),
      note('保障措施不是重点任务,方案没有为它指定牵头处室;上面列出的是原文写明的分工。'),
    ],
  };
}

/** The card of a task, the tasks of a section, or a safeguard measure, as the reference names. */
export function planRefReply(ref: PlanRef, msg: IncomingMessage, deps: CoreDeps): Reply {
  if ('task' in ref) return taskCardReply(ref.task, msg, deps);
  if ('measure' in ref) return measureReply(ref.measure);
  if ('missing' in ref) return unknownTaskReply(ref.missing, deps);
  if ('measures' in ref)
    return {
      title: `${ref.title}(${ref.measures.length} 项)`,
      colour: 'blue',
      blocks: [
        list(ref.measures.map((m) => `${m.clause} ${m.title}`)),
        note('保障措施不是重点任务,方案没有为它们指定牵头处室;查看一项:发它的条款。'),
      ],
    };
  if ('passage' in ref)
    return {
      title: ref.number,
      colour: 'grey',
      blocks: [
        paragraph(ref.passage.text),
        note(`“${ref.number}”不是一项任务,方案没有为它写明牵头或配合单位。`),
      ],
    };
  if ('choices' in ref)
    return {
      title: `编号“${ref.asked}”`,
      colour: 'orange',
      blocks: [
        paragraph(`“${ref.asked}”在方案中对应不止一项,请说明是哪一项:`),
        list(ref.choices.map((t) => `${taskLine(t, deps)}${t.number ? ` 原文编号 ${t.number}` : ''}`)),
        note(`发任务编号查看,例如 ${ref.choices[0] ? askableTaskId(ref.choices[0], deps) : ''}`),
      ],
    };
  const heading = ref.title
    ? `${ref.number ?? ref.section}${ref.number?.match(/[、.．]$/) ? '' : ' '}${ref.title}`
    : ref.section;
  return {
    title: `${heading} 下的任务(${ref.tasks.length} 项)`,
    colour: 'blue',
    blocks: [
      // Each task with the lead its note names, as a task's card names it.
      list(sectionLines(ref.section, ref.tasks, deps)),
      note(`查看一项:发它的编号,例如 ${ref.tasks[0] ? askableTaskId(ref.tasks[0], deps) : ''}`),
    ],
  };
}
