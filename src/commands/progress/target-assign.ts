import { textReply } from '../../reply/reply';
import { refusal } from '../../reply/wording';
import { targetLabel } from '../../reports/target-label';
import type { TargetKind } from '../../store/types';
import { actorOf, metaOf, rosterDivisions } from '../access';
import { indicatorRefs } from '../answers/present';
import { words } from '../command-args';
import { defineCommand } from '../define-command';
import { planLabels } from '../plan-labels';

const USAGE = '目标 指派 <目标N|指标N> <处室>';

// Indicators are named as the table numbers them (`指标6`, `指标5-1`); `指标5` names the whole 序号 5,
// and assigns every indicator under it. Owners are stored by each indicator's running index.
const REF = /^(目标|指标)(\d+(?:-\d+)?)$/;

export const targetAssignCommand = defineCommand<{ kind: TargetKind; indexes: number[]; division: string }>({
  name: '目标 指派',
  aliases: ['指标 指派', 'target assign'],
  usage: `${USAGE} — 管理员和秘书处指定目标或指标的责任处室`,
  examples: ['目标 指派 目标3 社保处', '目标 指派 指标5-1 法规处'],
  parse(rest, _msg, deps) {
    const text = rest.replace(/(目标|指标)\s+(\d)/, '$1$2').replace(/(\d)\s*[-－—–]\s*(\d)/, '$1-$2');
    const all = words(text);
    const ref = all.find((w) => REF.test(w));
    const divisionWord = all.find((w) => w !== ref);
    const division = divisionWord ? deps.knowledge.resolveDivision(divisionWord) : undefined;
    const { plan } = deps.knowledge;
    if (!ref) {
      return textReply(
        `用法:${USAGE},例如「目标 指派 目标3 社保处」。目标有 目标1–目标${plan.goals.length},指标有 ${indicatorRefs(deps.knowledge)}。`,
        'orange',
      );
    }
    const [, word, number] = REF.exec(ref)!;
    const kind = word === '目标' ? ('goal' as const) : ('indicator' as const);
    const indexes =
      kind === 'goal'
        ? plan.goals.filter((g) => String(g.index) === number).map((g) => g.index)
        : deps.knowledge.indicatorsByNumber(number!).map((i) => i.index);
    if (indexes.length === 0) {
      const valid =
        kind === 'goal' ? `目标的序号是 1–${plan.goals.length}` : `指标有 ${indicatorRefs(deps.knowledge)}`;
      return textReply(`没有${ref}:${valid}。`, 'orange');
    }
    if (!division || division.external) {
      return textReply(
        `请写明处室,例如「目标 指派 ${ref} 社保处」。处室可以是:${rosterDivisions(deps).join('、')}。`,
        'orange',
      );
    }
    return { kind, indexes, division: division.name };
  },
  run(args, msg, deps) {
    if (!actorOf(msg, deps).global) return refusal('只有管理员和秘书处成员可以指派目标或指标的责任处室。');
    const labels = planLabels(deps);
    const lines = args.indexes.map((index) => {
      const target = { kind: args.kind, index, plan: deps.plan.id };
      const before = deps.store.targetOwner(args.kind, index);
      deps.store.assignTarget(metaOf(msg), { ...target, division: args.division });
      const was = before && before.division !== args.division ? `(原为${before.division})` : '';
      return `「${targetLabel(target, labels)}」${was}`;
    });
    const first = targetLabel({ kind: args.kind, index: args.indexes[0]!, plan: deps.plan.id }, labels).split(
      ' ',
    )[0];
    return textReply(
      `已将${lines.join('、')}的责任处室设为${args.division}。此后「任务 ${args.division}」和「目标」会显示它,${args.division}可以用「进展 ${first} <内容>」记录进展。`,
      'green',
    );
  },
});
