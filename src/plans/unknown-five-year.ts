import { fiveYearName } from '../plan/five-year-name';
import { planWords } from '../plan/plan-words';
import type { PlanRegistry } from './plan-registry';

// `十五五方案有哪些目标` where only the 2021—2025 plan is known: the question names a period no plan covers, and an
// answer from another plan would read as that period's. The five-year name is read where it names a plan: before
// 方案/规划/计划, before 里/中/时期 (`十五五里…`, `十五五时期…`), or opening the question (`十五五主要目标讲了啥`).

const NAMED =
  /[“"「]?(十[一二三四五六七八九]五)[”"」]?(?:时期|期间|时候)?(?:的)?(?:那个|那份|这个|这份)?(?:实施方案|方案|规划|计划|里面|当中|里|中)/;
const OPENING =
  /^(?:那么?|那在|在)?[“"「]?(十[一二三四五六七八九]五)[”"」]?(?:时期|期间)?(?:的)?\s*(?=[\u4e00-\u9fa5])(?![五])/;

/** The five-year name a question asks of when no known plan is of that period or speaks of it, else undefined. */
export function unknownFiveYear(text: string, registry: PlanRegistry): string | undefined {
  const name = (NAMED.exec(text) ?? OPENING.exec(text))?.[1];
  if (!name) return undefined;
  // A plan of another period may speak of it (`“十四五”规划的收官之年` in a 2025 work plan): then it is asked of.
  const known = registry.list().some((e) => fiveYearName(e) === name || planWords(e.plan).includes(name));
  return known ? undefined : name;
}
