import { textReply } from '../reply/reply';
import { refusal } from '../reply/wording';
import type { Role } from '../store/types';
import { actorOf, metaOf, rosterDivisions } from './access';
import { personOf, words } from './command-args';
import { defineCommand } from './define-command';

const USAGE = '成员 添加 <open_id 或 @某人> <处室> [处长|成员]';

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
    const role = all.find((w) => w === '处长' || w === '成员') as Role | undefined;
    const divisionWord = all.find((w) => {
      const d = deps.knowledge.resolveDivision(w);
      return d && !d.external;
    });
    const others = all.filter((w) => w !== role && w !== divisionWord);
    const person = personOf(others, msg);
    if (!divisionWord || !person) {
      return textReply(`用法:${USAGE}。处室可以是:${rosterDivisions(deps).join('、')}。`, 'orange');
    }
    const division = deps.knowledge.resolveDivision(divisionWord)!.name;
    return {
      openId: person.openId,
      ...(person.name ? { name: person.name } : {}),
      division,
      role: role ?? '成员',
    };
  },
  run(args, msg, deps) {
    if (!actorOf(msg, deps).isAdmin) return refusal('只有管理员(ADMIN_OPEN_IDS 中的人)可以添加成员。');
    const before = deps.store.member(args.openId);
    const member = deps.store.addMember(metaOf(msg), args);
    const who = member.name ? `${member.name}(${member.openId})` : member.openId;
    const moved = before && before.division !== member.division ? `(原在${before.division})` : '';
    return textReply(
      `已将 ${who} 加入${member.division}${moved},角色:${member.role}。如需撤回:成员 移除 ${member.openId}`,
      'green',
    );
  },
});
