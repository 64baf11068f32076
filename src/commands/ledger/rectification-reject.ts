import { textReply } from '../../reply/reply';
import { words } from '../command-args';
import { defineCommand } from '../define-command';
import { findItem, isItem } from './rectification-present';
import { rejectRequest } from './reject-request';

const USAGE = '整改 驳回 <编号> <理由>';

export const rectificationRejectCommand = defineCommand<{ id: string; reason: string }>({
  name: '整改 驳回',
  aliases: ['整改 退回', 'rectify reject'],
  usage: `${USAGE} — 处长或秘书处驳回成员的销号或延期申请(销号申请退回整改中,延期申请作罢),并告知申请人`,
  examples: ['整改 驳回 ZG-2026-001 佐证材料不全'],
  parse(rest, _msg, deps) {
    const [word, ...reason] = words(rest);
    const item = findItem(word, deps, USAGE);
    if (!isItem(item)) return item;
    if (reason.length === 0)
      return textReply(`请写上驳回理由,例如「整改 驳回 ${item.id} 佐证材料不全」。`, 'orange');
    return { id: item.id, reason: reason.join(' ') };
  },
  run: (args, msg, deps) => rejectRequest(args.id, args.reason, msg, deps),
});
