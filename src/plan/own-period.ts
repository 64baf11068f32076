import { findPeriod, type PlanPeriod } from './plan-period';

// The years a plan covers, from its own words only: its title, a range its text gives
// (`本方案实施期为2026—2028年`), a five-year plan its text names as its own period (`本规划期为“十五五”时期`),
// or a three-year action plan's `到2026年` target (2024—2026). A document it cites — `根据《…“十四五”规划》`,
// `《…（2021—2025年）》` — says nothing of its period, nor does a single target year or a date.

/** The text without the documents it cites by name (`《…》`, `〈…〉`). */
const uncited = (text: string) => text.replace(/《[^《》]*》|〈[^〈〉]*〉/g, '');

/** A sentence that speaks of the plan's own term. */
const OWN_TERM =
  /实施期|规划期|执行期|期限|时限|实施时间|本(方案|规划|计划|行动|纲要)[^，,。]{0,6}(期|时间|年限)/;
/** `三年行动计划`, `五年行动方案`: the number of years a title gives. */
const YEARS = /([一二两三四五六七八九十]|\d{1,2})\s*年\s*(行动|计划|攻坚|规划|专项行动|实施方案)/;
const TARGET_YEAR = /(?:到|至|于)\s*((?:19|20)\d{2})\s*年/;
const COUNT: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

export function ownPeriod(title: string, paragraphs: string[]): PlanPeriod | undefined {
  const titled = findPeriod(uncited(title));
  if (titled) return titled;
  const text = uncited(paragraphs.slice(0, 40).join('\n'));
  const found = findPeriod(text);
  if (found && found.from !== found.to) {
    // A range is the plan's own; a five-year plan only where a sentence speaks of the plan's term.
    const range = /((?:19|20)\d{2})\s*(?:年)?\s*[—–\-－~～至到]{1,2}\s*((?:19|20)\d{2})/.test(text);
    if (range) return found;
    const sentence = text.split(/[。\n；;]/).find((s) => findPeriod(s) && OWN_TERM.test(s));
    if (sentence) return findPeriod(sentence);
  } else if (found && /(19|20)\d{2}\s*年度/.test(text)) return found;
  const years = YEARS.exec(title);
  const target = TARGET_YEAR.exec(text);
  if (years && target) {
    const n = /^\d+$/.test(years[1] as string) ? Number(years[1]) : (COUNT[years[1] as string] ?? 0);
    const to = Number(target[1]);
    if (n >= 2 && n <= 10) return { from: to - n + 1, to };
  }
  return undefined;
}
