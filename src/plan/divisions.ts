import { isSetOfUnits } from './is-set-of-units';
import type { Division } from './knowledge';
import type { Plan } from './model';
import { shortForms } from './short-forms';

// The division registry, derived from the plan: units named in responsibility notes and in the
// measures' text. A bureau division is a unit ending 处/室/科/股/中心/办公室, optionally prefixed 局; its
// canonical name drops the 局, its short form drops a final 处 (when ≥ 2 characters remain).
// Collectives (相关处室, 各处室(中心)) are not divisions. External units named in notes (市财政局) are kept
// as `external` entries so a plan of city departments still resolves; they get no 局/short aliases
// except their short forms (short-forms.ts). A short form two units could claim is neither's.

const COLLECTIVE = /^(各|相关|有关|其他|其余|其它|牵头|配合|所有|全体|本|该|每个|部分|涉及)/;
const PLACE_PREFIX = /^(市|省|县|区|国家|中央|自治区|镇|乡)/;
const DIVISION_SHAPE = /^局?[\u4e00-\u9fa5]{1,8}?(处|室|科|股|中心|办公室)$/;

export function isCollective(unit: string): boolean {
  return COLLECTIVE.test(unit) || /^(处室|部门|单位|科室)|处室|股室|科室/.test(unit) || unit.includes('、');
}

/** A bureau-internal division as written (`局教科文处`, `秘书处`, `办公室`), not a collective or outsider. */
export function isBureauDivision(unit: string): boolean {
  if (isCollective(unit) || PLACE_PREFIX.test(unit)) return false;
  if (!DIVISION_SHAPE.test(unit)) return false;
  // `财政局办公室` belongs to another bureau.
  return !unit.slice(1).includes('局');
}

export function canonicalName(unit: string): string {
  return isBureauDivision(unit) && unit.startsWith('局') && unit.length > 2 ? unit.slice(1) : unit;
}

function candidateAliases(name: string, external: boolean): string[] {
  if (external) return shortForms(name, true);
  const aliases = [`局${name}`];
  if (name.endsWith('处') && name.length - 1 >= 2) aliases.push(name.slice(0, -1));
  return [...aliases, ...shortForms(name, false)];
}

/** Every division and external unit the plan names, in order of first appearance. */
export function buildDivisions(plan: Plan): Division[] {
  const found: { name: string; external: boolean }[] = [];
  const add = (unit: string, fromNote: boolean) => {
    const u = unit.trim();
    if (!u || (isCollective(u) && !(fromNote && isSetOfUnits(u)))) return;
    const internal = isBureauDivision(u);
    if (!internal && !fromNote) return;
    const name = canonicalName(u);
    if (!found.some((f) => f.name === name)) found.push({ name, external: !internal });
  };
  for (const t of plan.tasks) for (const u of [...t.lead, ...t.support]) add(u, true);
  for (const m of plan.measures) for (const u of m.units) add(u, false);

  // One unit written with and without its level (`省住房城乡建设厅` and, further on, `住房城乡建设厅`): one unit of
  // the plan, named by its fuller name, the shorter one an alias of it — unless two fuller names could claim it.
  const fuller = (f: { name: string; external: boolean }) => {
    if (!f.external || PLACE_PREFIX.test(f.name)) return undefined;
    const claimants = found.filter(
      (g) => g.external && PLACE_PREFIX.test(g.name) && g.name.replace(PLACE_PREFIX, '') === f.name,
    );
    return claimants.length === 1 ? claimants[0] : undefined;
  };
  const merged = new Map<string, string[]>();
  for (const f of found) {
    const g = fuller(f);
    if (g) merged.set(g.name, [...(merged.get(g.name) ?? []), f.name]);
  }
  const claims = new Map<string, number>();
  const all = found
    .filter((f) => !fuller(f))
    .map((f) => ({
      ...f,
      aliases: [...new Set([...(merged.get(f.name) ?? []), ...candidateAliases(f.name, f.external)])],
    }));
  for (const d of all) for (const a of d.aliases) claims.set(a, (claims.get(a) ?? 0) + 1);
  const names = new Set(all.map((d) => d.name));
  return all.map((d) => {
    const aliases = d.aliases.filter((a) => claims.get(a) === 1 && !names.has(a));
    const shared = d.aliases.filter((a) => (claims.get(a) ?? 0) > 1 && !names.has(a));
    return {
      name: d.name,
      aliases,
      ...(d.external ? { external: true } : {}),
      ...(shared.length > 0 ? { shared } : {}),
    };
  });
}

