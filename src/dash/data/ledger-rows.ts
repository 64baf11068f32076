import type { RectificationItem, Store, Warning } from '../../store';
import { responsibleName, warningLevel } from '../../store';
import { isOpen } from '../../store/model/ledger/is-open';
import type { Viewer } from '../viewer-of';
import { type Figures, figuresOf, type SeenOn } from './ledger-figures';
import type { LedgerQuery } from './ledger-query';
import { scopedItems } from './scoped-items';

// The 台账 page: the items a viewer may see, filtered and ordered as asked, a page at a time, with the
// figures of everything the filters select (the same figures 整改 统计 gives for the same selection).

export const PAGE_SIZE = 50;

export interface LedgerRow {
  item: RectificationItem;
  /** The item's task by the number that reads back to it in chat (and its plan, when not the current one). */
  task?: string;
  responsible?: string;
  /** Open items only. */
  warning?: Warning;
}

export interface LedgerView {
  rows: LedgerRow[];
  /** Items the filters select (the rows of every page). */
  total: number;
  pages: number;
  figures: Figures;
  /** What the filters can be set to, from the items the viewer may see. */
  options: { divisions: string[]; years: string[]; tasks: { id: string; label: string }[] };
}

/** Most urgent first: overdue longest, then nearest deadline; then closed (latest first), then voided. */
function urgency(a: LedgerRow, b: LedgerRow): number {
  const rank = (r: LedgerRow) => (r.warning ? 0 : r.item.status === '已销号' ? 1 : 2);
  return (
    rank(a) - rank(b) ||
    (a.warning && b.warning ? a.warning.daysLeft - b.warning.daysLeft : 0) ||
    (b.item.closedAt ?? '').localeCompare(a.item.closedAt ?? '') ||
    a.item.id.localeCompare(b.item.id)
  );
}

const ORDERS: Record<LedgerQuery['sort'], (a: LedgerRow, b: LedgerRow) => number> = {
  urgency,
  id: (a, b) => a.item.id.localeCompare(b.item.id),
  deadline: (a, b) => a.item.deadline.localeCompare(b.item.deadline) || a.item.id.localeCompare(b.item.id),
  division: (a, b) => a.item.division.localeCompare(b.item.division, 'zh') || urgency(a, b),
  unit: (a, b) => a.item.unit.localeCompare(b.item.unit, 'zh') || urgency(a, b),
  issue: (a, b) => a.item.issue.localeCompare(b.item.issue, 'zh') || urgency(a, b),
  responsible: (a, b) => (a.responsible ?? '').localeCompare(b.responsible ?? '', 'zh') || urgency(a, b),
  task: (a, b) =>
    (a.item.taskId ?? '').localeCompare(b.item.taskId ?? '', 'zh', { numeric: true }) || urgency(a, b),
  status: (a, b) => a.item.status.localeCompare(b.item.status, 'zh') || urgency(a, b),
  amount: (a, b) => (a.item.amount ?? -1) - (b.item.amount ?? -1) || urgency(a, b),
};

export function ledgerView(
  store: Store,
  viewer: Viewer,
  query: LedgerQuery,
  { day: today, soonUntil }: SeenOn,
  order: (a: string, b: string) => number,
  /** How a task is named (askable number); absent: by its short id. */
  taskName: (item: RectificationItem) => string | undefined = (item) => item.taskId,
): LedgerView {
  const visible = scopedItems(store, viewer);
  const options = {
    divisions: [...new Set(visible.map((i) => i.division))].sort(order),
    years: [...new Set(visible.map((i) => i.id.slice(3, 7)))].sort().reverse(),
    tasks: [
      ...new Map(
        visible.flatMap((i) => (i.taskId ? [[i.taskId, taskName(i) ?? i.taskId] as const] : [])),
      ).entries(),
    ]
      .sort(([a], [b]) => a.localeCompare(b, 'zh', { numeric: true }))
      .map(([id, label]) => ({ id, label })),
  };
  const unit = query.unit?.toLowerCase();
  const selected = visible.filter(
    (i) =>
      (!query.division || i.division === query.division) &&
      (!query.year || i.id.startsWith(`ZG-${query.year}-`)) &&
      (!unit || i.unit.toLowerCase().includes(unit)) &&
      (!query.task || i.taskId === query.task) &&
      (!query.overdue || (isOpen(i) && i.deadline < today)) &&
      (!query.state || (query.state === '未销号' ? isOpen(i) : i.status === query.state)),
  );
  // Voided items are counted apart (as 整改 统计 does) and listed only when asked for.
  const listed = query.state === '已作废' ? selected : selected.filter((i) => i.status !== '已作废');
  const rows = listed.map((item): LedgerRow => {
    const responsible = responsibleName(item, store);
    const task = item.taskId ? taskName(item) : undefined;
    return {
      item,
      ...(responsible ? { responsible } : {}),
      ...(task ? { task } : {}),
      ...(isOpen(item) ? { warning: warningLevel(item.deadline, today, soonUntil) } : {}),
    };
  });
  const compare = ORDERS[query.sort];
  rows.sort(query.dir === 'desc' ? (a, b) => compare(b, a) : compare);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(query.page, pages);
  return {
    rows: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total: rows.length,
    pages,
    figures: figuresOf(selected, today, soonUntil),
    options,
  };
}
