import { fiveYearName } from '../plan/five-year-name';
import { normalise } from '../text/normalise';
import { NEWER_PLAN, OLDER_PLAN, RELATIVE_PLAN } from '../understand/grammar';
import { planByTitleWords } from './plan-by-title-words';
import type { PlanEntry } from './plan-entry';
import type { PlanRegistry } from './plan-registry';
import { plansNamedBy } from './plans-named-by';

// A question may name the plan it asks about: `十四五方案里古城项目群谁牵头`, `十四五那个方案里指标4是什么`,
// `2021-2025方案中…`,
// `方案 2021-2025 任务 企金处`, `《…实施方案》里…`. The plan is found and its mention cut out of the text.

const TAIL = '(?:的)?(?:实施方案|方案|规划|计划)?(?:里面|当中|里|中|内|上)?(?:的)?';
const TAIL_PATTERN = new RegExp(`^${TAIL}`);

/** Every form below holds one of these: most messages name no plan and are passed over at once. */
const MAY_NAME_A_PLAN = /方案|规划|计划|《|十[一二三四五六七八九]?五|\d{4}\s*[-—–~至到]\s*\d{4}/;

const SWITCHING = /^方案\s*(?:启用|切换|use)(?:\s|$)/;

/** What may follow a plan's name in a name on its own (`方案 启用 十五五规划`). */
const NAME_TAIL = '(?:年)?(?:时期)?(?:的)?(?:实施方案|方案|规划|计划)?';

interface NamePatterns {
  name: string;
  /** The command form: `方案 <编号> <问题>`. */
  command: RegExp;
  /** In a question: the name followed by 方案/规划 (a bare year range could be any period). */
  inline: RegExp;
  /**
   * A target written with its plan: `十四五3.3`, `2021-2025/3.3`, `2021—2025年 3.3`, `十四五指标3`,
   * `十四五 目标4` (the target is kept).
   */
  qualified: RegExp;
  /** The name standing alone: `十五五`, `2026—2030`, `“十五五”规划`. */
  alone: RegExp;
  /**
   * A five-year name opening a question without 方案 (`十五五主要目标讲了啥`, `十四五时期的重点任务`, `十四五 农环处管啥`,
   * `那十四五里教育现代化呢`): it names the plan of that period as the question's first words (a bare year range
   * could be any period).
   */
  opening?: RegExp;
  /** A five-year name with 里/中 anywhere in a question (`教育现代化在十四五里谁牵头`): that period's plan. */
  within?: RegExp;
}

interface PlanNames {
  patterns: NamePatterns[];
  /**
   * `《title》` as a question is read (half-width brackets, simplified characters), with its period
   * (`(2026—2030年)`) and without.
   */
  titles: string[];
}

/** Built once per plan (an entry is never changed; a re-read plan is a new entry). */
const namesOf = new WeakMap<PlanEntry, PlanNames>();

function planNames(entry: PlanEntry): PlanNames {
  let names = namesOf.get(entry);
  if (!names) {
    const fiveYear = fiveYearName(entry);
    const ids = [entry.id.replace(/-/g, '[-—–~至到]'), fiveYear].filter((n): n is string => !!n);
    const full = entry.title ? normalise(entry.title) : '';
    names = {
      patterns: ids.map((name) => ({
        name,
        command: new RegExp(`^方案\\s*[“"「]?${name}[”"」]?\\s+(\\S.*)$`),
        inline: new RegExp(
          `(?:在|按|根据)?[“"「]?${name}(?:年)?[”"」]?(?:时期)?(?:的)?(?:那个|那份|这个|这份)?(?:实施方案|方案|规划|计划)(?:里面|当中|里|中|内|上)?(?:的)?(?![五])`,
        ),
        qualified: new RegExp(
          `(?<![\\d十])[“"「]?${name}(?:年)?[”"」]?(?:时期)?(?:的)?\\s*[/／·]?\\s*(?=(指标\\s*\\d{1,2}(?:-\\d{1,2})?|目标\\s*\\d{1,2}|\\d{1,2}(?:\\.\\d{1,2})*)(?![\\d.%％个年月日号项万亿元天次/／-]))`,
        ),
        alone: new RegExp(`^[“"「]?${name}[”"」]?${NAME_TAIL}$`),
        ...(name === fiveYear
          ? {
              opening: new RegExp(
                `^(?:那么?|那在|在)?[“"「]?${name}[”"」]?(?:时期|期间)?(?:里面|当中|里|中)?(?:的)?\\s*(?=[\u4e00-\u9fa5])(?![五])`,
              ),
              within: new RegExp(
                `(?:在|那)?[“"「]?${name}[”"」]?(?:时期|期间)?(?:里面|当中|里|中)(?:的)?(?![五])`,
              ),
            }
          : {}),
      })),
      titles: [...new Set([full, full.replace(/\s*\([^()]*\d{4}[^()]*\)\s*$/, '')])]
        .filter(Boolean)
        .map((t) => `《${t}》`),
    };
    namesOf.set(entry, names);
  }
  return names;
}

