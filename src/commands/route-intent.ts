import type { Reply } from '../reply/reply';
import { list, note, paragraph } from '../reply/reply';
import type { CoreDeps } from './context';
import { helpReply } from './help';
import { commands } from './registry';
import { searchReply } from './search';
import { goalReply, indicatorReply } from './targets';
import { tasksReply } from './tasks';
import { whoReply } from './who';

// Plain questions, routed by what they ask rather than by a command word.

const ASKS_WHO = /哪个|哪一个|哪些处|哪个部门|谁|牵头|负责单位|责任单位|归口/;
const ASKS_TASKS = /任务|负责(?:哪些|什么)|干(?:什么|啥)|做(?:什么|哪些)|管(?:什么|哪些)|工作有|职责|分工/;
const ASKS_TARGET = /目标|指标|覆盖率|比例|多少|几个|几次|百分之|%|要求|达到|轮审/;
const ASKS_PERSON = /是谁|谁担任|谁当|由谁|哪位/;

/** A measure role named in the text (longest first: `专班组长` before `组长`). */
function roleAsked(text: string, deps: CoreDeps) {
  const roles = deps.knowledge.plan.measures.flatMap((m) => m.roles.map((r) => ({ ...r, measure: m })));
  return roles.filter((r) => text.includes(r.role)).sort((a, b) => b.role.length - a.role.length)[0];
}

export function routeIntent(text: string, deps: CoreDeps): Reply {
  const { knowledge } = deps;

  const role = ASKS_PERSON.test(text) || /组长|负责人/.test(text) ? roleAsked(text, deps) : undefined;
  if (role) {
    const { measure } = role;
    return {
      title: `${role.role}`,
      colour: 'blue',
      blocks: [
        paragraph([{ strong: `${role.role}:${role.holder}` }]),
        paragraph(`出处:保障措施 ${measure.clause} ${measure.title}`),
        ...(measure.roles.length > 1
          ? [list(measure.roles.filter((r) => r.role !== role.role).map((r) => `${r.role}:${r.holder}`))]
          : []),
      ],
    };
  }

  const divisions = knowledge.findDivisions(text);
  const division = divisions[0];
  if (division && (ASKS_TASKS.test(text) || text.replace(/[??的]/g, '') === division.name)) {
    return tasksReply(division, deps);
  }

  if (ASKS_WHO.test(text)) return whoReply(text, deps);

  if (ASKS_TARGET.test(text)) {
    const hit = deps.search.search(text, { kinds: ['indicator', 'goal'], limit: 1 })[0];
    if (hit?.kind === 'indicator') {
      const indicator = knowledge.plan.indicators.find((i) => String(i.index) === hit.ref);
      if (indicator) return indicatorReply(indicator, deps, hit);
    }
    if (hit?.kind === 'goal') {
      const goal = knowledge.plan.goals.find((g) => String(g.index) === hit.ref);
      if (goal) return goalReply(goal, deps, hit);
    }
  }

  if (division) return tasksReply(division, deps);

  const hits = deps.search.search(text, { limit: 1 });
  if (hits.length > 0) return searchReply(text, deps);

  const help = helpReply(commands);
  return {
    title: '没太明白',
    colour: 'grey',
    blocks: [
      paragraph(`我没看懂“${text}”。可以这样问:`),
      ...help.blocks.filter((b) => b.type === 'list'),
      note('发送“帮助”查看全部命令。'),
    ],
  };
}
