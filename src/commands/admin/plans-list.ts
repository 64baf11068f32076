import { planByName } from '../../plans/named-plan';
import { planLabel } from '../../plans/plan-label';
import { plansNamedBy } from '../../plans/plans-named-by';
import { textReply } from '../../reply/reply';
import { refusal } from '../../reply/wording';
import { actorOf, metaOf } from '../access';
import type { CoreDeps } from '../context';
import { defineCommand } from '../define-command';
import { planState, planSummary } from './plan-summary';

// `方案`: the plans the bot knows and which is current; `方案 <编号>`: one plan summed up;
// `方案 启用 <编号>` (admins, 秘书处): make one current. A question about another plan: `方案 <编号> <问题>`.

type Args = { kind: 'list' } | { kind: 'show'; id: string } | { kind: 'use'; id: string };

// A plan is named as the questions name it: `2026-2030`, `2026—2030`, `十五五`, `十五五规划`, `《…》`.

const named = planLabel;

function unknownPlan(id: string, deps: CoreDeps) {
  // A part of several plans' titles: those plans, to be told apart.
  const fit = plansNamedBy(id, deps.plans);
  if (fit.length > 1)
    return textReply(
      `“${id}”对应 ${fit.length} 份方案:${fit.map(named).join('、')}。请写出编号或更具体的名称再发一次,如「方案 启用 ${fit[0]?.id}」。`,
      'orange',
    );
  return textReply(
    `没有编号为“${id}”的方案。现有:${deps.plans.list().map(named).join('、')}。发「方案」查看全部。`,
    'orange',
  );
}

export const plansCommand = defineCommand<Args>({
  name: '方案',
  aliases: ['plans', '方案列表'],
  separated: true,
  usage:
    '方案 [编号] · 方案 启用 <编号> — 已有的方案和当前方案;管理员和秘书处切换当前方案;管理员把方案文件发给我即可导入',
  examples: ['方案', '方案 启用 2026-2030'],
  parse(rest, _msg, deps) {
    const [first, second, ...more] = rest.split(/\s+/).filter(Boolean);
    if (!first) return { kind: 'list' };
    if (first === '导入' || first === '添加' || first === 'add')
      // Reached only without a file: a file sent, or replied to with this, is added before commands.
      return textReply(
        '导入新方案:把方案文件(.docx、.pdf、.txt、.md,20 MB 以内)私聊发给我;在群里,回复那条文件消息并 @我 写「导入」。只有管理员可以导入,导入后发「方案 启用 <编号>」才会启用。',
        'orange',
      );
    if (first === '启用' || first === 'use' || first === '切换') {
      const name = [second, ...more].join('');
      if (!name) return textReply('用法:方案 启用 <编号>,编号见「方案」。', 'orange');
      const entry = planByName(name, deps.plans);
      return entry ? { kind: 'use', id: entry.id } : unknownPlan(name, deps);
    }
    const entry = planByName(rest, deps.plans);
    return entry ? { kind: 'show', id: entry.id } : unknownPlan(rest.trim(), deps);
  },
  run(args, msg, deps) {
    const choices = deps.store.planSettings();
    if (args.kind === 'show') {
      const entry = deps.plans.byId(args.id)!;
      return planSummary(entry, planState(entry, deps.currentPlan, choices));
    }
    if (args.kind === 'use') {
      if (!actorOf(msg, deps).global) return refusal('只有管理员和秘书处可以切换当前方案。');
      const entry = deps.plans.byId(args.id)!;
      if (entry === deps.currentPlan && choices.current === entry.id)
        return textReply(`${entry.id} 已经是当前方案。`);
      deps.store.activatePlan(metaOf(msg), entry.id);
      return planSummary(entry, '当前方案', `已启用方案 ${entry.id}`);
    }
    const rows = deps.plans.list().map((e) => {
      const period = !e.period
        ? '期间未写明'
        : e.period.from === e.period.to
          ? `${e.period.from} 年`
          : `${e.period.from}—${e.period.to}`;
      return `${e.id} ${e.title || '(无标题)'}(${period},任务 ${e.plan.tasks.length} 项)— ${planState(e, deps.currentPlan, choices)}`;
    });
    return {
      title: '方案',
      colour: 'blue',
      blocks: [
        { type: 'list', items: rows },
        {
          type: 'note',
          content:
            '当前方案:管理员启用的那份,否则是期间包含今天的那份,否则是最新的一份。问别的方案:方案 <编号> <问题>,或“十四五方案里…”。',
        },
      ],
    };
  },
});
