import type { Action, ActionField } from '../../reply/reply';
import type { RectificationItem } from '../../store/types';
import { type Actor, mayActOnItem, mayApprove, mayOversee, mayVoid } from '../access';

// What the viewer of an item card may do with it now, as actions: the commands they could type, with the
// fields to fill first. A card shows them as buttons and forms; every command here is accepted exactly as
// written once its `{field}`s are filled (an optional field left empty leaves its key with no value).

export interface ActionContext {
  /** TZ_NAME: the registration day (for a registrant's own 作废) is counted in it. */
  timeZone: string;
  /** Bureau divisions, for the 移交 form. */
  divisions: readonly string[];
}

const text = (name: string, label: string, optional = false): ActionField => ({
  name,
  label,
  kind: 'text',
  ...(optional ? { optional } : {}),
});

/** The actions `actor` may take on `item` today, most likely first; 查看经过 always comes last. */
export function itemActions(
  item: RectificationItem,
  actor: Actor,
  today: string,
  context: ActionContext,
): Action[] {
  const id = item.id;
  const history: Action = { label: '查看经过', command: `整改 查看 ${id} 经过` };
  const onRoster = actor.member !== undefined || actor.isAdmin;
  const voidAction: Action[] =
    onRoster && item.status !== '已作废' && mayVoid(actor, item, today, context.timeZone)
      ? [
          {
            label: '作废',
            style: 'danger',
            command: `整改 作废 ${id} {理由}`,
            fields: [text('理由', '作废理由')],
          },
        ]
      : [];
  if (item.status === '已作废') return [history];
  if (item.status === '已销号') {
    const reopen: Action[] = mayOversee(actor)
      ? [
          {
            label: '重开',
            style: 'danger',
            command: `整改 重开 ${id} {理由}`,
            fields: [text('理由', '重开理由')],
          },
        ]
      : [];
    return [...reopen, ...voidAction, history];
  }
  if (!onRoster || !mayActOnItem(actor, item)) return [history];

  const actions: Action[] = [];
  const reviewer = mayApprove(actor, item);
  const pending = item.pending;
  if (pending && reviewer && pending.by !== actor.openId) {
    actions.push(
      {
        label: pending.kind === 'close' ? '通过销号' : `批准延期至 ${pending.deadline}`,
        style: 'primary',
        command: `整改 审核 ${id} 通过 {意见}`,
        fields: [text('意见', '审核意见', true)],
      },
      {
        label: '驳回',
        style: 'danger',
        command: `整改 驳回 ${id} {理由}`,
        fields: [text('理由', '驳回理由')],
      },
    );
  }
  if (pending && pending.by === actor.openId) {
    actions.push({
      label: pending.kind === 'close' ? '撤回销号申请' : '撤回延期申请',
      command: `整改 撤回 ${id} {理由}`,
      fields: [text('理由', '撤回理由', true)],
    });
  }
  actions.push({
    label: '记录进展',
    command: `整改 进展 ${id} {内容}`,
    fields: [text('内容', '整改进展')],
  });
  if (pending?.kind !== 'close') {
    actions.push({
      label: reviewer ? '销号' : '申请销号',
      style: pending ? 'default' : 'primary',
      command: `整改 销号 ${id} {说明}`,
      fields: [text('说明', '整改情况说明')],
    });
    // A member's second request waits for the first; a reviewer's extension applies at once.
    if (reviewer || !pending) {
      actions.push({
        label: reviewer ? '延期' : '申请延期',
        command: `整改 延期 ${id} {新期限} {理由}`,
        fields: [{ name: '新期限', label: '新期限', kind: 'date' }, text('理由', '延期理由')],
      });
    }
  }
  if (mayOversee(actor)) {
    actions.push({
      label: '移交',
      command: `整改 移交 ${id} 处室:{处室} 单位:{单位} 责任人:{责任人}`,
      fields: [
        {
          name: '处室',
          label: '跟踪处室',
          kind: 'select',
          options: context.divisions.map((d) => ({ value: d, label: d })),
          optional: true,
        },
        text('单位', '责任单位', true),
        text('责任人', '责任人', true),
      ],
    });
  }
  return [...actions, ...voidAction, history];
}
