import { type PlanLabels, recordPlan, targetName } from '../../reports/target-label';
import type { Store } from '../../store';
import { type Cell, columns, person, type Table } from './table';

// 进展记录: one row per update (retracted ones included, marked), each named in the plan it was made on.

export const PROGRESS_COLUMNS = columns([
  ['记录号', 'number', 10],
  ['时间', 'instant'],
  ['任务或目标', 'text', 10],
  ['任务或目标名称', 'text', 30],
  ['所属方案', 'text', 12],
  ['处室', 'text', 12],
  ['记录人', 'text'],
  ['内容', 'text', 48],
  ['状态', 'text', 8],
  ['撤销记录号', 'number', 12],
  ['消息ID', 'text', 24],
]);

export function progressTable(store: Store, labels: PlanLabels): Table {
  const rows = store.progress({ includeRetracted: true }).map((u): Cell[] => {
    const { ref, title } = targetName(u.target, labels);
    return [
      u.seq,
      u.at,
      ref,
      title,
      recordPlan(u.target.plan, labels),
      u.division,
      person(store, u.by),
      u.text,
      u.retracted ? '已撤销' : '有效',
      u.retracted?.seq,
      u.messageId,
    ];
  });
  return { name: 'progress', title: '进展记录', columns: PROGRESS_COLUMNS, rows };
}
