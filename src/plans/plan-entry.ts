import type { PlanKnowledge } from '../plan/knowledge';
import type { Plan, PlanPeriod } from '../plan/model';
import type { PlanSearch } from '../search/plan-search';
import type { Lexicon } from '../understand/lexicon';

/** One plan the bot knows: shipped in seeds/, or added to DATA_DIR/plans/. */
export interface PlanEntry {
  /** Unique among the plans: the period (`2021-2025`), else a slug of the title; `-2` … on a clash. */
  id: string;
  title: string;
  period?: PlanPeriod;
  /** The file it was read from. */
  file: string;
  source: 'shipped' | 'added';
  plan: Plan;
  knowledge: PlanKnowledge;
  /** What people ask it by (every numbering it uses, its names), built when it is loaded. */
  lexicon: Lexicon;
  /** Its search index, built on first use. */
  search(): PlanSearch;
}

/** `《…》(2021—2025)` — how a reply names the plan it comes from. */
export function planName(entry: Pick<PlanEntry, 'title' | 'period' | 'id'>): string {
  const period = entry.period
    ? entry.period.from === entry.period.to
      ? `${entry.period.from}年`
      : `${entry.period.from}—${entry.period.to}年`
    : '';
  const title = entry.title || entry.id;
  return `《${title}》${period && !title.includes(String(entry.period?.from)) ? `(${period})` : ''}`;
}
