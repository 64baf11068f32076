import { amountNote, amountRefusal } from '../../reply/amount-wording';
import { dateNote, dateRefusal } from '../../reply/date-wording';
import { readingNote } from '../../reply/reading-note';
import { note, textReply } from '../../reply/reply';
import { notOnRoster, refusal } from '../../reply/wording';
import { ITEM_KINDS, type ItemKind } from '../../store/types';
import { readAmount } from '../../text/read-amount';
import { readDate } from '../../time/read-date';
import { actorOf, enrollableUnit, enrollableUnits, metaOf } from '../access';
import { defineCommand } from '../define-command';
import { taskRef } from '../plan-labels';
import { taskOfWord } from '../task-of-word';
import { trackingUnitOf } from '../tracking-unit-of';
import { deadlineProblem } from './deadline-rules';
import { parseItemOptions } from './item-options';
import { nonWorkingDeadlineNote } from './non-working-deadline';
import { itemReply } from './rectification-present';

const USAGE =
  '整改 登记 <问题> 单位:<责任单位> 期限:<日期> [责任人:<人>] [处室:<处室>] [任务:<编号>] [类型:立行立改|限期整改|持续整改] [金额:<数字>万元]';

interface Args {
  issue: string;
  unit: string;
  deadline: string;
  responsible?: string;
  responsibleId?: string;
  division?: string;
  taskId?: string;
  kind?: ItemKind;
  amount?: number;
  /** How a date or an amount was read, when that needs saying (`期限“2027年1月底”按 2027-01-29 理解:…`). */
  understood: string[];
}

export const rectificationRegisterCommand = defineCommand<Args>({
  name: '整改 登记',
  aliases: ['rectify add'],
  usage: `${USAGE} — 登记整改事项(挂号)`,
  examples: [
    '整改 登记 专项资金结存未使用 单位:市社保中心 期限:2026-12-31 责任人:王五 任务:3.2',
    '整改 登记 多发补助 单位:市民政局 期限:2026-12-31 类型:限期整改 金额:35万元',
  ],
  parse(rest, msg, deps) {
    const { free: issue, options } = parseItemOptions(rest, [
      'unit',
      'deadline',
      'responsible',
      'division',
      'task',
      'kind',
      'amount',
    ]);
    const missing = [!issue && '问题', !options.unit && '单位', !options.deadline && '期限'].filter(Boolean);
    if (missing.length > 0) return textReply(`缺少${missing.join('、')}。用法:${USAGE}`, 'orange');
    const date = readDate(
      options.deadline!,
      { now: msg.at, timeZone: deps.timeZone, calendar: deps.calendar },
      { whole: true },
    );
    if (!date.ok) return textReply(dateRefusal(date), 'orange');
    const tooFar = deadlineProblem(date.date, date.today, false);
    if (tooFar) return textReply(`${tooFar}。本次未记录任何内容。`, 'orange');
    let taskId: string | undefined;
    let taskRead: string | undefined;
    if (options.task) {
      const task = taskOfWord(options.task, deps, { content: issue, example: (typed) => `任务:${typed}` });
      if (!task.ok) return task.reply;
      taskId = task.id;
      taskRead = task.readAs;
    }
    let division: string | undefined;
    if (options.division) {
      // Any unit people belong to: a bureau division, or a single unit the plan names (a city plan's 改革办).
      const d = enrollableUnit(options.division, deps);
      if (!d) {
        return textReply(
          `没有“${options.division}”这个处室。处室可以是:${enrollableUnits(deps).join('、')}。`,
          'orange',
        );
      }
      division = d.name;
    }
    let kind: ItemKind | undefined;
    if (options.kind) {
      kind = ITEM_KINDS.find((k) => k === options.kind);
      if (!kind) return textReply(`类型只能是:${ITEM_KINDS.join('、')}(收到“${options.kind}”)。`, 'orange');
    }
    let amount: number | undefined;
    const understood = [
      dateNote('期限', date),
      nonWorkingDeadlineNote('期限', date.date, deps.calendar),
      taskRead,
    ];
    if (options.amount) {
      const read = readAmount(options.amount, { whole: true });
      if (!read.ok) return textReply(amountRefusal(read), 'orange');
      amount = read.value;
      understood.push(amountNote('金额', read));
    }
    // `责任人:@张三` arrives with the placeholder removed and 张三 in msg.mentions: take the person, with
    // their open_id, so reminders can @-mention them.
    const person = /责任人\s*:/.test(rest) ? msg.mentions?.[0] : undefined;
    const responsible = options.responsible || person?.name;
    return {
      issue,
      unit: options.unit!,
      deadline: date.date,
      ...(responsible ? { responsible } : {}),
      ...(person ? { responsibleId: person.openId } : {}),
      ...(division ? { division } : {}),
      ...(taskId ? { taskId } : {}),
      ...(kind ? { kind } : {}),
      ...(amount !== undefined ? { amount } : {}),
      understood: understood.filter((u): u is string => u !== undefined),
    };
  },
  run(args, msg, deps) {
    const actor = actorOf(msg, deps);
    if (!actor.member && !actor.isAdmin) return notOnRoster('登记整改事项');
    // No 处室: the sender's own, else (an administrator with no division) the lead of the task named, else the
    // 责任单位 itself when it is one of the plan's outside units. Where
    // the plan lists several 责任单位 and names no lead, none is picked silently (tracking-unit-of.ts).
    const byTask = !args.division && !actor.member?.division && args.taskId ? args.taskId : undefined;
    const pick = byTask ? trackingUnitOf(byTask, deps) : undefined;
    if (pick && 'ask' in pick) return textReply(pick.ask('本次未登记'), 'orange');
    const lead = pick?.unit;
    // An administrator of no division naming as 单位 one of the plan's own outside units (区财政局 on a county's
    // plan): that unit follows its own item, as its members would register it.
    const own = args.division || actor.member?.division || lead ? undefined : enrollableUnit(args.unit, deps);
    const division =
      args.division ?? actor.member?.division ?? lead ?? (own?.external ? own.name : undefined);
    if (!division)
      return textReply(
        `请用「处室:<处室>」写明由哪个处室跟踪(或用「任务:<编号>」写明关联任务,按其牵头单位记)。用法:${USAGE}`,
        'orange',
      );
    if (!actor.global && division !== actor.member?.division) {
      return refusal(
        `您在${actor.member?.division},只能登记本处跟踪的整改事项;${division}的事项请由该处或秘书处登记。`,
      );
    }
    // The same problem of the same unit open already is the store's refusal (item-duplicate), worded by the map.
    const { understood, ...fields } = args;
    const onPlan = fields.taskId ? { plan: deps.plan.id } : {};
    const item = deps.store.registerItem(metaOf(msg), { ...fields, ...onPlan, division });
    return itemReply(`已登记整改事项 ${item.id}`, item, msg, deps, [
      ...readingNote(
        pick && lead
          ? [
              ...understood,
              pick.why
                ? `处室记为“${lead}”:${pick.why}`
                : `处室按任务 ${args.taskId && taskRef(args.taskId, deps)} 的牵头单位记为“${lead}”`,
            ]
          : understood,
      ),
      note(`登记有误?登记人当天可发「整改 作废 ${item.id} <理由>」;之后请秘书处处理。`),
    ]);
  },
});