export function normaliseName(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '')
    .replace(/^[@＠]/, '')
    .replace(/[的。.,，!！?？:：]+$/, '');
}

const HAN = /[\u4e00-\u9fa5]/;
/** A short form ending as a unit does (`社保科`, `人社局`) is a name of its own, found anywhere. */
const ORG_END = /(处|科|股|局|委|办|厅|部|院|室|中心)$/;
/** Around a short form (`社保`), a neighbouring character from these still reads as a boundary. */
const BEFORE_OK = '和与及、跟同给查看问请找把让由是';
const AFTER_OK = '的有负牵任什哪相和与及、等在也都是要还做管配协参主分';
/** Words after a short form that read as a boundary though their first character alone does not (`农环跟社保各管哪些`; not 跟踪). */
const AFTER_OK_WORD = /^(?:跟(?!踪|进|随)|各(?:自|管|负|牵))/;

/** Texts asked are user input too: the resolved names are dropped past this many. */
const RESOLVED_LIMIT = 5_000;

export interface DivisionMatcher {
  resolve(text: string): Division | undefined;
  find(text: string): Division[];
}

export function createDivisionMatcher(divisions: Division[]): DivisionMatcher {
  const terms: { term: string; division: Division; short: boolean; shared?: true }[] = [];
  for (const d of divisions) {
    terms.push({ term: d.name, division: d, short: false });
    for (const a of d.aliases)
      terms.push({ term: a, division: d, short: !a.endsWith(d.name) && a !== d.name && !ORG_END.test(a) });
    for (const a of d.shared ?? [])
      terms.push({ term: a, division: d, short: !ORG_END.test(a), shared: true });
  }
  // Longest first; of the same words, a division's own name before another's short form.
  const own = (t: { term: string; division: Division }) => (t.term === t.division.name ? 0 : 1);
  terms.sort((a, b) => b.term.length - a.term.length || own(a) - own(b));
  const exact = new Map<string, Division>();
  // A form several units share resolves to none of them; found in a text, it names them all.
  for (const t of terms) if (!t.shared && !exact.has(t.term)) exact.set(t.term, t.division);

  // Mostly the plan's own unit names, resolved again for every line that shows a task: kept per text.
  const resolved = new Map<string, Division | undefined>();
  const resolve = (text: string): Division | undefined => {
    if (resolved.has(text)) return resolved.get(text);
    const key = normaliseName(text);
    const division = exact.get(key) ?? (key.startsWith('局') ? exact.get(key.slice(1)) : undefined);
    if (resolved.size >= RESOLVED_LIMIT) resolved.clear();
    resolved.set(text, division);
    return division;
  };

  // The forms by their first character, in the order above: at each place of a text only those can start.
  const byFirst = new Map<string, typeof terms>();
  for (const t of terms) {
    const list = byFirst.get(t.term.charAt(0));
    if (list) list.push(t);
    else byFirst.set(t.term.charAt(0), [t]);
  }

  const find = (text: string): Division[] => {
    const s = normaliseName(text);
    const out: Division[] = [];
    for (let i = 0; i < s.length; ) {
      const hit = byFirst.get(s.charAt(i))?.find((t) => {
        if (!s.startsWith(t.term, i)) return false;
        // `责任科` is no unit in `责任科室`, nor `财政处` in `财政处室`.
        if (s[i + t.term.length] === '室' && /[处科]$/.test(t.term)) return false;
        if (!t.short) return true;
        const before = s[i - 1];
        const after = s[i + t.term.length];
        const okBefore = before === undefined || !HAN.test(before) || BEFORE_OK.includes(before);
        const okAfter =
          after === undefined ||
          !HAN.test(after) ||
          AFTER_OK.includes(after) ||
          AFTER_OK_WORD.test(s.slice(i + t.term.length));
        return okBefore && okAfter;
      });
      if (hit) {
        const named = hit.shared
          ? terms.filter((t) => t.term === hit.term).map((t) => t.division)
          : [hit.division];
        for (const d of named) if (!out.includes(d)) out.push(d);
        i += hit.term.length;
      } else i++;
    }
    return out;
  };
  return { resolve, find };
}