/** Whether the plan has the target written after its name: a task (`3.3`), an indicator (`指标5-2`) or a goal. */
function hasTarget(entry: PlanEntry, written: string): boolean {
  const [, kind, number] = /^(指标|目标)?\s*(\S+)$/.exec(written) ?? [];
  if (!number) return false;
  if (kind === '指标')
    return !!entry.knowledge.indicatorByRef(number) || entry.knowledge.indicatorsByNumber(number).length > 0;
  if (kind === '目标') return entry.plan.goals.some((g) => String(g.index) === number);
  return !!entry.knowledge.taskById(number);
}

/** `新方案`, `旧方案`, `上一个方案`, `当前方案`: a plan by where it stands among the plans, by period. */
function relativePlan(word: string, registry: PlanRegistry, current: PlanEntry): PlanEntry | undefined {
  const plans = registry.list();
  const from = (e: PlanEntry) => e.period?.from ?? Number.NEGATIVE_INFINITY;
  if (NEWER_PLAN.test(word)) return [...plans].sort((a, b) => from(b) - from(a))[0];
  if (OLDER_PLAN.test(word)) {
    const start = from(current);
    const before = plans.filter((e) => e !== current && (e.period?.to ?? Number.NEGATIVE_INFINITY) < start);
    if (before.length > 0) return before.sort((a, b) => from(b) - from(a))[0];
    const at = plans.indexOf(current);
    return at > 0 ? plans[at - 1] : undefined;
  }
  return current;
}

export function namedPlan(
  text: string,
  registry: PlanRegistry,
  current?: PlanEntry,
  /** A question, not a command: words of a plan's title before 方案 name it (a progress note may say 方案). */
  question = true,
): { entry: PlanEntry; rest: string } | undefined {
  if (!MAY_NAME_A_PLAN.test(text)) return undefined;
  // `方案 启用 十五五方案`: the plan named is the command's argument, not the plan the message is about.
  if (SWITCHING.test(text)) return undefined;
  const relative = current ? RELATIVE_PLAN.exec(text) : null;
  if (relative && current) {
    const entry = relativePlan(relative[1] as string, registry, current);
    if (entry)
      return {
        entry,
        rest: `${text.slice(0, relative.index)}${text.slice(relative.index + relative[0].length)}`.trim(),
      };
  }
  for (const entry of registry.list()) {
    const { patterns, titles } = planNames(entry);
    for (const {
      name,
      command: commandForm,
      inline: inlineForm,
      qualified,
      opening: openingForm,
      within: withinForm,
    } of patterns) {
      const command = commandForm.exec(text);
      if (command) return { entry, rest: command[1]!.trim() };
      const task = qualified.exec(text);
      if (task && hasTarget(entry, task[1]!))
        return {
          entry,
          rest: `${text.slice(0, task.index)}${text.slice(task.index + task[0].length)}`.trim(),
        };
      const inline = inlineForm.exec(text);
      if (inline && !(name === '十五' && /十五五/.test(text)))
        return {
          entry,
          rest: `${text.slice(0, inline.index)}${text.slice(inline.index + inline[0].length)}`.trim(),
        };
      const opening = openingForm?.exec(text);
      if (opening) return { entry, rest: text.slice(opening[0].length).trim() };
      const within = withinForm?.exec(text);
      if (within)
        return {
          entry,
          rest: `${text.slice(0, within.index)}${text.slice(within.index + within[0].length)}`.trim(),
        };
    }
    for (const title of titles) {
      const at = text.indexOf(title);
      if (at >= 0) {
        const after = TAIL_PATTERN.exec(text.slice(at + title.length))?.[0] ?? '';
        return {
          entry,
          rest: `${text.slice(0, at)}${text.slice(at + title.length + after.length)}`.trim(),
        };
      }
    }
  }
  return question ? planByTitleWords(text, registry) : undefined;
}

/**
 * The plan a name on its own stands for, as people type it: its id (`2026-2030`, `2026—2030`), its
 * five-year name (`十五五`), either with 年/方案/规划 after it, its title (`《…》`), or a part of its title that
 * fits no other plan (`河南省`, plans-named-by.ts; `共富方案`, plan-by-title-words.ts).
 */
export function planByName(word: string, registry: PlanRegistry): PlanEntry | undefined {
  const text = normalise(word).trim();
  const exact = registry.byId(text);
  if (exact) return exact;
  for (const entry of registry.list()) {
    const { patterns, titles } = planNames(entry);
    if (patterns.some((p) => p.alone.test(text))) return entry;
    const bare = text.replace(/^《?/, '《').replace(/》?$/, '》');
    if (titles.includes(bare)) return entry;
  }
  // Any distinctive part of its title (`河南省`): the one plan it fits.
  const fit = plansNamedBy(text, registry);
  if (fit.length === 1) return fit[0];
  // Words of its title before 方案, its terms shortened (`共富方案`: 共同|富裕).
  const byWords = /方案$/.test(text) ? planByTitleWords(text, registry) : undefined;
  return byWords && !byWords.rest ? byWords.entry : undefined;
}
