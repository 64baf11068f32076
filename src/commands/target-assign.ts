import { textReply } from '../reply/reply';
import { refusal } from '../reply/wording';
import type { TargetKind } from '../store/types';
import { actorOf, metaOf, rosterDivisions } from './access';
import { words } from './command-args';
import { defineCommand } from './define-command';
import { targetLabel } from './progress-target';

const USAGE = '目标 指派 <目标N|指标N> <处室>';

export const targetAssignCommand = defineCommand<{ kind: TargetKind; index: number; division: string }>({
  name: '目标 指派',
  aliases: ['指标 指派', 'target assign'],
  usage: `${USAGE} — 管理员和秘书处指定目标或指标的责任处室`,
  examples: ['目标 指派 目标3 社保处', '目标 指派 指标5 法规处'],
  parse(rest, _msg, deps) {
    const text = rest.replace(/(目标|指标)\s+(\d+)/, '$1$2');
    const all = words(text);
    const ref = all.find((w) => /^(目标|指标)\d+$/.test(w));
    const divisionWord = all.find((w) => w !== ref);
    const division = divisionWord ? deps.knowledge.resolveDivision(divisionWord) : undefined;
    const { plan } = deps.knowledge;
    if (!ref) {
      return textReply(
        `用法:${USAGE},例如「目标 指派 目标3 社保处」。目标有 目标1–目标${plan.goals.length},指标有 指标1–指标${plan.indicators.length}。`,
        'orange',
      );
    }
    const kind = ref.startsWith('目标') ? ('goal' as const) : ('indicator' as const);
    const index = Number(ref.slice(2));
    const count = kind === 'goal' ? plan.goals.length : plan.indicators.length;
    if (index < 1 || index > count) {
      return textReply(`没有${ref}:${kind === 'goal' ? '目标' : '指标'}的序号是 1–${count}。`, 'orange');
    }
    if (!division || division.external) {
      return textReply(
        `请写明处室,例如「目标 指派 ${ref} 社保处」。处室可以是:${rosterDivisions(deps).join('、')}。`,
        'orange',
      );
    }
    return { kind, index, division: division.name };
  },
  run(args, msg, deps) {
    if (!actorOf(msg, deps).global) return refusal('只有管理员和秘书处成员可以指派目标或指标的责任处室。');
    const before = deps.store.targetOwner(args.kind, args.index);
    deps.store.assignTarget(metaOf(msg), args);
    const ref = `${args.kind === 'goal' ? '目标' : '指标'}${args.index}`;
    const was = before && before.division !== args.division ? `(原为${before.division})` : '';
    return textReply(
      `已将「${targetLabel(args, deps)}」的责任处室设为${args.division}${was}。此后「任务 ${args.division}」和「目标」会显示它,${args.division}可以用「进展 ${ref} <内容>」记录进展。`,
      'green',
    );
  },
});
