import { textReply } from '../reply/reply';
import { refusal } from '../reply/wording';
import { displayName } from '../store';
import { actorOf, metaOf } from './access';
import { personOf, words } from './command-args';
import { defineCommand } from './define-command';

export const memberRemoveCommand = defineCommand<{ openId: string }>({
  name: '成员 移除',
  aliases: ['member remove'],
  usage: '成员 移除 <open_id 或 @某人> — 管理员把人移出成员名单',
  examples: ['成员 移除 @张三'],
  parse(rest, msg) {
    const person = personOf(words(rest), msg);
    return person ? { openId: person.openId } : textReply('用法:成员 移除 <open_id 或 @某人>', 'orange');
  },
  run(args, msg, deps) {
    if (!actorOf(msg, deps).isAdmin) return refusal('只有管理员(ADMIN_OPEN_IDS 中的人)可以移除成员。');
    const removed = deps.store.removeMember(metaOf(msg), args.openId);
    if (!removed) return textReply(`${args.openId} 不在成员名单中,无需移除。`, 'orange');
    const name = displayName(deps.store, removed.openId);
    const who = name !== removed.openId ? `${name}(${removed.openId})` : removed.openId;
    return textReply(`已将 ${who} 移出${removed.division}。历史记录仍然保留。`, 'green');
  },
});
