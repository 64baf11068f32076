import { evidenceRuleSet } from '../../reply/evidence-wording';
import { type Reply, textReply } from '../../reply/reply';
import { notOnRoster, refusal } from '../../reply/wording';
import { actorOf, enrollableUnit, enrollableUnits, metaOf } from '../access';
import { words } from '../command-args';
import { defineCommand } from '../define-command';

// 整改 设置 佐证 必需|可选 [处室]: whether a member's 销号 needs a file. A 处长 sets it for their division;
// 秘书处 and admins for any division, or (no division named) for every division without a setting of its own.

const USAGE = '整改 设置 佐证 必需|可选 [处室]';
const REQUIRED: Record<string, boolean> = {
  必需: true,
  必须: true,
  需要: true,
  可选: false,
  不需要: false,
  非必需: false,
};

export const rectificationSettingsCommand = defineCommand<{ required: boolean; division?: string }>({
  name: '整改 设置',
  aliases: ['rectify settings'],
  usage: `${USAGE} — 成员销号是否必须附佐证材料(处长设本处室,秘书处设全部或某处室)`,
  examples: ['整改 设置 佐证 必需', '整改 设置 佐证 可选 企业审计处'],
  parse(rest, _msg, deps): { required: boolean; division?: string } | Reply {
    const [what, value, ...tail] = words(rest);
    if (what !== '佐证' || value === undefined || !(value in REQUIRED))
      return textReply(`用法:${USAGE}`, 'orange');
    const named = tail.join('');
    if (!named) return { required: REQUIRED[value]! };
    const division = enrollableUnit(named, deps);
    if (!division)
      return textReply(
        `没有“${named}”这个处室。处室可以是:${enrollableUnits(deps).join('、')}。用法:${USAGE}`,
        'orange',
      );
    return { required: REQUIRED[value]!, division: division.name };
  },
  run(args, msg, deps) {
    const actor = actorOf(msg, deps);
    if (!actor.member && !actor.isAdmin) return notOnRoster('设置佐证要求');
    const own = actor.member?.role === '处长' ? actor.member.division : undefined;
    const division = args.division ?? (actor.global ? undefined : own);
    if (!actor.global && (!own || division !== own))
      return refusal(
        own
          ? `处长只能设置本处室(${own})的佐证要求;全局设置请由秘书处或管理员操作,`
          : '只有处长(本处室)、秘书处或管理员可以设置佐证要求,',
      );
    deps.store.setEvidenceRule(metaOf(msg), division, args.required);
    return evidenceRuleSet(division ?? '全局(未单独设置的处室)', args.required);
  },
});
