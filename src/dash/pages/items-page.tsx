import { LEDGER_STATES, type LedgerQuery, ledgerSearch } from '../data/ledger-query';
import type { LedgerRow, LedgerView } from '../data/ledger-rows';
import type { Viewer } from '../viewer-of';
import { money } from './figures-text';
import { Layout, scopeText } from './layout';
import { RateTiles } from './rate-tiles';
import { Tile } from './tile';

// 台账: the items a viewer may see, filtered (division, state, unit, year, task, overdue) by a plain GET form,
// ordered by any column (a link per header), fifty to a page, each row a link to the item; above it, the
// figures of everything the filters select, as 整改 统计 gives them.

const COLUMNS: { sort: LedgerQuery['sort']; label: string; num?: boolean }[] = [
  { sort: 'id', label: '编号' },
  { sort: 'issue', label: '问题' },
  { sort: 'unit', label: '责任单位' },
  { sort: 'division', label: '处室' },
  { sort: 'responsible', label: '责任人' },
  { sort: 'deadline', label: '期限' },
  { sort: 'urgency', label: '预警' },
  { sort: 'status', label: '状态' },
  { sort: 'task', label: '关联任务' },
  { sort: 'amount', label: '问题金额', num: true },
];

export function warningBadge(row: Pick<LedgerRow, 'warning' | 'item'>) {
  const w = row.warning;
  if (!w) return <span class="badge">{row.item.status === '已销号' ? '已销号' : '—'}</span>;
  const when =
    w.daysLeft < 0 ? `逾期 ${-w.daysLeft} 天` : w.daysLeft === 0 ? '今天到期' : `剩 ${w.daysLeft} 天`;
  return <span class={`badge ${w.colour}`}>{when}</span>;
}

function Filters(props: { query: LedgerQuery; view: LedgerView; viewer: Viewer }) {
  const { query, view, viewer } = props;
  return (
    <form class="filters" method="get" action="/dash/items">
      {viewer.scope === 'all' ? (
        <label>
          处室
          <select name="division">
            <option value="">全部处室</option>
            {view.options.divisions.map((d) => (
              <option value={d} selected={d === query.division}>
                {d}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        状态
        <select name="state">
          <option value="">全部(不含作废)</option>
          {LEDGER_STATES.map((s) => (
            <option value={s} selected={s === query.state}>
              {s === '未销号' ? '未销号(整改中+待审核)' : s}
            </option>
          ))}
        </select>
      </label>
      <label>
        责任单位
        <input type="text" name="unit" value={query.unit ?? ''} placeholder="单位名称中的字" />
      </label>
      <label>
        登记年份
        <select name="year">
          <option value="">全部年份</option>
          {view.options.years.map((y) => (
            <option value={y} selected={y === query.year}>
              {y} 年
            </option>
          ))}
        </select>
      </label>
      <label>
        关联任务
        <select name="task">
          <option value="">全部任务</option>
          {view.options.tasks.map((t) => (
            <option value={t.id} selected={t.id === query.task}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" name="overdue" value="1" checked={query.overdue === '1'} />
        只看逾期
      </label>
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <button class="primary" type="submit">
        筛选
      </button>
      <a class="plain" href="/dash/items">
        清除筛选
      </a>
    </form>
  );
}

/** What the filters select, in words (for the page and its printed copy). */
function selection(query: LedgerQuery, viewer: Viewer): string {
  const parts = [
    query.division ?? scopeText(viewer),
    query.state ?? '',
    query.year ? `${query.year} 年登记` : '',
    query.unit ? `单位含“${query.unit}”` : '',
    query.task ? `任务 ${query.task}` : '',
    query.overdue ? '逾期' : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

export function ItemsPage(props: {
  query: LedgerQuery;
  view: LedgerView;
  viewer: Viewer;
  today: string;
  drawnAt: string;
}) {
  const { query, view, viewer } = props;
  const s = view.figures.stats;
  const page = Math.min(query.page, view.pages);
  const link = (changes: Partial<LedgerQuery>) =>
    `/dash/items${ledgerSearch({ ...query, page: 1, ...changes })}`;
  return (
    <Layout title="台账" here="items" viewer={viewer} drawnAt={props.drawnAt}>
      <section class="card noprint">
        <Filters query={query} view={view} viewer={viewer} />
      </section>
      <p class="sub">
        {selection(query, viewer)} · 截至 {props.today}
        {s.byStatus.已作废 > 0 && query.state !== '已作废'
          ? ` · 另有已作废 ${s.byStatus.已作废} 项(不计入)`
          : ''}
      </p>
      <div class="tiles" id="figures">
        <Tile
          figure="count"
          n={view.total}
          label="筛选出的事项"
          foot={`整改中 ${s.byStatus.整改中} · 待审核 ${s.byStatus.待审核} · 已销号 ${s.byStatus.已销号}`}
        />
        <Tile figure="overdue" n={s.overdue} label="逾期" tone="red" />
        <Tile figure="dueSoon" n={view.figures.dueSoon} label="7 个工作日内到期" tone="yellow" />
        <RateTiles stats={s} />
      </div>
      <section class="card">
        <table>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const on = query.sort === c.sort;
                const dir = on && query.dir === 'asc' ? 'desc' : 'asc';
                return (
                  <th class={c.num ? 'num' : undefined}>
                    <a class={on ? 'on' : undefined} href={link({ sort: c.sort, dir })}>
                      {c.label}
                      {on ? (query.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </a>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => {
              const href = `/dash/items/${row.item.id}`;
              return (
                <tr class={row.warning?.colour ?? ''} data-id={row.item.id}>
                  <td>
                    <a href={href}>{row.item.id}</a>
                  </td>
                  <td>
                    <a href={href} style="color:inherit">
                      {row.item.issue}
                    </a>
                  </td>
                  <td>{row.item.unit}</td>
                  <td>{row.item.division}</td>
                  <td>{row.responsible ?? ''}</td>
                  <td style="white-space:nowrap">{row.item.deadline}</td>
                  <td>{warningBadge(row)}</td>
                  <td style="white-space:nowrap">{row.item.status}</td>
                  <td>{row.task ?? row.item.taskId ?? ''}</td>
                  <td class="num">{row.item.amount !== undefined ? money(row.item.amount) : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {view.rows.length === 0 ? <p class="muted">没有符合条件的整改事项。</p> : null}
        {view.pages > 1 ? (
          <div class="pager">
            <span class="muted">
              第 {page} / {view.pages} 页
            </span>
            {page > 1 ? <a href={link({ page: page - 1 })}>上一页</a> : null}
            {page < view.pages ? <a href={link({ page: page + 1 })}>下一页</a> : null}
          </div>
        ) : null}
      </section>
    </Layout>
  );
}
