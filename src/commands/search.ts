import type { Line, Reply } from '../reply/reply';
import { list, note, paragraph, textReply } from '../reply/reply';
import type { SearchHit } from '../search/plan-search';
import type { CoreDeps } from './context';
import { defineCommand } from './define-command';

const KIND_NAMES: Record<SearchHit['kind'], string> = {
  goal: '目标',
  indicator: '指标',
  task: '任务',
  measure: '保障措施',
  passage: '原文',
};

function hitLine(hit: SearchHit): Line {
  const ref = hit.kind === 'task' ? `任务 ${hit.ref}` : KIND_NAMES[hit.kind];
  return [`${hit.clause} ${ref} ${hit.title}:`, ...hit.snippet];
}

export function searchReply(query: string, deps: CoreDeps, limit = 5): Reply {
  const hits = deps.search.search(query, { limit });
  if (hits.length === 0) {
    return {
      title: `搜索:${query}`,
      colour: 'grey',
      blocks: [
        paragraph(`方案里没有找到“${query}”。`),
        note('可以换个词再试,例如:搜索 古城项目群;或问:公租房审计谁来管?'),
      ],
    };
  }
  return {
    title: `搜索:${query}`,
    colour: 'blue',
    blocks: [
      list(hits.map(hitLine)),
      note(`共 ${hits.length} 条最相关的结果;条款号如“二(二)1”指第二部分第(二)节第1项。`),
    ],
  };
}

export const searchCommand = defineCommand<{ query: string }>({
  name: '搜索',
  aliases: ['search', '查找', '检索'],
  usage: '搜索 <关键词> — 在方案原文中查找,标出条款',
  examples: ['搜索 古城项目群'],
  parse: (rest) => (rest ? { query: rest } : textReply('请在“搜索”后面写上关键词,例如:搜索 古城项目群')),
  run: ({ query }, _msg, deps) => searchReply(query, deps),
});
