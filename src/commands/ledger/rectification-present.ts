import type { IncomingMessage } from '../../message/incoming-message';
import { amountText } from '../../reply/amount-text';
import { fileSizeText } from '../../reply/file-size-text';
import { importedFrom } from '../../reply/ledger-import-wording';
import { type Block, type Colour, type Inline, list, note, type Reply, textReply } from '../../reply/reply';
import { voidedItemText } from '../../reply/store-refusal-wording';
import { targetLabel } from '../../reports/target-label';
import { displayName, responsibleName } from '../../store';
import { dueSoonUntil } from '../../store/due-soon-until';
import { normaliseItemId } from '../../store/item-id';
import type { ItemEvent, RectificationItem } from '../../store/types';
import { warningLevel } from '../../store/warning-level';
import { calendarDay } from '../../time/calendar-day';
import { actorOf, enrollableUnits } from '../access';
import type { CoreDeps } from '../context';
import { planLabels } from '../plan-labels';
import { itemActions } from './item-actions';
import { evidenceLine, itemEvidence, pendingCloseEvidence } from './item-evidence';

// How ledger items read in chat, and how an item id in a command is found.

const WARNING_COLOUR: Record<string, Colour> = { red: 'red', yellow: 'yellow', green: 'green' };

/** History entries an item card shows; the rest are one command away (`整改 查看 <编号> 经过`). */
export const CARD_HISTORY = 10;

type Names = Pick<CoreDeps['store'], 'personName'>;

/** `soonUntil`: the last yellow deadline seen from `today` (dueSoonUntil, by the bot's working calendar). */
export function warningText(item: RectificationItem, today: string, soonUntil: string): string {
  if (item.status === '已销号' || item.status === '已作废') return item.status;
  const w = warningLevel(item.deadline, today, soonUntil);
  if (w.colour === 'red') return `逾期 ${-w.daysLeft} 天`;
  if (w.colour === 'yellow') return w.daysLeft === 0 ? '今天到期' : `${w.daysLeft} 天后到期`;
  return `剩 ${w.daysLeft} 天`;
}

export function itemColour(item: RectificationItem, today: string, soonUntil: string): Colour {
  if (item.status === '已销号' || item.status === '已作废') return 'grey';
  return WARNING_COLOUR[warningLevel(item.deadline, today, soonUntil).colour]!;
}

/** `[逾期] ZG-2026-001 问题 — 单位,期限 2026-06-30(逾期 5 天),社保处,责任人 张三,整改中` */
export function itemLine(item: RectificationItem, today: string, soonUntil: string, names?: Names): string {
  const closed = item.status === '已销号' || item.status === '已作废';
  const tag = closed ? '' : `[${warningLevel(item.deadline, today, soonUntil).label}] `;
  const person = names ? responsibleName(item, names) : item.responsible;
  const who = person ? `,责任人 ${person}` : '';
  const waiting = item.pending?.kind === 'extension' ? `,延期至 ${item.pending.deadline} 待审核` : '';
  const original = item.original ? `(原编号 ${item.original})` : '';
  return `${tag}${item.id}${original} ${item.issue} — ${item.unit},期限 ${item.deadline}(${warningText(item, today, soonUntil)}),${item.division}${who},${item.status}${waiting}`;
}

/** One history entry: `2026-09-14 驳回销号 张三:材料不全(申请人 李四)`. */
export function historyLine(h: ItemEvent, names: Names, timeZone: string): string {
  const name = (id: string) => displayName(names, id);
  const parts: string[] = [];
  if (h.oldDeadline && h.newDeadline) parts.push(`${h.oldDeadline} → ${h.newDeadline}`);
  else if (h.kind === '登记' && h.newDeadline) parts.push(`期限 ${h.newDeadline}`);
  for (const c of h.changes ?? []) parts.push(`${c.field} ${c.from || '(无)'} → ${c.to || '(无)'}`);
  if (h.text && h.kind !== '登记') parts.push(h.text);
  if (h.amount !== undefined)
    parts.push(`${h.kind === '登记' ? '问题金额' : '整改金额'} ${amountText(h.amount)}`);
  if (h.file) parts.unshift(`${h.file.name}(${fileSizeText(h.file.size)})`);
  const asked = h.requestedBy ? `(申请人 ${name(h.requestedBy)})` : '';
  const body = parts.join(',');
  return `${calendarDay(new Date(h.at), timeZone)} ${h.kind} ${name(h.by)}${body ? `:${body}` : ''}${asked}`;
}

/** `3.1 聚焦养老服务体系建设`, or on another plan than the current: `3.1 聚焦推进教育现代化(2021-2025 方案)`. */
export function linkedTask(item: RectificationItem, deps: CoreDeps): string {
  return item.taskId
    ? targetLabel(
        { kind: 'task', id: item.taskId, ...(item.plan ? { plan: item.plan } : {}) },
        planLabels(deps),
      )
    : '';
}

/** The closes (销号, 审核通过) a later 重开 set aside: all of them but the standing one. */
function setAsideCloses(item: RectificationItem): ItemEvent[] {
  const closes = item.history.filter((h) => h.kind === '销号' || h.kind === '审核通过');
  return item.status === '已销号' ? closes.slice(0, -1) : closes;
}

/** `;佐证 2 份:回单.jpg、整改报告.pdf`, or that the close came with none. */
function closeFiles(item: RectificationItem): string {
  const files = pendingCloseEvidence(item);
  return files.length > 0
    ? `;佐证 ${files.length} 份:${files.map((h) => h.file.name).join('、')}`
    : ';未附佐证材料';
}

