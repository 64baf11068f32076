import type { PlanRef } from '../plan-ref';
import type { RefContext } from './ref-context';

/** A heading named by its title words (`深化财政审计`, `建设创新型城市`), when the text holds most of one. */
export function sectionByTitle(words: string, ctx: RefContext): PlanRef | undefined {
  // Titles and words alike without spacing, punctuation, a count in brackets (`养老托育（3项）`), a 有 or a 都
  // (`…下面几条都是啥`).
  const plain = (t: string) => t.replace(/[(（][^()（）]*[)）]|[\s、,，.。:：有都]/g, '');
  const bare = plain(words);
  if ([...bare].length < 4) return undefined;
  const found = ctx.lexicon.plan.sections.filter((s) => {
    const title = plain(s.title);
    return title.length >= 4 && (bare.includes(title) || title.includes(bare));
  });
  // The innermost heading that matches (a part's title may hold its section's words).
  const best = found.sort((a, b) => a.taskIds.length - b.taskIds.length)[0];
  if (!best) return undefined;
  const tasks = best.taskIds.flatMap((id) => {
    const t = ctx.knowledge.taskById(id);
    return t ? [t] : [];
  });
  if (tasks.length === 1) return { task: tasks[0]! };
  return { section: best.clause, tasks, title: best.title, number: best.number };
}
