import { textReply } from '../../reply/reply';
import { refusal } from '../../reply/wording';
import { displayName } from '../../store';
import { actorOf, metaOf } from '../access';
import { personOf, words } from '../command-args';
import { defineCommand } from '../define-command';

export const memberRemoveCommand = defineCommand<{ openId: string }>({
  name: '成员 移除',
  aliases: ['member remove'],
  usage: '成员 移除 <open_id 或 @某人> — 管理员把人移出成员名单',
  examples: ['成员 移除 @张三'],
  parse(rest, msg, deps) {
    const person = personOf(words(rest), msg);
    if (!person) return textReply('用法:成员 移除 <open_id 或 @某人>', 'orange');
    // A name typed as text is not an id: say whose id it may be rather than report them absent.
    if (!msg.mentions?.length && /\p{Script=Han}/u.test(person.openId)) {
      const named = deps.store.members().filter((m) => deps.store.personName(m.openId) === person.openId);
      const hint =
        named.length > 0 ? `(名单中叫${person.openId}的:${named.map((m) => m.openId).join('、')})` : '';
      return textReply(
        `“${person.openId}”是姓名,不是 open_id:请 @${person.openId} 本人,或写他的 open_id${hint}。`,
        'orange',
      );
    }
    return { openId: person.openId };
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
