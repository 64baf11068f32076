import { normalise } from '../text/normalise';
import { wordBounds } from '../text/word-bounds';
import type { PlanEntry } from './plan-entry';
import type { PlanRegistry } from './plan-registry';

// `那个共富方案里耕地保护是谁的`, `共同富裕方案里…`, `审计工作方案的第2项`: a plan named by words of its title just
// before 方案 — a run of the title (共同富裕) or the short form of one of its terms of two words (共同|富裕 →
// 共富) — when those words fit the title of one plan alone. The words must stand on their own before 方案 (at
// the start, or after 那个/在/的 …): `预算执行审计工作方案` is a thing asked about, not the plan 审计工作.

/** Words that may stand between what comes before and a plan's name: pointers, prepositions, 的. */
const BEFORE_NAME = /那个|这个|那份|这份|那|在|按|根据|的|里|和|与/g;
/** What may follow 方案 as part of naming it: `里`, `中的`. */
const AFTER_PLAN = /^(?:里面|当中|里|中|内|上)?(?:的)?/;
/** Least length of a run of the title that names it (two characters are too often just a word: 建设). */
const LEAST_RUN = 3;

interface TitleWords {
  text: string;
  /** 共富 of 共同|富裕: the first characters of two words of two characters each, side by side. */
  shortForms: Set<string>;
}

const wordsOf = new WeakMap<PlanEntry, TitleWords>();

function titleWords(entry: PlanEntry): TitleWords {
  let words = wordsOf.get(entry);
  if (!words) {
    const text = normalise(entry.title).replace(/[《》“”"「」\s]/g, '');
    const bounds = [...wordBounds(text)].sort((a, b) => a - b);
    const shortForms = new Set<string>();
    for (let i = 0; i + 2 < bounds.length; i += 1) {
      const [a, b, c] = [bounds[i]!, bounds[i + 1]!, bounds[i + 2]!];
      const first = text.slice(a, b);
      const second = text.slice(b, c);
      if (/^\p{Script=Han}{2}$/u.test(first) && /^\p{Script=Han}{2}$/u.test(second))
        shortForms.add(`${first[0]}${second[0]}`);
    }
    words = { text, shortForms };
    wordsOf.set(entry, words);
  }
  return words;
}

function fits(name: string, entry: PlanEntry): boolean {
  const { text, shortForms } = titleWords(entry);
  return (name.length >= LEAST_RUN && text.includes(name)) || shortForms.has(name);
}

export function planByTitleWords(
  text: string,
  registry: PlanRegistry,
): { entry: PlanEntry; rest: string } | undefined {
  const plans = registry.list();
  for (const plan of text.matchAll(/(?:实施)?方案/g)) {
    const before = text.slice(0, plan.index);
    const run = /[\p{Script=Han}\d“”"「」]+$/u.exec(before);
    if (!run) continue;
    // Where the name may start: the run's start, or after a word that stands before names.
    const starts = [
      { name: 0, cut: 0 },
      ...[...run[0].matchAll(BEFORE_NAME)].map((m) => ({
        name: m.index + m[0].length,
        cut: /^[的里和与]$/.test(m[0]) ? m.index + m[0].length : m.index,
      })),
    ];
    for (const start of starts) {
      const name = run[0].slice(start.name).replace(/[“”"「」]/g, '');
      if (name.length < 2) continue;
      const fitting = plans.filter((e) => fits(name, e));
      if (fitting.length !== 1) continue;
      const end = plan.index + plan[0].length;
      const after = AFTER_PLAN.exec(text.slice(end))?.[0] ?? '';
      return {
        entry: fitting[0]!,
        rest: `${text.slice(0, run.index + start.cut)}${text.slice(end + after.length)}`.trim(),
      };
    }
  }
  return undefined;
}
