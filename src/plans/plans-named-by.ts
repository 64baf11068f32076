import { shortPlanName } from '../plan/short-plan-name';
import { normalise } from '../text/normalise';
import type { PlanEntry } from './plan-entry';
import type { PlanRegistry } from './plan-registry';

// `方案 启用 河南省`: a plan named by any part of its title — its place or issuer, its year, its kind, or
// several of them (`河南2023`, `河南省重点工作`) — each found in the title or in its short name
// (short-plan-name.ts). Every plan that fits is returned: one is the plan meant, several are to be told apart.

/** Where a name's parts split: a year or period, and the kind of document. */
const PARTS =
  /(\d{4}(?:\s*[-—–~至到]\s*\d{4})?年?|重点工作|重点任务|工作要点|实施方案|行动方案|行动计划|任务分解表|责任分工|方案|规划|计划)/;

/** What a name may carry that says nothing of which plan: quotes, `的`, a closing `方案`. */
function bareName(word: string): string {
  return normalise(word)
    .replace(/[《》“”"「」]/g, '')
    .replace(/(的)?(方案|规划|计划|那份|那个)$/, '')
    .replace(/\s+/g, '')
    .trim();
}

export function plansNamedBy(word: string, registry: PlanRegistry): PlanEntry[] {
  const name = bareName(word);
  if ([...name].length < 2) return [];
  const parts = name
    .split(PARTS)
    .map((p) => p.replace(/年$/, ''))
    .filter((p) => [...p].length >= 2);
  if (parts.length === 0) return [];
  return registry.list().filter((entry) => {
    const known = [normalise(entry.title), shortPlanName(entry.title, entry.period), entry.id].join(' ');
    return known.includes(name) || parts.every((p) => known.includes(p));
  });
}
