import type { Task } from '../plan/model';
import type { EvidenceHit } from '../search/evidence';
import { CLAUSE_VERB } from './grammar';
import { subjectSpans } from './subject-spans';

/**
 * Of tasks that hold a question's words about equally, the one the question's thing is the subject of: its
 * heading or first clause opens with it (`GDP增长谁牵头`: `1.地区生产总值增长5%以上`, not `研发投入占地区生产总值比重
 * 达4.15%`; `居民收入增长谁负责`: `城乡居民人均可支配收入分别增长…`, not `一般公共预算收入增长…`). It must hold at least
 * as much of the thing asked as any of them, and be the only one to; otherwise none.
 */
export function bySubject<T extends { task: Task; hit: EvidenceHit }>(
  subject: string,
  candidates: readonly T[],
): T | undefined {
  const verb = CLAUSE_VERB.exec(subject);
  if (verb?.index === 0) return undefined;
  const end = verb ? verb.index : subject.length;
  const held = (hit: EvidenceHit) => {
    const chars = new Set<number>();
    for (const t of hit.terms) for (let i = t.from; i < Math.min(t.to, end); i += 1) chars.add(i);
    return chars.size;
  };
  const most = Math.max(...candidates.map((c) => held(c.hit)));
  if (most <= 0) return undefined;
  const isSubject = ({ task, hit }: T) => {
    const spans = subjectSpans(task);
    const terms = hit.terms.filter((t) => t.from < end);
    return (
      held(hit) === most &&
      terms.every((t) => {
        const words = t.paraphrase ? t.found : t.found.slice(0, end - t.from);
        return spans.some((s) => s.includes(words));
      })
    );
  };
  const found = candidates.filter(isSubject);
  return found.length === 1 ? found[0] : undefined;
}
