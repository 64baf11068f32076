import { textReply } from '../../reply/reply';
import { refusal } from '../../reply/wording';
import { displayName } from '../../store';
import type { Role } from '../../store/types';
import { actorOf, enrollableUnit, enrollableUnits, metaOf } from '../access';
import { personOf, words } from '../command-args';
import { defineCommand } from '../define-command';

const USAGE = '成员 添加 <open_id 或 @某人> <处室> [处长|成员]';
const ROLES: readonly Role[] = ['处长', '成员'];

/** Chinese characters: a name as typed, never an open_id (ids are opaque, but they are not names). */
const HAN = /\p{Script=Han}/u;

export const memberAddCommand = defineCommand<{
  openId: string;
  name?: string;
  division: string;
  role: Role;
}>({
  name: '成员 添加',
  aliases: ['member add'],
  usage: `${USAGE} — 管理员把人加入处室(默认角色为成员)`,
  examples: ['成员 添加 @张三 社保处 处长', '成员 添加 ou_xxx 教科文处'],
  parse(rest, msg, deps) {
    const all = words(rest);
    const role = all.find((w): w is Role => (ROLES as readonly string[]).includes(w));
    const divisionWord = all.find((w) => enrollableUnit(w, deps));
    const mention = msg.mentions?.[0];
    // The mentioned person's name typed beside the mention is not something else to read.
    const others = all.filter(
      (w) => w !== role && w !== divisionWord && (!mention || w.replace(/^@/, '') !== mention.name),
    );
    // What is neither the person nor the division nor a role: a role we do not have (科长), or a name.
    const person = mention ? undefined : (others.find((w) => !HAN.test(w)) ?? others[0]);
    const unknown = others.filter((w) => w !== person);
    const roleLike = unknown.find((w) => /(长|员|主任|书记|干部|领导)$/.test(w));
    if (roleLike)
      return textReply(`角色只能是:${ROLES.join('、')}(收到“${roleLike}”)。用法:${USAGE}`, 'orange');
    if (!mention && person && HAN.test(person))
      return textReply(
        `“${person}”是姓名,不是 open_id:请 @${person.replace(/^@/, '')} 本人,或写他的 open_id(ou_…)。用法:${USAGE}`,
        'orange',
      );
    if (!divisionWord || (!mention && !person) || unknown.length > 0) {
      const extra = unknown.length > 0 ? `看不懂“${unknown.join(' ')}”。` : '';
      return textReply(`${extra}用法:${USAGE}。处室可以是:${enrollableUnits(deps).join('、')}。`, 'orange');
    }
    const division = enrollableUnit(divisionWord, deps)!.name;
    const chosen = mention ? personOf(others, msg)! : { openId: person!.replace(/^@/, '') };
    return {
      openId: chosen.openId,
      ...('name' in chosen && chosen.name ? { name: chosen.name } : {}),
      division,
      role: role ?? '成员',
    };
  },
  run(args, msg, deps) {
    if (!actorOf(msg, deps).isAdmin) return refusal('只有管理员(ADMIN_OPEN_IDS 中的人)可以添加成员。');
    const before = deps.store.member(args.openId);
    const member = deps.store.addMember(metaOf(msg), args);
    const name = displayName(deps.store, member.openId);
    const who = name !== member.openId ? `${name}(${member.openId})` : member.openId;
    const moved = before && before.division !== member.division ? `(原在${before.division})` : '';
    return textReply(
      `已将 ${who} 加入${member.division}${moved},角色:${member.role}。如需撤回:成员 移除 ${member.openId}`,
      'green',
    );
  },
});
