import { createDivisionMatcher, normaliseName } from '../plan/divisions';
import type { Division, PlanKnowledge } from '../plan/knowledge';
import type { Task } from '../plan/model';
import { termAbbreviated } from '../plan/term-abbreviated';

// A plan's knowledge as the bureau's roster of divisions stands now: the plan's own divisions, those other
// plans name (records made on them carry their names), those added beyond any plan (处室 添加), and new
// names (处室 改名) — under which everything recorded under an old name is found, and by which an old name
// still resolves. Where two divisions claim the same word, the plan in use wins.

export interface DivisionSettings {
  divisions: readonly { name: string; aliases: string[] }[];
  renames: Readonly<Record<string, string>>;
}

export function withDivisions(
  base: PlanKnowledge,
  settings: DivisionSettings,
  otherPlans: readonly Division[] = [],
): PlanKnowledge {
  const { renames } = settings;
  if (settings.divisions.length === 0 && Object.keys(renames).length === 0 && otherPlans.length === 0)
    return base;
  const now = (name: string) => renames[name] ?? name;
  const oldNames = (name: string) => Object.keys(renames).filter((old) => renames[old] === name);

  const divisions: Division[] = [];
  const add = (d: Division) => {
    const existing = divisions.find((x) => x.name === d.name);
    if (existing) {
      for (const a of d.aliases)
        if (!existing.aliases.includes(a) && a !== existing.name) existing.aliases.push(a);
    } else divisions.push({ ...d, aliases: [...d.aliases] });
  };
  for (const d of base.divisions) {
    const name = now(d.name);
    add({ ...d, name, aliases: name === d.name ? d.aliases : [d.name, ...d.aliases] });
  }
  // A plan whose units are all outside bodies knows no division of the bureau by a short form.
  const outsiders = base.divisions.length > 0 && base.divisions.every((d) => d.external);
  for (const d of otherPlans) {
    if (d.external) continue;
    const name = now(d.name);
    // Another plan's short forms only where no division of the plan in use claims them.
    const free = outsiders ? [] : d.aliases.filter((a) => !base.resolveDivision(a));
    add({ name, aliases: name === d.name ? free : [d.name, ...free] });
  }
  // Another plan's short form that abbreviates a term of the plan in use (内审 of 内部审计) is that term here.
  for (const d of divisions) d.aliases = d.aliases.filter((a) => !termAbbreviated(a, base.plan));
  for (const d of settings.divisions) add({ name: now(d.name), aliases: d.aliases });
  for (const [old, name] of Object.entries(renames)) {
    const target = divisions.find((x) => x.name === name);
    if (target && !target.aliases.includes(old)) target.aliases.push(old);
  }

  const exact = new Map<string, Division>();
  // A division's own name is its own whatever another's short form (社保处 of the 2021—2025 plan is no
  // short form of the plan in use's 社保审计处); then short forms in the order divisions were added (the
  // plan in use first): the first claim stands.
  for (const d of divisions) if (!exact.has(d.name)) exact.set(d.name, d);
  for (const d of divisions) for (const term of d.aliases) if (!exact.has(term)) exact.set(term, d);
  const resolveDivision = (text: string): Division | undefined => {
    const key = normaliseName(text);
    const own = exact.get(key) ?? (key.startsWith('局') ? exact.get(key.slice(1)) : undefined);
    if (own) return own;
    const fromPlan = base.resolveDivision(text);
    return fromPlan ? divisions.find((d) => d.name === now(fromPlan.name)) : undefined;
  };
  // Every name and short form at once, the plan in use's first: a longer name wins where two start
  // (`投资科` of the plan in use before another plan's `投资`), each read with its boundaries.
  const findDivisions = createDivisionMatcher(divisions).find;
  const across = (fn: (name: string) => Task[]) => (division: string) => {
    const name = resolveDivision(division)?.name ?? division;
    const tasks = [name, ...oldNames(name)].flatMap((n) => fn(n));
    return [...new Set(tasks)];
  };
  return {
    ...base,
    divisions,
    resolveDivision,
    findDivisions,
    tasksLedBy: across(base.tasksLedBy),
    tasksSupportedBy: across(base.tasksSupportedBy),
    tasksSupportedCollectivelyBy: across(base.tasksSupportedCollectivelyBy),
    targetsRelatedTo(division) {
      const name = resolveDivision(division)?.name ?? division;
      const parts = [name, ...oldNames(name)].map((n) => base.targetsRelatedTo(n));
      const rename = <T extends { relations: { division: string }[] }>(xs: T[]) =>
        xs.map((x) => ({ ...x, relations: x.relations.map((r) => ({ ...r, division: now(r.division) })) }));
      return {
        goals: rename(parts.flatMap((p) => p.goals)),
        indicators: rename(parts.flatMap((p) => p.indicators)),
      };
    },
  };
}
