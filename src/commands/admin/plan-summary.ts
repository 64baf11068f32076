import { isPending } from '../../plans/current-plan';
import type { PlanChoices } from '../../plans/plan-choices';
import { type PlanEntry, planName } from '../../plans/plan-entry';
import { heading, list, note, paragraph, type Reply } from '../../reply/reply';

// How a plan is summed up when it is added or looked at: title, period, id, what it holds, and the tasks
// whose responsibility note could not be read (they answer 方案未写明 until the text says).

export function planState(entry: PlanEntry, current: PlanEntry, choices: PlanChoices): string {
  if (entry === current) return '当前方案';
  return isPending(entry, choices) ? '待启用' : '可用';
}

export function planSummary(entry: PlanEntry, state: string, title = `方案 ${entry.id}`): Reply {
  const { plan } = entry;
  const unassigned = plan.tasks.filter((t) => t.lead.length + t.support.length === 0);
  const period = entry.period
    ? entry.period.from === entry.period.to
      ? `${entry.period.from} 年`
      : `${entry.period.from}—${entry.period.to} 年`
    : '(方案中没有写明)';
  return {
    title,
    colour: unassigned.length > 0 ? 'orange' : 'blue',
    blocks: [
      {
        type: 'fields',
        fields: [
          { label: '名称', value: entry.title || '(方案中没有标题)' },
          { label: '期间', value: period },
          { label: '编号', value: entry.id },
          { label: '状态', value: state },
          {
            label: '内容',
            value: `目标 ${plan.goals.length} 个、指标 ${plan.indicators.length} 个、任务 ${plan.tasks.length} 项、保障措施 ${plan.measures.length} 项`,
          },
        ],
      },
      ...(unassigned.length > 0
        ? [
            heading(`${unassigned.length} 项任务没有读出责任单位`),
            list(unassigned.slice(0, 20).map((t) => `${t.id} ${t.title}(${t.clause})`)),
          ]
        : []),
      paragraph(`出处:${planName(entry)}`),
      note(
        state === '待启用'
          ? `管理员或秘书处发「方案 启用 ${entry.id}」后,问答和进展记录改用这份方案;在此之前可以这样问:方案 ${entry.id} 任务 <处室>`
          : `问别的方案:方案 <编号> <问题>;查看全部方案:方案`,
      ),
    ],
  };
}
