import type { Reply } from '../../reply/reply';
import { list, paragraph } from '../../reply/reply';
import type { CoreDeps } from '../context';

/** `组长是谁`: the holder a safeguard measure names for the role, with the measure's other roles. */
export function roleReply(ask: { role: string; holder: string; measure: number }, deps: CoreDeps): Reply {
  const measure = deps.knowledge.plan.measures.find((m) => m.index === ask.measure);
  const others = measure?.roles.filter((r) => r.role !== ask.role) ?? [];
  return {
    title: ask.role,
    colour: 'blue',
    blocks: [
      paragraph([{ strong: `${ask.role}:${ask.holder}` }]),
      ...(measure ? [paragraph(`出处:保障措施 ${measure.clause} ${measure.title}`)] : []),
      ...(others.length > 0 ? [list(others.map((r) => `${r.role}:${r.holder}`))] : []),
    ],
  };
}
