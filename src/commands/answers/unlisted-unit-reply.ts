import type { Reply } from '../../reply/reply';
import { heading, list, note, paragraph } from '../../reply/reply';
import type { CoreDeps } from '../context';
import { hitLabel } from './present';

/** Passages shown as possibly related to a unit the plan does not name: a few, never an answer. */
const NEAR = 3;

/** What makes a name a unit's (`财政处` → 财政): the rest is what its work is about, if the plan speaks of it. */
const UNIT_SUFFIX = /^[省市区县]|(?:委员会|管委会|中心|处|局|厅|委|办)$/g;

/**
 * `财政处管什么` where no task names 财政处: the plan assigns it nothing, said plainly. Passages about what its
 * name speaks of (财政) follow under 可能相关 only, never as its tasks.
 */
export function unlistedUnitReply(name: string, deps: CoreDeps): Reply {
  const topic = name.replace(UNIT_SUFFIX, '');
  const near = topic ? deps.search.evidence(topic).hits.slice(0, NEAR) : [];
  return {
    title: `${name}的任务`,
    colour: 'grey',
    blocks: [
      paragraph(`方案没有为“${name}”指派任务:它不在任何一项任务的牵头或配合单位中。`),
      ...(near.length > 0
        ? [
            heading(`可能相关(仅供参考,方案并未把这些指派给${name})`),
            list(near.map((h) => [`${hitLabel(h, deps)}:`, ...h.snippet])),
          ]
        : []),
      note('发“任务”查看方案写明的各处室任务。'),
    ],
  };
}
