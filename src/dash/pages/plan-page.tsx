import type { PlanProgress, RecordRow } from '../data/plan-progress';
import type { Viewer } from '../viewer-of';
import { Layout, scopeText } from './layout';
import { SilenceBadge } from './silence-badge';

// 进展: per plan (switched by a link per plan), per task, the progress records made on it, newest first;
// one task's link shows all of its records, a page at a time. Goals and indicators with records follow.

function Records(props: { records: RecordRow[] }) {
  return (
    <ul class="records">
      {props.records.map((r) => (
        <li>
          <span class="muted small">
            {r.at} · {r.division} · {r.by} · #{r.seq}
          </span>
          <br />
          {r.text}
        </li>
      ))}
    </ul>
  );
}

const planLink = (planId: string, task?: string, page?: number) =>
  `/dash/plan?plan=${encodeURIComponent(planId)}${task ? `&task=${encodeURIComponent(task)}` : ''}${page && page > 1 ? `&page=${page}` : ''}`;

export function PlanPage(props: { data: PlanProgress; viewer: Viewer; today: string; drawnAt: string }) {
  const { data, viewer } = props;
  const planId = data.plan.id;
  return (
    <Layout title="进展" here="plan" viewer={viewer} drawnAt={props.drawnAt}>
      <div class="plans noprint">
        {data.plans.map((p) => (
          <a href={planLink(p.id)} class={p.id === planId ? 'here' : undefined}>
            {p.name}
            {p.current ? '(当前)' : ''}
          </a>
        ))}
      </div>
      <p class="sub">
        {data.planLabel} · 截至 {props.today} · 范围:{scopeText(viewer)}
        {viewer.scope === 'division' ? '(本处室牵头或配合的任务,本处室的报送)' : ''}
      </p>
      {data.task ? (
        <section class="card">
          <h2>
            {data.task.number} {data.task.task.title}(共 {data.task.total} 条)
          </h2>
          <p class="small muted">
            {data.task.task.clause} · 牵头:{data.task.task.lead.join('、') || '(方案未写明)'} · 配合:
            {data.task.task.support.join('、') || '(方案未写明)'} ·{' '}
            <a class="noprint" href={planLink(planId)}>
              返回全部任务
            </a>
          </p>
          {data.task.total === 0 ? (
            <p class="muted">还没有进展记录。</p>
          ) : (
            <Records records={data.task.records} />
          )}
          {data.task.pages > 1 ? (
            <div class="pager">
              <span class="muted">
                第 {data.task.page} / {data.task.pages} 页
              </span>
              {data.task.page > 1 ? (
                <a href={planLink(planId, data.task.task.id, data.task.page - 1)}>较新</a>
              ) : null}
              {data.task.page < data.task.pages ? (
                <a href={planLink(planId, data.task.task.id, data.task.page + 1)}>较早</a>
              ) : null}
            </div>
          ) : null}
        </section>
      ) : null}
      <h2>各任务进展</h2>
      {data.tasks.length === 0 ? <p class="muted">这个方案里没有本处室牵头或配合的任务。</p> : null}
      <div class="grid2">
        {data.tasks.map((t) => (
          <section class={`card task-card ${t.silent ? 'silent' : ''}`} data-task={t.task.id}>
            <h3>
              <a href={planLink(planId, t.task.id)}>
                {t.number} {t.task.title}
              </a>
            </h3>
            <div class="small muted">
              {t.task.clause} · 牵头:{t.task.lead.join('、') || '(方案未写明)'}
              {t.task.support.length > 0 ? ` · 配合:${t.task.support.join('、')}` : ''}
            </div>
            <p style="margin:6px 0 0">
              <SilenceBadge pulse={t} /> <span class="small muted">共 {t.total} 条</span>
              {t.total > t.records.length ? (
                <>
                  {' '}
                  <a class="small noprint" href={planLink(planId, t.task.id)}>
                    查看全部
                  </a>
                </>
              ) : null}
            </p>
            {t.records.length > 0 ? <Records records={t.records} /> : null}
          </section>
        ))}
      </div>
      {data.targets.length > 0 ? (
        <section class="card">
          <h2>目标与指标进展</h2>
          <table>
            <thead>
              <tr>
                <th>目标或指标</th>
                <th class="num">记录</th>
                <th>最新进展</th>
              </tr>
            </thead>
            <tbody>
              {data.targets.map((t) => (
                <tr>
                  <td>{t.label}</td>
                  <td class="num">{t.total}</td>
                  <td>
                    {t.records[0]?.text}
                    <div class="small muted">
                      {t.records[0]?.at} · {t.records[0]?.division} · {t.records[0]?.by}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </Layout>
  );
}