/** The field lines of an item: what it is, where it stands, what waits for review. */
function itemFields(item: RectificationItem, today: string, deps: CoreDeps) {
  const { store, timeZone } = deps;
  const day = (iso: string) => calendarDay(new Date(iso), timeZone);
  const person = responsibleName(item, store);
  const pending = item.pending;
  const earlier = setAsideCloses(item).map(
    (h) => `${day(h.at)}${h.amount !== undefined ? ` 整改金额 ${amountText(h.amount)}` : ''}`,
  );
  const status =
    item.status === '已作废' && item.voidedAt
      ? `已作废(${day(item.voidedAt)})`
      : item.status === '已销号' && item.closedAt
        ? `已销号(${day(item.closedAt)})`
        : item.status;
  return [
    { label: '编号', value: item.id },
    ...(item.original ? [{ label: '原编号', value: item.original }] : []),
    ...(item.source
      ? [{ label: '来源', value: importedFrom(item.source.file, item.source.sheet, item.source.row) }]
      : []),
    { label: '问题', value: item.issue },
    ...(item.kind ? [{ label: '类型', value: item.kind }] : []),
    ...(item.amount !== undefined ? [{ label: '问题金额', value: amountText(item.amount) }] : []),
    { label: '责任单位', value: item.unit },
    ...(person ? [{ label: '责任人', value: person }] : []),
    { label: '跟踪处室', value: item.division },
    ...(item.taskId ? [{ label: '关联任务', value: linkedTask(item, deps) }] : []),
    {
      label: '期限',
      value: `${item.deadline}(${warningText(item, today, dueSoonUntil(today, deps.calendar))})`,
    },
    { label: '状态', value: status },
    ...(pending
      ? [
          {
            label: '待审核',
            value:
              pending.kind === 'close'
                ? `${displayName(store, pending.by)} 于 ${day(pending.at)} 申请销号:${pending.text}${closeFiles(item)}`
                : `${displayName(store, pending.by)} 于 ${day(pending.at)} 申请延期至 ${pending.deadline}:${pending.reason}`,
          },
        ]
      : []),
    // The standing close's amount is the one every total counts; the closes a reopening set aside stay
    // listed with theirs, so no figure of the item's life is lost from view.
    ...(item.rectifiedAmount !== undefined
      ? [{ label: '整改金额', value: amountText(item.rectifiedAmount) }]
      : []),
    ...(earlier.length > 0 ? [{ label: '此前销号(已重开,不计入)', value: earlier.join(';') }] : []),
    { label: '登记', value: `${day(item.registeredAt)} ${displayName(store, item.registeredBy)}` },
  ];
}

/**
 * An item as a card: its fields, its latest history (capped, so a reply never grows with the item's life)
 * and the actions the message's sender may take on it now.
 */
export function itemReply(
  title: string,
  item: RectificationItem,
  msg: IncomingMessage,
  deps: CoreDeps,
  extra: Block[] = [],
): Reply {
  const today = calendarDay(msg.at, deps.timeZone);
  const shown = item.history.slice(-CARD_HISTORY);
  const more =
    item.history.length > shown.length
      ? [note(`共 ${item.history.length} 条,显示最近 ${shown.length} 条;全部经过:整改 查看 ${item.id} 经过`)]
      : [];
  const files = itemEvidence(item);
  const evidence: Block[] =
    files.length > 0
      ? [
          { type: 'heading', content: `佐证材料(${files.length} 份)` },
          list(files.map((h) => evidenceLine(h, deps.store, deps.timeZone))),
          note(`取回文件:整改 附件 ${item.id}`),
        ]
      : [];
  const actions = itemActions(item, actorOf(msg, deps), today, {
    timeZone: deps.timeZone,
    divisions: enrollableUnits(deps),
  });
  return {
    title,
    colour: itemColour(item, today, dueSoonUntil(today, deps.calendar)),
    blocks: [
      { type: 'fields', fields: itemFields(item, today, deps) },
      { type: 'heading', content: '经过' },
      list(shown.map((h) => historyLine(h, deps.store, deps.timeZone))),
      ...more,
      ...evidence,
      ...extra,
      ...(actions.length > 0 ? [{ type: 'actions' as const, actions }] : []),
    ],
  };
}

/** The item a word names, or a reply saying what is wrong. */
export function findItem(word: string | undefined, deps: CoreDeps, usage: string): RectificationItem | Reply {
  if (!word) return textReply(`用法:${usage}`, 'orange');
  const id = normaliseItemId(word);
  if (!id) return textReply(`“${word}”不是整改编号,编号形如 ZG-2026-001。用法:${usage}`, 'orange');
  const item = deps.store.item(id);
  return item ?? textReply(`没有编号为 ${id} 的整改事项。可以发「整改 列表 全部」查看。`, 'orange');
}

export function isItem(value: RectificationItem | Reply): value is RectificationItem {
  return 'id' in value;
}

/** A voided item does not change at all (said before a file is looked at; a change is refused by the store). */
export function voidedNote(item: RectificationItem, deps: CoreDeps): Reply {
  const entry = item.history.findLast((h) => h.kind === '作废');
  const when = calendarDay(new Date(item.voidedAt ?? item.registeredAt), deps.timeZone);
  return textReply(voidedItemText(item.id, when, entry?.text), 'orange');
}

/** `@张三` for a person the reply tells (the requester of a reviewed request). */
export function mentionOf(openId: string, deps: CoreDeps): Inline {
  const name = deps.store.personName(openId);
  return name ? { mention: openId, name } : { mention: openId };
}

export { note };
