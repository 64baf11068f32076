import type { StoreRefusal } from '../store';
import type { PendingRequest } from '../store/types';
import { calendarDay } from '../time/calendar-day';
import { type Reply, textReply } from './reply';
import { refusal as sorry } from './wording';
import { yearTypoHint } from './year-typo-hint';

// The one wording map of the store's refusals: each code, with its data, as the reply the user reads. The
// store says what rule refused a change (src/store/store-errors.ts); only this file says it in Chinese. The
// commands check who the sender is (the roster, the division, the role); what the item's state allows is
// the store's rule, and its refusal is worded here — to the one who reads it.

/** Who reads a refusal, and what its wording needs to say it to them. */
export interface RefusalReader {
  /** How a person is shown. */
  nameOf(openId: string): string;
  timeZone: string;
  /** The day the refused message was sent (a date refused is compared with it). */
  today: string;
  /** Who sent the refused change. */
  sender: string;
  /** Whether the sender reviews the requests of a division (its 处长, 秘书处, admins). */
  reviews(division: string): boolean;
}

const requestName = (kind: 'close' | 'extension') => (kind === 'close' ? '销号申请' : '延期申请');

/** 销号申请, or 延期申请(延至 …) with the date asked for. */
export function pendingRequestName(pending: PendingRequest): string {
  return pending.kind === 'close' ? '销号申请' : `延期申请(延至 ${pending.deadline})`;
}

/** A closed item changes only by 重开 (秘书处, admins): `day` is when it was closed. */
export function closedItemText(id: string, day: string): string {
  return `${id} 已于 ${day} 销号,不能再更改。如需继续整改,请秘书处或管理员发「整改 重开 ${id} <理由>」。本次未记录任何内容。`;
}

/** A voided item does not change at all: `day` is when it was voided, `reason` why. */
export function voidedItemText(id: string, day: string, reason: string | undefined): string {
  return `${id} 已于 ${day} 作废${reason ? `(${reason})` : ''},不能再更改。本次未记录任何内容。`;
}

/** The reply to a change the store refused, said to its reader. */
export function storeRefusalReply(refusal: StoreRefusal, reader: RefusalReader): Reply {
  const notice = (text: string) => textReply(`${text}本次未记录任何内容。`, 'orange');
  const day = (iso: string) => calendarDay(new Date(iso), reader.timeZone);
  switch (refusal.code) {
    case 'item-voided': {
      const { id, at, reason } = refusal.data;
      return textReply(voidedItemText(id, day(at), reason), 'orange');
    }
    case 'item-closed':
      return textReply(closedItemText(refusal.data.id, day(refusal.data.at)), 'orange');
    case 'item-not-closed':
      return notice(`${refusal.data.id} 尚未销号(${refusal.data.status}),无需重开。`);
    case 'no-change':
      return notice(`${refusal.data.id} 已经是这样,无需移交。`);
    case 'item-duplicate': {
      const { id, status, issue, unit, division } = refusal.data;
      return textReply(
        `${unit}的“${issue}”已登记为 ${id}(${division}跟踪,${status}),未重复登记。查看:整改 查看 ${id};如确是另一个问题,请在问题描述中写明区别再登记。`,
        'orange',
      );
    }
    case 'item-pending':
      return pendingReply(refusal.data, reader, notice);
    case 'deadline-not-later': {
      const { id, deadline, current } = refusal.data;
      return sorry(
        `新期限 ${deadline} 不晚于 ${id} 现在的期限 ${current}${yearTypoHint(deadline, reader.today)}:延期只能延后。如期限登记有误,请联系秘书处。`,
      );
    }
    case 'item-not-pending': {
      const { id, status, change, deadline } = refusal.data;
      // An extension approved as another date than the one that waits: it changed meanwhile.
      if (deadline) return sorry(`${id} 待审核的延期申请是延至 ${deadline},`);
      if (change === 'approve')
        return notice(
          `${id} 没有待审核的申请(状态:${status})。处长可直接「整改 销号 ${id} <说明>」或「整改 延期 ${id} <新期限> <理由>」。`,
        );
      return notice(`${id} 没有待审核的申请(状态:${status}),无需${change === 'reject' ? '驳回' : '撤回'}。`);
    }
    case 'own-request':
      return sorry(`${ownRequestText(refusal.data)}。`);
    case 'not-own-request': {
      const { id, pending } = refusal.data;
      return sorry(
        `${id} 的${pendingRequestName(pending)}是 ${reader.nameOf(pending.by)} 提出的,只有申请人本人可以撤回;审核人不同意请发「整改 驳回 ${id} <理由>」。`,
      );
    }
    default:
      return sorry(`${refusalSentence(refusal)},`);
  }
}

