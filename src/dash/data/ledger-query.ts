import { z } from 'zod';

// The 台账 page's filters and order, read from its query string (a GET form, so a filtered ledger is a link
// one can send or bookmark). An empty field is no filter; anything else that does not fit is refused by name.

const blankIsUnset = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const text = (max: number) => z.preprocess(blankIsUnset, z.string().trim().max(max).optional());

export const LEDGER_STATES = ['未销号', '整改中', '待审核', '已销号', '已作废'] as const;
export const LEDGER_SORTS = [
  'urgency',
  'id',
  'issue',
  'unit',
  'division',
  'responsible',
  'deadline',
  'status',
  'task',
  'amount',
] as const;

export const ledgerQuerySchema = z.object({
  division: text(30),
  state: z.preprocess(blankIsUnset, z.enum(LEDGER_STATES).optional()),
  unit: text(60),
  year: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^\d{4}$/)
      .optional(),
  ),
  task: text(30),
  overdue: z.preprocess(blankIsUnset, z.enum(['1']).optional()),
  sort: z.preprocess(blankIsUnset, z.enum(LEDGER_SORTS).default('urgency')),
  dir: z.preprocess(blankIsUnset, z.enum(['asc', 'desc']).default('asc')),
  page: z.preprocess(blankIsUnset, z.coerce.number().int().min(1).max(100_000).default(1)),
});

export type LedgerQuery = z.infer<typeof ledgerQuerySchema>;

/** What each filter is called on the page (to name the one that was not understood). */
export const FILTER_NAMES: Record<keyof LedgerQuery, string> = {
  division: '处室',
  state: '状态',
  unit: '责任单位',
  year: '年份',
  task: '关联任务',
  overdue: '只看逾期',
  sort: '排序',
  dir: '排序方向',
  page: '页码',
};

/** The query string of a ledger view, unset and default values left out (for links: sort, pages). */
export function ledgerSearch(query: Partial<LedgerQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if (
      (key === 'sort' && value === 'urgency') ||
      (key === 'dir' && value === 'asc') ||
      (key === 'page' && value === 1)
    )
      continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
