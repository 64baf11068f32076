import type { Reply } from '../../reply/reply';
import { list, note, paragraph } from '../../reply/reply';
import type { CoreDeps } from '../context';
import { taskLine } from './present';
import { targetsOverview } from './targets';
import { divisionsOverview } from './tasks';

// Everything of one kind the plan has: its goals and indicators, its safeguard measures, its tasks, the
// divisions and what each leads. `lead` opens the reply (`没有“指标9”这一项。`); `year` the year goals were asked of.

export function listReply(
  of: 'targets' | 'indicators' | 'measures' | 'tasks' | 'divisions',
  deps: CoreDeps,
  lead?: string,
  year?: number,
): Reply {
  const { plan } = deps.knowledge;
  const withLead = (reply: Reply): Reply =>
    lead ? { ...reply, blocks: [paragraph(lead), ...reply.blocks] } : reply;
  switch (of) {
    case 'targets':
    case 'indicators':
      if (plan.goals.length + plan.indicators.length === 0) {
        // A part of the plan headed as its aims (`一、经济社会发展主要预期目标`) holds them as its items.
        const aims = plan.sections.find((x) => /目标/.test(x.title) && x.taskIds.length > 0);
        const tasks = (aims?.taskIds ?? []).flatMap((id) => {
          const t = deps.knowledge.taskById(id);
          return t ? [t] : [];
        });
        if (aims && tasks.length > 0)
          return withLead({
            title: `${aims.title}(${tasks.length} 项)`,
            colour: 'blue',
            blocks: [
              paragraph(`方案没有单列目标和指标;“${aims.number}${aims.title}”下列了 ${tasks.length} 项:`),
              list(tasks.map((t) => taskLine(t, deps))),
              note(`查看一项:发它的编号,例如 ${tasks[0]?.number ?? tasks[0]?.id ?? ''}`),
            ],
          });
        return withLead({
          title: '目标与指标',
          colour: 'grey',
          blocks: [paragraph('方案没有写明目标或指标。')],
        });
      }
      return withLead(targetsOverview(deps, year));
    case 'measures':
      if (plan.measures.length === 0)
        return withLead({ title: '保障措施', colour: 'grey', blocks: [paragraph('方案没有写明保障措施。')] });
      return withLead({
        title: `保障措施(${plan.measures.length} 项)`,
        colour: 'blue',
        blocks: [
          list(
            plan.measures.map(
              (m) =>
                `${m.clause} ${m.title}${m.roles.length > 0 ? `(${m.roles.map((r) => `${r.role}:${r.holder}`).join(';')})` : ''}`,
            ),
          ),
          note(`查看一项:发它的条款,例如 ${plan.measures[0]?.clause ?? ''}`),
        ],
      });
    case 'tasks':
      return withLead({
        title: `方案的任务(${plan.tasks.length} 项)`,
        colour: 'blue',
        blocks: [
          list(plan.tasks.map((t) => taskLine(t, deps))),
          note(`查看一项:发它的编号,例如 ${plan.tasks[0]?.id ?? ''}`),
        ],
      });
    case 'divisions':
      return withLead(divisionsOverview(deps));
  }
}
