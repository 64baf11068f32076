import { textReply } from '../../reply/reply';
import { actorOf, SECRETARIAT } from '../access';
import { defineCommand } from '../define-command';

export const myDivisionCommand = defineCommand<Record<string, never>>({
  name: '我的处室',
  aliases: ['whoami'],
  usage: '我的处室 — 您所在的处室、角色和可做的事',
  examples: ['我的处室'],
  parse: () => ({}),
  run(_args, msg, deps) {
    const actor = actorOf(msg, deps);
    const admin = actor.isAdmin ? '您是管理员,可以添加成员、指派目标,并代所有处室记录。' : '';
    if (!actor.member) {
      return textReply(
        admin ||
          '您还不在成员名单中:可以查询方案、搜索,但不能记录进展或整改。请联系管理员用「成员 添加 @您 <处室> [处长|成员]」加入。',
      );
    }
    const { division, role } = actor.member;
    const scope =
      division === SECRETARIAT
        ? '秘书处牵头抓总、跟踪督办:可以代所有处室记录进展,登记、审核(通过或驳回)、重开、作废和移交整改事项。'
        : role === '处长'
          ? `可以记录本处牵头或配合任务的进展,登记、更新、销号、延期本处的整改事项,并审核(通过或驳回)成员的销号和延期申请(本人提出的除外)。`
          : `可以记录本处牵头或配合任务的进展,登记和更新本处的整改事项;销号和延期需处长或秘书处审核;当天登记有误可以作废。`;
    return textReply(`您在${division},角色:${role}。${scope}${admin}`);
  },
});
