import type { Reply } from '../../reply/reply';
import { list, note, paragraph } from '../../reply/reply';
import type { CoreDeps } from '../context';
import { hitLabel, quoted } from './present';

// Yes/no questions about the text: `方案里有没有提到债务`, `是否涉及乡村振兴` (read by src/understand, the
// document's own name cut). Yes only on distinctive words found; words found all over the plan say yes only
// when they are all that was asked.

export function mentionReply(query: string, deps: CoreDeps): Reply {
  const evidence = deps.search.evidence(query);
  const { hits, unknown, common, subject } = evidence;
  const asked = subject || query;
  const title = `方案是否提到:${asked}`;
  const top = hits[0];
  const line = (h: (typeof hits)[number]) => [`${hitLabel(h, deps.knowledge)}:`, ...h.snippet];
  // Yes only when an item holds clearly more of what was asked than it leaves out.
  if (top && top.covered > 2 * top.missing) {
    const words = [...new Set(top.terms.map((t) => t.found))];
    return {
      title,
      colour: 'blue',
      blocks: [
        paragraph(`提到了。方案中有 ${hits.length} 处讲到${quoted(words)},例如:`),
        list(hits.slice(0, 3).map(line)),
        ...(unknown.length > 0 ? [note(`但方案原文中没有${quoted(unknown)}。`)] : []),
      ],
    };
  }
  if (unknown.length === 0 && common.length > 0) {
    const found = deps.search.search(asked, { limit: 3 });
    return {
      title,
      colour: 'blue',
      blocks: [
        paragraph(`提到了。${quoted(common)}在方案中多处出现,例如:`),
        list(found.map((h) => [`${hitLabel(h, deps.knowledge)}:`, ...h.snippet])),
      ],
    };
  }
  const near = top ? hits : evidence.near;
  return {
    title,
    colour: 'grey',
    blocks: [
      paragraph(`没有。方案中没有提到${quoted(unknown.length > 0 ? unknown : [asked])}。`),
      ...(near.length > 0 ? [paragraph('相近的内容:'), list(near.slice(0, 3).map(line))] : []),
      note('以上只就方案原文而言;可以换个说法再问。'),
    ],
  };
}
