import { DivisionBars, divisionRows } from '../charts/division-bars';
import { WeeklyTrendChart } from '../charts/weekly-trend-chart';
import type { OverviewData } from '../data/overview-data';
import type { Viewer } from '../viewer-of';
import { FigureCells } from './figure-cells';
import { Layout, scopeText } from './layout';
import { RateTiles } from './rate-tiles';
import { SilenceBadge } from './silence-badge';
import { Tile } from './tile';

// 总览: the ledger at a glance (red, yellow, green), both 整改率 with their formulas, each division, the last
// twelve weeks, and the current plan's tasks with their latest progress — silent ones in red.

const itemsOf = (division: string) => `/dash/items?division=${encodeURIComponent(division)}`;

export function OverviewPage(props: { data: OverviewData; viewer: Viewer; drawnAt: string }) {
  const { data, viewer } = props;
  const { all, divisions } = data.figures;
  const s = all.stats;
  const silent = data.tasks.filter((t) => t.silent).length;
  return (
    <Layout title="总览" here="overview" viewer={viewer} drawnAt={props.drawnAt}>
      <p class="sub">
        截至 {data.today} · 当前方案 {data.planLabel} · 范围:{scopeText(viewer)}
      </p>
      <div class="tiles">
        <Tile
          n={all.open}
          figure="open"
          label="未销号事项"
          foot={`整改中 ${s.byStatus.整改中} · 待审核 ${s.byStatus.待审核}`}
          href="/dash/items?state=未销号"
        />
        <Tile
          figure="overdue"
          n={s.overdue}
          label="逾期"
          foot="期限已过仍未销号"
          tone="red"
          href="/dash/items?overdue=1"
        />
        <Tile figure="dueSoon" n={all.dueSoon} label="7 个工作日内到期" foot="含今天到期" tone="yellow" />
        <Tile
          figure="closed"
          n={s.closed}
          label="已销号"
          foot={`共 ${s.count} 项(作废的不计)`}
          tone="green"
          href="/dash/items?state=已销号"
        />
        <RateTiles stats={s} />
      </div>
      <p class="formula">
        整改率(按数量)= 已销号 ÷ 应整改(期限已到或已销号的事项);整改率(按金额)= 已销号事项的整改金额 ÷
        全部事项的问题金额;作废的事项不计入。与“整改 统计”和导出的台账算法相同。
      </p>
      <div class="grid2" style="margin-top:14px">
        <section class="card">
          <h2>各处室整改事项</h2>
          {divisions.length > 0 ? (
            <DivisionBars rows={divisionRows(divisions)} />
          ) : (
            <p class="muted">还没有整改事项。</p>
          )}
        </section>
        <section class="card">
          <h2>近 {data.weeks.length} 周登记与销号</h2>
          <WeeklyTrendChart weeks={data.weeks} />
        </section>
      </div>
      <section class="card">
        <h2>各处室明细</h2>
        <table>
          <thead>
            <tr>
              <th>处室</th>
              <th class="num">事项</th>
              <th class="num">未销号</th>
              <th class="num">逾期</th>
              <th class="num">7 个工作日内到期</th>
              <th class="num">已销号</th>
              <th class="num">应整改</th>
              <th class="num">整改率</th>
              <th class="num">问题金额</th>
              <th class="num">整改金额</th>
            </tr>
          </thead>
          <tbody>
            {divisions.map((d) => (
              <tr
                class={d.stats.overdue > 0 ? 'red' : d.dueSoon > 0 ? 'yellow' : 'green'}
                data-division={d.division}
              >
                <td>
                  <a href={itemsOf(d.division)}>{d.division}</a>
                </td>
                <FigureCells figures={d} />
              </tr>
            ))}
          </tbody>
          {divisions.length > 1 ? (
            <tfoot>
              <tr data-division="合计">
                <th>合计</th>
                <FigureCells figures={all} total />
              </tr>
            </tfoot>
          ) : null}
        </table>
      </section>
      <section class="card">
        <h2>
          {data.planLabel} 任务进展{' '}
          {silent > 0 ? <span class="badge red">{silent} 项沉寂 14 天以上或从未报送</span> : null}
        </h2>
        <table>
          <thead>
            <tr>
              <th>任务</th>
              <th>牵头</th>
              <th>最新进展</th>
              <th>报送</th>
            </tr>
          </thead>
          <tbody>
            {data.tasks.map((t) => (
              <tr class={t.silent ? 'red' : 'green'}>
                <td>
                  <a href={`/dash/plan?task=${encodeURIComponent(t.task.id)}`}>
                    {t.number} {t.task.title}
                  </a>
                  <div class="small muted">{t.task.clause}</div>
                </td>
                <td>{t.task.lead.join('、') || '(方案未写明)'}</td>
                <td>
                  {t.latest ? (
                    <>
                      {t.latest.text}
                      <div class="small muted">
                        {t.latest.day} · {t.latest.division} · {t.latest.by}
                      </div>
                    </>
                  ) : (
                    <span class="muted">从未报送</span>
                  )}
                </td>
                <td>
                  <SilenceBadge pulse={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Layout>
  );
}
