import type { StoreRefusal } from '../store';
import type { PendingRequest } from '../store/types';
import { type Reply, textReply } from './reply';
import { refusal as sorry } from './wording';

// The one wording map of the store's refusals: each code, with its data, as the sentence the user reads. The
// store says what rule refused a change (src/store/store-errors.ts); only this file says it in Chinese.

const requestName = (kind: 'close' | 'extension') => (kind === 'close' ? '销号申请' : '延期申请');

/** 销号申请, or 延期申请(延至 …) with the date asked for. */
export function pendingRequestName(pending: PendingRequest): string {
  return pending.kind === 'close' ? '销号申请' : `延期申请(延至 ${pending.deadline})`;
}

/**
 * The reply to a change the store refused (`nameOf`: how a person is shown). A request taken back is worded
 * as the 撤回 command words it; every other refusal says the rule, then that nothing was recorded.
 */
export function storeRefusalReply(refusal: StoreRefusal, nameOf: (openId: string) => string): Reply {
  if (refusal.code === 'item-not-pending' && refusal.data.change === 'withdraw') {
    const { id, status } = refusal.data;
    return textReply(`${id} 没有待审核的申请(状态:${status}),无需撤回。本次未记录任何内容。`, 'orange');
  }
  if (refusal.code === 'not-own-request') {
    const { id, pending } = refusal.data;
    return sorry(
      `${id} 的${pendingRequestName(pending)}是 ${nameOf(pending.by)} 提出的,只有申请人本人可以撤回;审核人不同意请发「整改 驳回 ${id} <理由>」。`,
    );
  }
  return sorry(`${storeRefusalText(refusal)},`);
}

/** The refusal as a sentence (no final full stop: the reply adds that nothing was recorded). */
export function storeRefusalText(refusal: StoreRefusal): string {
  switch (refusal.code) {
    case 'item-not-found':
      return `整改事项 ${refusal.data.id} 不存在`;
    case 'item-exists':
      return `整改事项 ${refusal.data.id} 已存在`;
    case 'item-duplicate':
      return `相同的整改事项已登记为 ${refusal.data.id}(${refusal.data.status}),未重复登记`;
    case 'item-voided':
      return `整改事项 ${refusal.data.id} 已作废,不能再更改`;
    case 'item-not-closed':
      return `整改事项 ${refusal.data.id} 未销号(${refusal.data.status}),无需重开`;
    case 'item-closed':
      return `整改事项 ${refusal.data.id} 已销号`;
    case 'deadline-not-later': {
      const { deadline, current } = refusal.data;
      return `新期限 ${deadline} 不晚于现在的期限 ${current},延期只能延后`;
    }
    case 'item-pending': {
      const { id, pending } = refusal.data;
      return pending.kind === 'close'
        ? `整改事项 ${id} 已申请销号,正待审核`
        : `整改事项 ${id} 已有待审核的${pendingRequestName(pending)}`;
    }
    case 'own-request':
      return ownRequestText(refusal.data);
    case 'item-not-pending': {
      const { id, request, change, deadline } = refusal.data;
      if (deadline) return `待审核的延期申请是延至 ${deadline}`;
      return change === 'approve'
        ? `整改事项 ${id} 不在待审核状态(没有待审核的${requestName(request)})`
        : `整改事项 ${id} 没有待审核的${requestName(request)}`;
    }
    case 'not-own-request':
      return `${pendingRequestName(refusal.data.pending)}不是您提出的,只有申请人本人可以撤回`;
    case 'no-change':
      return `整改事项 ${refusal.data.id} 已经是这样,无需移交`;
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

function ownRequestText(data: Extract<StoreRefusal, { code: 'own-request' }>['data']): string {
  const { id, change, pending } = data;
  switch (change) {
    case 'extend':
      return `您对 ${id} 的延期申请被驳回过,不能再自己直接延期;请再次申请,由其他审核人审核`;
    case 'close':
      return `您对 ${id} 的销号申请被驳回过,不能再自己直接销号;请再次申请,由其他审核人审核`;
    case 'approve':
      return `${pending ? pendingRequestName(pending) : '申请'}是您本人提出的,不能自己审核`;
    case 'reject':
      return `${pending ? pendingRequestName(pending) : '申请'}是您本人提出的,不能自己审核(驳回)`;
  }
}
