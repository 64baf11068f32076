import { wordBounds } from '../text/word-bounds';
import { AND } from './grammar';

/** The subject split at each 和 that is a word of its own (跟 of 跟踪, 与 of 参与 join nothing). */
export function splitAtJoins(subject: string): { parts: string[]; at: number } | undefined {
  const bounds = AND.test(subject) ? wordBounds(subject) : undefined;
  const joins = bounds
    ? [...subject.matchAll(new RegExp(AND.source, 'g'))].filter(
        (m) => bounds.has(m.index) && bounds.has(m.index + m[0].length),
      )
    : [];
  if (joins.length === 0) return undefined;
  const parts: string[] = [];
  let from = 0;
  for (const m of joins) {
    parts.push(subject.slice(from, m.index).trim());
    from = m.index + m[0].length;
  }
  parts.push(subject.slice(from).trim());
  const said = parts.filter((p) => p.length > 0);
  return said.length < 2 ? undefined : { parts: said, at: joins[0]?.index ?? -1 };
}
