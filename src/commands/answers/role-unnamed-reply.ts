import type { Reply } from '../../reply/reply';
import { list, paragraph } from '../../reply/reply';
import type { CoreDeps } from '../context';

/**
 * `领导小组副组长是谁` where the measure names only a 组长: the plan does not name that role; what the measure
 * does name is shown beside it, as what it says, never as the answer.
 */
export function roleUnnamedReply(ask: { role: string; measure: number }, deps: CoreDeps): Reply {
  const measure = deps.knowledge.plan.measures.find((m) => m.index === ask.measure);
  const where = measure ? `保障措施 ${measure.clause} ${measure.title}` : '';
  const named = measure?.roles ?? [];
  return {
    title: ask.role,
    colour: 'grey',
    blocks: [
      paragraph(`方案没有写明“${ask.role}”由谁担任。`),
      ...(measure && named.length > 0
        ? [paragraph(`${where}写明的只有:`), list(named.map((r) => `${r.role}:${r.holder}`))]
        : measure
          ? [paragraph(`${where}原文:${measure.text}`)]
          : []),
    ],
  };
}