/**
 * A request waits: a second one waits its turn; a close asked for again is told to its requester as theirs,
 * to a reviewer as one to review, to anyone else as waiting.
 */
function pendingReply(
  data: Extract<StoreRefusal, { code: 'item-pending' }>['data'],
  reader: RefusalReader,
  notice: (text: string) => Reply,
): Reply {
  const { id, pending, change, division } = data;
  const who = reader.nameOf(pending.by);
  if (change === 'extend' || pending.kind !== 'close')
    return sorry(`${id} 已有待审核的${pendingRequestName(pending)}(${who} 提出),请等审核结果后再申请。`);
  if (pending.by === reader.sender) return notice(`${id} 您已申请销号,正等待${division}处长或秘书处审核。`);
  if (reader.reviews(division))
    return notice(
      `${id} 已由 ${who} 申请销号,请审核:通过发「整改 审核 ${id} 通过」,驳回发「整改 驳回 ${id} <理由>」。`,
    );
  return notice(`${id} 已由 ${who} 申请销号,正等待审核。`);
}

/** Refusals worded in one sentence (no final full stop: the reply adds that nothing was recorded). */
type PlainRefusal = Exclude<
  StoreRefusal,
  {
    code:
      | 'item-voided'
      | 'item-duplicate'
      | 'item-closed'
      | 'item-not-closed'
      | 'no-change'
      | 'item-pending'
      | 'deadline-not-later'
      | 'item-not-pending'
      | 'own-request'
      | 'not-own-request';
  }
>;

function refusalSentence(refusal: PlainRefusal): string {
  switch (refusal.code) {
    case 'item-not-found':
      return `整改事项 ${refusal.data.id} 不存在`;
    case 'item-exists':
      return `整改事项 ${refusal.data.id} 已存在`;
    case 'update-not-found':
      return `进展 #${refusal.data.seq} 不存在`;
    case 'update-retracted':
      return `进展 #${refusal.data.seq} 已撤销`;
    case 'update-not-own':
      return `进展 #${refusal.data.seq} 不是您记录的,只能撤销自己的进展`;
    case 'digest-window': {
      const { from, to, lastTo, expected } = refusal.data;
      if (lastTo && expected) return `上一期周报覆盖到 ${lastTo},下一期应从 ${expected} 开始,而不是 ${from}`;
      return `周报覆盖的日期 ${from} 晚于 ${to}`;
    }
    case 'calendar-not-pending': {
      const { year, pending } = refusal.data;
      return pending === undefined
        ? '没有待确认的节假日通知'
        : `待确认的是 ${pending} 年的通知,不是 ${year} 年的`;
    }
    case 'calendar-not-set':
      return `${refusal.data.day} 没有设定过,无需删除`;
    case 'link-used':
      return '这个登录链接已经用过了';
    case 'secret-exists':
      return '看板的签名密钥已经生成过';
    case 'not-writable':
      return refusal.data.reason === 'abandoned'
        ? '这条消息已超时放弃,不再记录'
        : refusal.data.reason === 'overtaken'
          ? '另一实例已先写入,这项改动未记录'
          : '另一项写入尚未结束';
  }
}

/** A requester deciding their own request, worded for the reviewer who sent it. */
function ownRequestText(data: Extract<StoreRefusal, { code: 'own-request' }>['data']): string {
  const { id, change, pending, division } = data;
  switch (change) {
    case 'extend':
      return `您对 ${id} 的延期申请被驳回过,不能再自己直接延期;请再次申请,由其他审核人审核`;
    case 'close':
      return `您对 ${id} 的销号申请被驳回过,不能再自己直接销号;请再次申请,由其他审核人审核`;
    case 'approve':
      return `${id} 的${pending ? pendingRequestName(pending) : '申请'}是您本人提出的,不能自己审核;请由${division}其他处长或秘书处审核`;
    case 'reject':
      return `${id} 的${pending ? requestName(pending.kind) : '申请'}是您本人提出的,不能自己驳回;请由${division}其他处长或秘书处审核`;
  }
}
