import type { RefContext } from './ref-context';

/** Words that name the safeguards part (`保障措施第（二）条`), whatever its heading says. */
const SAFEGUARDS = /^(?:保障措施|保障机制|组织保障|工作保障|措施)/;
/** Words that name the part holding the tasks (`重点任务（五）`). */
const TASK_PART = /^(?:重点任务|主要任务|工作任务|任务)/;

/** The text with a part's name (or the tasks' or safeguards' words) before a section number read as its numeral. */
export function partNamed(text: string, ctx: RefContext): string {
  const { plan } = ctx.lexicon;
  const numbered = /^(?:的)?\s*(?:第\s*)?[(（]/;
  const swap = (m: RegExpExecArray | null, part: string | undefined) =>
    m && part && numbered.test(text.slice(m[0].length))
      ? `${part}${text.slice(m[0].length).replace(/^的/, '')}`
      : undefined;
  const measurePart = plan.measures[0]?.clause.match(/^[一二三四五六七八九十]+/)?.[0];
  const bySafeguards = swap(SAFEGUARDS.exec(text), measurePart);
  if (bySafeguards) return bySafeguards;
  const byTasks = swap(TASK_PART.exec(text), ctx.lexicon.taskPart || undefined);
  if (byTasks) return byTasks;
  for (const s of plan.sections) {
    if (!/^[一二三四五六七八九十]+$/.test(s.clause) || [...s.title].length < 4 || !text.startsWith(s.title))
      continue;
    const bySection = swap(
      new RegExp(`^${s.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(text),
      s.clause,
    );
    if (bySection) return bySection;
  }
  return text;
}
