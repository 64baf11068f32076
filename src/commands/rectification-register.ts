import { note, textReply } from '../reply/reply';
import { notOnRoster, refusal } from '../reply/wording';
import { actorOf, metaOf, rosterDivisions } from './access';
import { defineCommand } from './define-command';
import { dateHelp, parseDate } from './parse-date';
import { itemReply } from './rectification-present';

const USAGE = '整改 登记 <问题> 单位:<责任单位> 期限:<日期> [责任人:<人>] [处室:<处室>] [任务:<编号>]';
const KEYS: Record<string, 'unit' | 'deadline' | 'responsible' | 'division' | 'task'> = {
  责任单位: 'unit',
  单位: 'unit',
  整改期限: 'deadline',
  期限: 'deadline',
  责任人: 'responsible',
  处室: 'division',
  任务: 'task',
};

interface Args {
  issue: string;
  unit: string;
  deadline: string;
  responsible?: string;
  responsibleId?: string;
  division?: string;
  taskId?: string;
}

/** `问题 单位:x 期限:y …` → the problem text and each key's value (keys in any order, `:` or `:`). */
export function parseOptions(text: string): { issue: string; options: Partial<Record<string, string>> } {
  const pattern = new RegExp(`(${Object.keys(KEYS).join('|')})\\s*[::]\\s*`, 'g');
  const marks = [...text.matchAll(pattern)];
  const options: Partial<Record<string, string>> = {};
  marks.forEach((m, i) => {
    const end = marks[i + 1]?.index ?? text.length;
    options[KEYS[m[1]!]!] = text.slice(m.index! + m[0].length, end).trim();
  });
  return { issue: text.slice(0, marks[0]?.index ?? text.length).trim(), options };
}

export const rectificationRegisterCommand = defineCommand<Args>({
  name: '整改 登记',
  aliases: ['rectify add'],
  usage: `${USAGE} — 登记整改事项(挂号)`,
  examples: ['整改 登记 专项资金结存未使用 单位:市社保中心 期限:2026-12-31 责任人:王五 任务:3.2'],
  parse(rest, msg, deps) {
    const { issue, options } = parseOptions(rest);
    const missing = [!issue && '问题', !options.unit && '单位', !options.deadline && '期限'].filter(Boolean);
    if (missing.length > 0) return textReply(`缺少${missing.join('、')}。用法:${USAGE}`, 'orange');
    const date = parseDate(options.deadline!, msg.at, deps.timeZone);
    if (!date.ok) return textReply(dateHelp(date.reason), 'orange');
    let division: string | undefined;
    if (options.division) {
      const d = deps.knowledge.resolveDivision(options.division);
      if (!d || d.external) {
        return textReply(
          `没有“${options.division}”这个处室。处室可以是:${rosterDivisions(deps).join('、')}。`,
          'orange',
        );
      }
      division = d.name;
    }
    let taskId: string | undefined;
    if (options.task) {
      const task = deps.knowledge.taskById(options.task);
      if (!task) {
        const ids = deps.knowledge.plan.tasks.map((t) => t.id).join('、');
        return textReply(`没有任务“${options.task}”。任务编号有:${ids}。`, 'orange');
      }
      taskId = task.id;
    }
    // `责任人:@张三` arrives with the placeholder removed and 张三 in msg.mentions: take the person, with
    // their open_id, so reminders can @-mention them.
    const person = 'responsible' in options ? msg.mentions?.[0] : undefined;
    const responsible = options.responsible || person?.name;
    return {
      issue,
      unit: options.unit!,
      deadline: date.date,
      ...(responsible ? { responsible } : {}),
      ...(person ? { responsibleId: person.openId } : {}),
      ...(division ? { division } : {}),
      ...(taskId ? { taskId } : {}),
    };
  },
  run(args, msg, deps) {
    const actor = actorOf(msg, deps);
    if (!actor.member && !actor.isAdmin) return notOnRoster('登记整改事项');
    const division = args.division ?? actor.member?.division;
    if (!division) return textReply(`请用「处室:<处室>」写明由哪个处室跟踪。用法:${USAGE}`, 'orange');
    if (!actor.global && division !== actor.member?.division) {
      return refusal(
        `您在${actor.member?.division},只能登记本处跟踪的整改事项;${division}的事项请由该处或秘书处登记。`,
      );
    }
    const item = deps.store.registerItem(metaOf(msg), { ...args, division });
    return itemReply(`已登记整改事项 ${item.id}`, item, msg.at, deps, [
      note(
        `后续:整改 进展 ${item.id} <内容> · 整改 延期 ${item.id} <新期限> <理由> · 整改 销号 ${item.id} <说明>`,
      ),
    ]);
  },
});
