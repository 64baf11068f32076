import type { Task } from '../plan/model';
import type { Block, Reply } from '../reply/reply';
import { list, note, paragraph, textReply } from '../reply/reply';
import type { SearchHit } from '../search/plan-search';
import type { CoreDeps } from './context';
import { defineCommand } from './define-command';
import { labelled, taskLine, unitList } from './present';

/** Question phrasing that asks "who owns this", removed before searching for the subject. */
const WHO_WORDS =
  /(?:归|属于|由|是)?(?:哪个|哪一个|哪些|什么)(?:处室|处|部门|单位|科室)(?:来)?(?:牵头|负责|管|承担|主抓)?|由?谁(?:来)?(?:牵头|负责|管|主抓|抓)?|归谁管?|牵头(?:单位|处室|部门)?是?|责任(?:单位|处室|部门)是?|负责(?:单位|处室|部门)|[??!!。,,、]/g;

export function whoSubject(text: string): string {
  return text.replace(WHO_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

function taskBlocks(task: Task, hit: SearchHit | undefined, deps: CoreDeps): Block[] {
  const { knowledge } = deps;
  const blocks: Block[] = [
    paragraph(labelled('牵头:', [{ strong: unitList(task.lead, knowledge) }])),
    paragraph(`配合:${task.support.length > 0 ? unitList(task.support, knowledge) : '(方案未写明)'}`),
    paragraph(`任务 ${taskLine(task)}`),
  ];
  if (hit) blocks.push(paragraph(labelled('原文:', hit.snippet)));
  return blocks;
}

export function whoReply(query: string, deps: CoreDeps): Reply {
  const subject = whoSubject(query) || query;
  // Tasks first: a safeguard measure answers only when it matches clearly better than any task.
  const hits = deps.search.search(subject, { kinds: ['task'], limit: 5 });
  const measureHit = deps.search.search(subject, { kinds: ['measure'], limit: 1 })[0];
  if (measureHit && (!hits[0] || measureHit.score > hits[0].score * 1.5)) hits.unshift(measureHit);
  const top = hits[0];
  if (!top) {
    return {
      title: `谁牵头:${subject}`,
      colour: 'grey',
      blocks: [
        paragraph(`方案里没有找到与“${subject}”相关的任务。`),
        note('可以换个说法,或试试:搜索 <关键词>、任务 <处室>(如:任务 投资处)'),
      ],
    };
  }
  if (top.kind === 'measure') {
    const measure = deps.knowledge.plan.measures.find((m) => String(m.index) === top.ref);
    return {
      title: `谁牵头:${subject}`,
      colour: 'blue',
      blocks: [
        paragraph(`这是保障措施 ${top.clause} ${top.title},方案未指定单一牵头处室。`),
        ...(measure && measure.roles.length > 0
          ? [list(measure.roles.map((r) => `${r.role}:${r.holder}`))]
          : []),
        paragraph(labelled('原文:', top.snippet)),
      ],
    };
  }
  const task = deps.knowledge.taskById(top.ref);
  if (!task) return textReply(`方案里没有找到与“${subject}”相关的任务。`);
  const blocks = taskBlocks(task, top, deps);
  const others = hits
    .slice(1)
    .filter((h) => h.kind === 'task' && h.score >= top.score * 0.6 && h.ref !== task.id)
    .map((h) => deps.knowledge.taskById(h.ref))
    .filter((t): t is Task => t !== undefined)
    .slice(0, 2);
  if (others.length > 0) {
    blocks.push(
      note(
        `也可能是:${others.map((t) => `${t.id} ${t.title}(牵头:${unitList(t.lead, deps.knowledge)})`).join(';')}`,
      ),
    );
  }
  return { title: `谁牵头:${subject}`, colour: 'blue', blocks };
}

export const whoCommand = defineCommand<{ query: string }>({
  name: '谁牵头',
  aliases: ['who', '谁负责', '哪个处室'],
  usage: '谁牵头 <关键词> — 某项工作由哪个处室牵头、哪些配合',
  examples: ['谁牵头 古城项目群', '公租房审计谁来管?'],
  parse: (rest) =>
    rest ? { query: rest } : textReply('请在“谁牵头”后面写上要查的事项,例如:谁牵头 古城项目群'),
  run: ({ query }, _msg, deps) => whoReply(query, deps),
});
