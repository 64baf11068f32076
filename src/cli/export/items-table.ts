import type { PlanLabels } from '../../reports/target-label';
import { recordPlan, targetName } from '../../reports/target-label';
import { responsibleName, type Store } from '../../store';
import { dueSoonUntil, type WorkingDays } from '../../store/due-soon-until';
import type { RectificationItem } from '../../store/types';
import { warningLevel } from '../../store/warning-level';
import { calendarDay } from '../../time/calendar-day';
import { localTime } from '../../time/local-time';
import { type Cell, columns, person, type Table } from './table';

// 整改台账: one row per item (voided ones included), as it stands; 预警 as of the export's instant (`--now`).

export const ITEMS_COLUMNS = columns([
  ['编号', 'text', 14],
  ['问题', 'text', 36],
  ['责任单位', 'text', 20],
  ['责任人', 'text'],
  ['跟踪处室', 'text', 12],
  ['关联任务', 'text', 10],
  ['关联任务名称', 'text', 30],
  ['关联任务所属方案', 'text', 12],
  ['期限', 'day'],
  ['状态', 'text', 10],
  ['预警', 'text', 8],
  ['登记时间', 'instant'],
  ['登记人', 'text'],
  ['销号时间', 'instant'],
  ['延期次数', 'number', 10],
  ['类型', 'text', 10],
  ['问题金额(万元)', 'number', 16],
  ['整改金额(万元)', 'number', 16],
  ['待审核申请', 'text', 30],
  ['驳回次数', 'number', 10],
  ['佐证材料', 'text', 40],
]);

/** `回单.jpg(3f2a9c01b7e4);整改报告.pdf(…)`: each file by its name and the start of its SHA-256. */
export function evidenceText(item: RectificationItem): string {
  return item.history
    .flatMap((h) => (h.file ? [`${h.file.name}(${h.file.sha256.slice(0, 12)})`] : []))
    .join(';');
}
/** The item's number in the bureau's own workbook (import ledger, 导入台账), beside the bot's id. */
const ORIGINAL_COLUMN = columns([['原编号', 'text', 10]]);

function pendingText(item: RectificationItem, store: Store, timeZone: string): string {
  const p = item.pending;
  if (!p) return '';
  const when = localTime(p.at, timeZone);
  return p.kind === 'close'
    ? `销号申请:${person(store, p.by)} ${when}`
    : `延期申请至 ${p.deadline}:${person(store, p.by)} ${when}`;
}

export function itemsTable(
  store: Store,
  now: Date,
  timeZone: string,
  labels: PlanLabels,
  calendar: WorkingDays,
): Table {
  const today = calendarDay(now, timeZone);
  const soonUntil = dueSoonUntil(today, calendar);
  const items = store.items({ includeVoided: true });
  const rows = items.map((i): Cell[] => {
    const named = responsibleName(i, store) ?? '';
    const responsible = i.responsibleId && named !== i.responsibleId ? `${named}(${i.responsibleId})` : named;
    const open = i.status === '整改中' || i.status === '待审核';
    const task = i.taskId
      ? targetName({ kind: 'task', id: i.taskId, ...(i.plan ? { plan: i.plan } : {}) }, labels)
      : undefined;
    return [
      i.id,
      i.issue,
      i.unit,
      responsible,
      i.division,
      task?.ref ?? i.taskId,
      task?.title,
      i.taskId ? recordPlan(i.plan, labels) : undefined,
      i.deadline,
      i.status,
      open ? warningLevel(i.deadline, today, soonUntil).label : undefined,
      i.registeredAt,
      person(store, i.registeredBy),
      i.closedAt,
      i.history.filter((h) => h.kind === '延期' || h.kind === '批准延期').length,
      i.kind,
      i.amount,
      i.rectifiedAmount,
      pendingText(i, store, timeZone),
      i.history.filter((h) => h.kind === '驳回销号' || h.kind === '驳回延期').length,
      evidenceText(i),
    ];
  });
  // 原编号 once a workbook was imported: a ledger kept only in the bot exports as it always has.
  if (!items.some((i) => i.original))
    return { name: 'items', title: '整改台账', columns: ITEMS_COLUMNS, rows };
  const withOriginal = rows.map((row, n) => [row[0], items[n]!.original, ...row.slice(1)]);
  return {
    name: 'items',
    title: '整改台账',
    columns: [ITEMS_COLUMNS[0]!, ...ORIGINAL_COLUMN, ...ITEMS_COLUMNS.slice(1)],
    rows: withOriginal,
  };
}
