import type { Line, Reply } from '../../reply/reply';
import { list, note, paragraph, textReply } from '../../reply/reply';
import type { Evidence, EvidenceHit } from '../../search/evidence';
import type { SearchHit } from '../../search/plan-search';
import type { CoreDeps } from '../context';
import { defineCommand } from '../define-command';
import { phrasesAsked } from './phrases-asked';
import { hitLabel, quoted, withPeriodNote } from './present';

// 搜索: the plan's passages holding the query's distinctive words, each with its clause and the
// sentence holding them. Words found all over the plan (方案, 审计) match nothing by themselves: a query
// whose content the plan lacks gets "方案中没有提到…", not four hits on 方案.

const CLAUSE_NOTE = '条款号如“二(二)1”指第二部分第(二)节第1项。';

function hitLine(hit: EvidenceHit | SearchHit, deps: CoreDeps): Line {
  return [`${hitLabel(hit, deps)}:`, ...hit.snippet];
}

/** `known`: the evidence the question was read with, when it was (not looked for again). */
export function searchReply(query: string, deps: CoreDeps, known?: Evidence, limit = 5): Reply {
  const evidence = known ?? deps.search.evidence(query);
  const { hits, unknown, common } = evidence;
  const title = `搜索:${query}`;
  const top = hits[0];
  if (top && (top.covered > top.missing || unknown.length === 0)) {
    const partly =
      top.covered <= top.missing
        ? [note(`没有一处同时讲到“${evidence.subject}”的全部字词,以上是讲到其中一部分的地方。`)]
        : [];
    return {
      title,
      colour: 'blue',
      blocks: [
        list(hits.slice(0, limit).map((h) => hitLine(h, deps))),
        ...(unknown.length > 0 ? [note(`方案原文中没有${quoted(unknown)},以上按其余字词查找。`)] : partly),
        note(`共 ${Math.min(hits.length, limit)} 条最相关的结果(共 ${hits.length} 处提到);${CLAUSE_NOTE}`),
      ],
    };
  }
  if (unknown.length > 0) {
    const near = top ? hits : evidence.near;
    return {
      title,
      colour: 'grey',
      blocks: [
        paragraph(`方案中没有提到${quoted(phrasesAsked(evidence.subject, unknown))}。`),
        ...(near.length > 0
          ? [paragraph('相近的内容:'), list(near.slice(0, 3).map((h) => hitLine(h, deps)))]
          : []),
        note('可以换个词再试。'),
      ],
    };
  }
  if (common.length > 0) {
    // The words stand all over the plan: it does mention them; show where they matter most.
    const found = deps.search.search(evidence.subject, { limit });
    return {
      title,
      colour: 'blue',
      blocks: [
        paragraph(`${quoted(common)}在方案中多处出现,以下是最相关的几处:`),
        list(found.map((h) => hitLine(h, deps))),
        note(CLAUSE_NOTE),
      ],
    };
  }
  return {
    title,
    colour: 'grey',
    blocks: [paragraph(`方案里没有找到“${query}”。`), note('可以换个词再试。')],
  };
}

export const searchCommand = defineCommand<{ query: string }>({
  name: '搜索',
  aliases: ['search', '查找', '检索'],
  usage: '搜索 <关键词> — 在方案原文中查找,标出条款',
  examples: ['搜索 古城项目群'],
  parse: (rest) => (rest ? { query: rest } : textReply('请在“搜索”后面写上关键词,例如:搜索 古城项目群')),
  run: ({ query }, msg, deps) => withPeriodNote(searchReply(query, deps), deps, msg.at),
});
