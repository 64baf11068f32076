import { list, note, paragraph, textReply } from '../../reply/reply';
import { refusal } from '../../reply/wording';
import { responsibleMember } from '../../reports/reminder-mentions';
import { clip } from '../../reports/target-label';
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
    // Whose items they were is read before they leave the roster (a 责任人 by name is matched on it).
    const roster = deps.store.members();
    const theirs = deps.store.items({ open: true }).flatMap((item) => {
      const roles = [
        responsibleMember(item, roster, deps.store)?.openId === args.openId && '责任人',
        item.registeredBy === args.openId && '登记人',
      ].filter((r): r is string => Boolean(r));
      return roles.length > 0
        ? [`${item.id} ${clip(item.issue, 30)}(${item.division},${roles.join('、')})`]
        : [];
    });
    const removed = deps.store.removeMember(metaOf(msg), args.openId);
    if (!removed) return textReply(`${args.openId} 不在成员名单中,无需移除。`, 'orange');
    const name = displayName(deps.store, removed.openId);
    const who = name !== removed.openId ? `${name}(${removed.openId})` : removed.openId;
    const done = `已将 ${who} 移出${removed.division}。历史记录仍然保留。`;
    if (theirs.length === 0) return textReply(done, 'green');
    return {
      colour: 'orange',
      blocks: [
        paragraph(done),
        paragraph(`${name} 还是以下 ${theirs.length} 项未销号整改事项的责任人或登记人:`),
        list(theirs),
        note(
          `今后提醒改为 @ 处长或秘书处。请把这些事项交给新的责任人:整改 移交 <编号> 责任人:@新责任人(秘书处、管理员)。`,
        ),
      ],
    };
  },
});
