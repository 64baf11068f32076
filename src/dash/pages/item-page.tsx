import type { Child } from 'hono/jsx';
import type { ItemView } from '../data/item-view';
import type { Viewer } from '../viewer-of';
import { money } from './figures-text';
import { warningBadge } from './items-page';
import { Layout } from './layout';

// 事项: one item — its fields, its warning, a link to where it was registered in Lark (when known), and its
// whole history, oldest first, each event with who, when, why and from which message. Read-only: actions
// stay in chat (`整改 …`, or the buttons on the item's card).

function Field(props: { label: string; children?: Child }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

export function ItemPage(props: { view: ItemView; viewer: Viewer; larkLink?: string; drawnAt: string }) {
  const { view, viewer } = props;
  const { item } = view;
  const pending = item.pending;
  return (
    <Layout title={item.id} here="items" viewer={viewer} drawnAt={props.drawnAt}>
      <p class="sub noprint">
        <a href="/dash/items">← 返回台账</a>
      </p>
      <section class="card">
        <h2>
          {item.id} {warningBadge(view)} <span class="badge blue">{item.status}</span>
        </h2>
        <p style="font-size:18px;margin:0 0 14px">{item.issue}</p>
        <dl class="fields">
          <Field label="责任单位">{item.unit}</Field>
          <Field label="跟踪处室">{item.division}</Field>
          <Field label="责任人">{view.responsible ?? '(未填写)'}</Field>
          <Field label="整改期限">{item.deadline}</Field>
          <Field label="类型">{item.kind ?? '(未填写)'}</Field>
          <Field label="关联任务">{view.taskLabel ?? '(无)'}</Field>
          <Field label="问题金额">{item.amount !== undefined ? money(item.amount) : '(未填写)'}</Field>
          <Field label="整改金额">
            {item.rectifiedAmount !== undefined ? money(item.rectifiedAmount) : '—'}
          </Field>
          <Field label="登记">{`${view.registeredAt} · ${view.registeredBy}`}</Field>
          <Field label="销号">{view.closedAt ?? '—'}</Field>
        </dl>
        {pending ? (
          <p class="yellow-text" style="margin:12px 0 0">
            {pending.kind === 'close'
              ? `待审核:${view.pendingBy} 申请销号(${pending.text})`
              : `待审核:${view.pendingBy} 申请延期至 ${pending.deadline}(${pending.reason})`}
          </p>
        ) : null}
        <p class="small muted" style="margin:12px 0 0">
          {props.larkLink ? (
            <>
              <a href={props.larkLink}>在飞书中打开登记这一事项的会话</a>(消息 {view.registrationMessage})。
            </>
          ) : view.registrationMessage ? (
            `登记消息:${view.registrationMessage}。`
          ) : null}
          看板只读:销号、延期、审核等请在飞书里发送“整改 …”命令或使用事项卡片上的按钮。
        </p>
      </section>
      {view.evidence.length > 0 ? (
        <section class="card">
          <h2>佐证材料(共 {view.evidence.length} 份)</h2>
          <table class="timeline">
            <thead>
              <tr>
                <th>文件</th>
                <th class="num">大小</th>
                <th>提交人</th>
                <th>时间</th>
                <th>说明</th>
                <th>SHA-256</th>
              </tr>
            </thead>
            <tbody>
              {view.evidence.map((f) => (
                <tr>
                  <td>
                    <a href={f.href}>{f.name}</a>
                  </td>
                  <td class="num">{f.size}</td>
                  <td>{f.by}</td>
                  <td>{f.at}</td>
                  <td>{f.text}</td>
                  <td class="small muted">{f.sha256.slice(0, 12)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <section class="card">
        <h2>整改经过(共 {view.history.length} 条)</h2>
        <table class="timeline">
          <thead>
            <tr>
              <th>时间</th>
              <th>经过</th>
              <th>操作人</th>
              <th>说明或理由</th>
              <th>期限</th>
              <th class="num">金额</th>
              <th>消息</th>
            </tr>
          </thead>
          <tbody>
            {view.history.map((h) => (
              <tr>
                <td>{h.at}</td>
                <td>{h.event.kind}</td>
                <td>
                  {h.by}
                  {h.requestedBy ? <div class="small muted">申请人:{h.requestedBy}</div> : null}
                </td>
                <td>
                  {h.event.text}
                  {h.changes.map((c) => (
                    <div class="small">{c}</div>
                  ))}
                </td>
                <td style="white-space:nowrap">
                  {h.event.oldDeadline && h.event.newDeadline
                    ? `${h.event.oldDeadline} → ${h.event.newDeadline}`
                    : (h.event.newDeadline ?? '')}
                </td>
                <td class="num">{h.event.amount !== undefined ? money(h.event.amount) : ''}</td>
                <td class="small muted">{h.event.messageId ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Layout>
  );
}
