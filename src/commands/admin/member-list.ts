import { type Block, heading, list, note, textReply } from '../../reply/reply';
import { displayName } from '../../store';
import { enrollableUnit, enrollableUnits } from '../access';
import { defineCommand } from '../define-command';

export const memberListCommand = defineCommand<{ division?: string }>({
  name: '成员 列表',
  aliases: ['member list'],
  usage: '成员 列表 [处室] — 各处室的成员和角色',
  examples: ['成员 列表', '成员 列表 社保处'],
  parse(rest, _msg, deps) {
    if (!rest) return {};
    const division = enrollableUnit(rest, deps);
    if (!division) {
      return textReply(`没有“${rest}”这个处室。处室可以是:${enrollableUnits(deps).join('、')}。`, 'orange');
    }
    return { division: division.name };
  },
  run(args, _msg, deps) {
    const members = deps.store.members().filter((m) => !args.division || m.division === args.division);
    if (members.length === 0) {
      return textReply(
        `${args.division ?? '审计助手'}还没有成员。管理员可以用「成员 添加 @某人 <处室> [处长|成员]」添加。`,
      );
    }
    const divisions = [...new Set([...enrollableUnits(deps), ...members.map((m) => m.division)])];
    const blocks: Block[] = [];
    for (const division of divisions) {
      const here = members.filter((m) => m.division === division);
      if (here.length === 0) continue;
      blocks.push(heading(`${division}(${here.length} 人)`));
      const sorted = [...here].sort((a, b) => (a.role === b.role ? 0 : a.role === '处长' ? -1 : 1));
      blocks.push(
        list(
          sorted.map((m) => {
            const name = displayName(deps.store, m.openId);
            return `${name}(${m.role})${name !== m.openId ? ` ${m.openId}` : ''}`;
          }),
        ),
      );
    }
    blocks.push(
      note(
        '管理员和秘书处成员可以代所有处室记录和操作。只以 open_id 显示的人,在群里被 @ 或发过消息后显示姓名。',
      ),
    );
    return { title: '成员名单', blocks };
  },
});
