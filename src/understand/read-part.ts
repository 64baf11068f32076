import type { Division } from '../plan/knowledge';
import { wordBounds } from '../text/word-bounds';
import { aboutSubject, subjectOf } from './about-subject';
import { correctTypos } from './correct-typos';
import {
  AND,
  ASKING_OWNS,
  ASKS_CONTENT,
  ASKS_LEADER,
  ASKS_MENTION,
  ASKS_OWNS,
  ASKS_PART,
  ASKS_PERSON,
  ASKS_PROGRESS,
  ASKS_REPORT,
  ASKS_SUPPORT,
  ASKS_TARGET,
  ASKS_TIME,
  ASKS_UNDER,
  ASKS_UNIT_PART,
  ASKS_WHO,
  ASKS_YES_NO,
  DOCUMENT,
  EXCEPT,
  EXCEPT_WHO,
  FINISHING,
  LOOKS_LIKE_QUESTION,
  MENTION_WORDS,
  OR,
  OWNS_TAIL,
  PARTICLES,
  ROLE_WORDS,
  SAYS_LEAD,
  SEPARATELY,
  SUPPORT_PHRASE,
  TARGET_NOUNS,
} from './grammar';
import { indicatorColumnAsk } from './indicator-column-ask';
import { leaderAsked } from './leader-asked';
import { leaderOfSubject } from './leader-of-subject';
import { leaderYesNo } from './leader-yes-no';
import { numeralValue } from './numeral-value';
import type { PlanRef } from './plan-ref';
import { readRef } from './read-ref';
import type { Ask, ReadContext, SubjectEvidence } from './reading';
import { resolveRef } from './resolve-ref';
import { stripQuestionWords } from './strip-question-words';
import { taskByHeading } from './task-by-heading';
import { taskEvidence } from './task-evidence';

// One question → what it asks, with its slots. The order is the grammar's: a number first (`3.2谁配合`),
// then a list of one kind (`保障措施有哪些`), a role (`组长是谁`), divisions (yes/no, either/or, what they
// do), whether the plan mentions something, who leads or co-operates, a figure, else words to look for.

/** Words people put before what they ask (`说说1.2`, `麻烦发一下…`, `看下二(二)3`, `帮我调出1.1`, `把第1项…`). */
const LEAD_IN =
  /^(?:嗯+|呃+|那个|就是说|就是|请问|想问一下|想问下|问一下|问下|我想知道|想知道|麻烦|帮我|帮忙|请|给我|说说|讲讲|说一下|讲一下|说下|讲下|说一说|讲一讲|看下|看看|看一下|查下|查查|查一下|发一下|发下|调出|调一下|调下|把|那么|那|再看看|再看下)+\s*/;
/**
 * What may follow a number in a question about it, once question words are cut: units in general among them
 * (`第二项配合的有哪些厅`, `…哪些局`), where in it (`二（二）里都有啥`, `（三）中有哪些`), and its items (`第3项下面
 * 两个小项分别谁牵头`).
 */
const ONLY_ASKING = new RegExp(
  `^(?:[\\s任务项条号节部分的是这该一个其它些东西么了要?!。,、:给我看处室部门单位科厅局委办由归有里中都来两几各发${PARTICLES}]|措施|举措|事项|工作|项目|内容|小项|子项|细项|分项|分别)*$`,
);
const LIST =
  /^(?:这个|本|该|全部|所有|都|一共|主要|重点|预期|工作|审计|总体|具体|各项|整个|方案|规划|计划|要点|里面|里|中|的)*(目标|指标|目标指标|目标和指标|目标与指标|保障措施|措施|重点任务|主要任务|任务|处室|部门)$/;
const LIST_OF: Record<string, Extract<Ask, { kind: 'list' }>['of']> = {
  目标: 'targets',
  目标指标: 'targets',
  目标和指标: 'targets',
  目标与指标: 'targets',
  指标: 'indicators',
  保障措施: 'measures',
  措施: 'measures',
  重点任务: 'tasks',
  主要任务: 'tasks',
  任务: 'tasks',
  处室: 'divisions',
  部门: 'divisions',
};

/** The text once the reference's own asking words are cut: empty when only asking is left. */
export function leftOver(rest: string): string {
  // `3.1什么时候完成`: the time asked and the finishing verb asked with it, before 什么 is cut alone.
  const timed = ASKS_TIME.test(rest)
    ? rest.replace(new RegExp(ASKS_TIME.source, 'g'), ' ').replace(FINISHING, ' ')
    : rest;
  const asking = stripQuestionWords(timed)
    .replace(new RegExp(ASKS_CONTENT.source, 'g'), ' ')
    .replace(new RegExp(ASKS_SUPPORT.source, 'g'), ' ')
    .replace(new RegExp(ASKS_WHO.source, 'g'), ' ')
    .replace(new RegExp(ASKS_UNDER.source, 'g'), ' ');
  return stripQuestionWords(asking).trim();
}

/** A heading named by its title words (`深化财政审计`, `建设创新型城市`), when the text holds most of one. */
function sectionByTitle(words: string, ctx: RefContext): PlanRef | undefined {
  // Titles and words alike without spacing, punctuation, a count in brackets (`养老托育（3项）`) or a 有.
  const plain = (t: string) => t.replace(/[(（][^()（）]*[)）]|[\s、,，.。:：有]/g, '');
  const bare = plain(words);
  if ([...bare].length < 4) return undefined;
  const found = ctx.lexicon.plan.sections.filter((s) => {
    const title = plain(s.title);
    return title.length >= 4 && (bare.includes(title) || title.includes(bare));
  });
  // The innermost heading that matches (a part's title may hold its section's words).
  const best = found.sort((a, b) => a.taskIds.length - b.taskIds.length)[0];
  if (!best) return undefined;
  const tasks = best.taskIds.flatMap((id) => {
    const t = ctx.knowledge.taskById(id);
    return t ? [t] : [];
  });
  if (tasks.length === 1) return { task: tasks[0]! };
  return { section: best.clause, tasks, title: best.title, number: best.number };
}

type RefContext = Pick<ReadContext, 'lexicon' | 'knowledge'> & Partial<Pick<ReadContext, 'search'>>;

/**
 * The words after a number with a typo of a question word read as that word (`3.2谁牵投`: 牵头), when a
 * search is at hand to tell the plan's words; else as typed.
 */
function askingTyposRead(rest: string, ctx: RefContext): string {
  const left = leftOver(rest);
  if (!ctx.search || ONLY_ASKING.test(left)) return rest;
  const corrected = correctTypos(left, left.split(/\s+/), ctx.lexicon, ctx.search.spread);
  if (!corrected) return rest;
  let out = rest;
  for (const { typed, read } of corrected.corrections) out = out.replace(typed, read);
  return out;
}

/** A task, heading or measure named by its number, when nothing but asking follows (`任务 3.2`, `（八）谁负责`). */
export function planRefOf(text: string, ctx: RefContext): PlanRef | undefined {
  const ask = refAsk(text, ctx);
  return ask?.kind === 'ref' ? ask.ref : undefined;
}

/** A task, heading or measure named by its number, with what is asked of it (`5推进情况`, `3什么时候完成`). */
export function planAskOf(text: string, ctx: RefContext): Extract<Ask, { kind: 'ref' }> | undefined {
  const ask = refAsk(text, ctx);
  return ask?.kind === 'ref' ? ask : undefined;
}

/** Words that name the safeguards part (`保障措施第（二）条`), whatever its heading says. */
const SAFEGUARDS = /^(?:保障措施|保障机制|组织保障|工作保障|措施)/;
/** Words that name the part holding the tasks (`重点任务（五）`). */
const TASK_PART = /^(?:重点任务|主要任务|工作任务|任务)/;

/**
 * `重点任务（五）`, `保障措施第（二）条`, `优化人才发展生态（二）`: a part named by its heading (or by the words
 * people use for the tasks or the safeguards part) before a section number reads as that part's numeral,
 * `二（五）`, `四（二）`.
 */
function partByName(text: string, ctx: RefContext): string {
  // `二、重点任务（二）`, `第二部分重点任务（二）`: the part's numeral said before its name is the same part.
  const typed = PART_NUMBER.exec(text);
  if (typed) {
    const rest = text.slice(typed[0].length);
    const named = partNamed(rest, ctx);
    if (named !== rest && named.match(/^[一二三四五六七八九十]+/)?.[0] === typed[1]) return named;
  }
  return partNamed(text, ctx);
}

/** A part's numeral as people write it before the part's name: `二、`, `第二部分`. */
const PART_NUMBER = /^(?:第\s*)?([一二三四五六七八九十]{1,3})\s*(?:[、.．]|部分)\s*/;

function partNamed(text: string, ctx: RefContext): string {
  const { plan } = ctx.lexicon;
  const numbered = /^(?:的)?\s*(?:第\s*)?[(（]/;
  const swap = (m: RegExpExecArray | null, part: string | undefined) =>
    m && part && numbered.test(text.slice(m[0].length))
      ? `${part}${text.slice(m[0].length).replace(/^的/, '')}`
      : undefined;
  const measurePart = plan.measures[0]?.clause.match(/^[一二三四五六七八九十]+/)?.[0];
  const bySafeguards = swap(SAFEGUARDS.exec(text), measurePart);
  if (bySafeguards) return bySafeguards;
  const byTasks = swap(TASK_PART.exec(text), ctx.lexicon.taskPart || undefined);
  if (byTasks) return byTasks;
  for (const s of plan.sections) {
    if (!/^[一二三四五六七八九十]+$/.test(s.clause) || [...s.title].length < 4 || !text.startsWith(s.title))
      continue;
    const bySection = swap(
      new RegExp(`^${s.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(text),
      s.clause,
    );
    if (bySection) return bySection;
  }
  return text;
}

const MEASURE_NUMBER = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
/** `措施2`, `保障措施第二条`, `第二项保障措施`, `第3条措施`: a safeguard measure by its place among them. */
const MEASURE_BY_NUMBER = [
  new RegExp(`^(?:保障)?(?:措施|举措)\\s*(?:第\\s*)?${MEASURE_NUMBER}\\s*(?:条|项|个|点)?`),
  new RegExp(`^第\\s*${MEASURE_NUMBER}\\s*(?:条|项|个|点)\\s*(?:的)?\\s*(?:保障)?(?:措施|举措)`),
];

/** A safeguard measure by its number, when the plan has them and nothing but asking follows. */
function measureAsk(text: string, ctx: RefContext): Ask | undefined {
  const { measures } = ctx.lexicon.plan;
  if (measures.length === 0) return undefined;
  const t = text.replace(LEAD_IN, '').trim();
  for (const pattern of MEASURE_BY_NUMBER) {
    const m = pattern.exec(t);
    if (!m || !ONLY_ASKING.test(leftOver(t.slice(m[0].length)))) continue;
    const n = numeralValue(m[1] as string);
    const measure = measures.find((x) => x.index === n);
    return { kind: 'ref', ref: measure ? { measure } : { missing: m[0].trim() }, wants: 'card' };
  }
  return undefined;
}

/** `下有哪些指标`, `里面的指标`: what stands under a goal just numbered. */
const UNDER_TARGET = /^(?:下面|底下|之下|下|里面|里|中)/;

/** `那个`, `这项`, `那一条` right after a number: the item just numbered. */
const POINTS_BACK = /^(?:那|这)一?(?:个|项|条|件)/;

/** A number at the start (after lead-in words) and nothing but asking after it. */
function refAsk(text: string, ctx: RefContext): Ask | undefined {
  const measure = measureAsk(text, ctx);
  if (measure) return measure;
  const read = readRef(partByName(text.replace(LEAD_IN, ''), ctx));
  if (!read) return undefined;
  const { ref: words } = read;
  // `序号3那个是干啥的`: 那个/这个 right after the number points back at it.
  const rest = askingTyposRead(read.rest.replace(POINTS_BACK, ''), ctx);
  if (words.kind === 'target') {
    // `目标5下有哪些指标`, `指标4的目标值是多少`: a target's card shows the indicators under it and its figures,
    // so asking for them asks for the card (read as typed too: the figure's words are no typos to correct).
    const asked = (r: string) =>
      ONLY_ASKING.test(
        leftOver(r.replace(UNDER_TARGET, ' ').replace(TARGET_NOUNS, ' ').replace(/多少/g, ' ')),
      );
    return asked(rest) || asked(read.rest.replace(POINTS_BACK, ''))
      ? { kind: 'target-ref', target: words.target, ref: words.ref }
      : undefined;
  }
  const leader = ASKS_LEADER.test(rest);
  // `第6项上半年进展`, `任务5推进情况`: how it is going, not when it is due.
  const progress = !leader && !ASKS_TIME.test(rest) && ASKS_PROGRESS.test(rest);
  const asking = leader ? ASKS_LEADER : progress ? ASKS_PROGRESS : undefined;
  const left = leftOver(asking ? rest.replace(new RegExp(asking.source, 'g'), ' ') : rest);
  const ref = resolveRef(words, ctx.lexicon, ctx.knowledge);
  if (!ref) return undefined;
  const wants = leader
    ? 'leader'
    : ASKS_SUPPORT.test(rest)
      ? 'support'
      : ASKS_TIME.test(rest)
        ? 'time'
        : progress
          ? 'progress'
          : 'card';
  // `第三条` where the plan numbers by 1. or （三）, `第二个` with no list just shown: read by the plan's
  // numbering, and said so.
  const otherNumbering =
    words.kind === 'own' &&
    ((words.form === 'article' && !ctx.lexicon.forms.some((f) => f.form === 'article')) ||
      /个/.test(words.written))
      ? { readAs: words.written }
      : {};
  if (ONLY_ASKING.test(left)) return { kind: 'ref', ref, wants, ...otherNumbering };
  // `四、保障措施有哪些`: the safeguards part by its number and its name.
  if ('measures' in ref && /^(?:保障)?(?:措施|机制)?$|^保障/.test(left.replace(/\s+/g, '')))
    return { kind: 'ref', ref, wants };
  // `（二）深化财政审计有哪些任务`, `三、扩大产品供给下面有哪些任务`: the number with its heading's words.
  if ('section' in ref || 'task' in ref) {
    const titled = sectionByTitle(left, ctx);
    if (titled) return { kind: 'ref', ref: titled, wants };
  }
  return undefined;
}

/** The role asked and its holder, longest role first (`专班组长` before `组长`). */
function roleAsk(text: string, ctx: ReadContext): Ask | undefined {
  if (!ASKS_PERSON.test(text) && !ROLE_WORDS.test(text)) return undefined;
  const roles = ctx.knowledge.plan.measures.flatMap((m) => m.roles.map((r) => ({ ...r, measure: m.index })));
  const role = roles.filter((r) => text.includes(r.role)).sort((a, b) => b.role.length - a.role.length)[0];
  return role ? { kind: 'role', role: role.role, holder: role.holder, measure: role.measure } : undefined;
}

interface Mention {
  from: number;
  to: number;
  division: Division;
}

/** The level of government typed before a unit's name (`区财政局`, `市审计局`). */
const LEVEL = /[省市区县]/;

/** Where the text names divisions, longest name first, without overlaps, in order. */
function mentionsOf(text: string, divisions: readonly Division[]): Mention[] {
  const names = divisions
    .flatMap((division) => [division.name, ...division.aliases].map((name) => ({ name, division })))
    .sort((a, b) => b.name.length - a.name.length);
  const taken = new Uint8Array(text.length);
  const out: Mention[] = [];
  for (const { name, division } of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (taken.subarray(at, at + name.length).some((x) => x === 1)) continue;
      // `归区财政局` for the plan's 财政局: the level typed before a unit's name is part of how it is said.
      const from = at > 0 && LEVEL.test(text[at - 1] as string) && !taken[at - 1] ? at - 1 : at;
      taken.fill(1, from, at + name.length);
      out.push({ from, to: at + name.length, division });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/** The text with some mentions cut out (each replaced by a space). */
function without(text: string, cut: readonly Mention[]): string {
  let out = text;
  for (const m of [...cut].sort((a, b) => b.from - a.from))
    out = `${out.slice(0, m.from)} ${out.slice(m.to)}`;
  return out;
}

/** Words between a unit and `还是` that belong to the choice (`教科文处负责还是社保处负责`). */
const BESIDE = /^[\s是由归属于的负责牵头管配合来、]*$/;

/**
 * A unit's name as typed (`税务局`, `区农业农村局`, `财政处`), the plan's or not; before 还是 it may follow the
 * question it completes (`数字政府建设是谁牵头，财政处还是投资处`).
 */
const UNIT_AFTER = /^[\s是由归属于]*([\u4e00-\u9fa5]{1,10}?(?:委员会|管委会|政府|中心|局|厅|委|办|处))/;
const UNIT_BEFORE =
  /(?:是|由|归|属于|[，,]\s*)([\u4e00-\u9fa5]{1,10}?(?:委员会|管委会|政府|中心|局|厅|委|办|处))[是由归的负责牵头管来]*$/;

/** Whether the characters of `short` stand in `long` in their order (`人社局` in 人力资源社会保障局). */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const c of short) {
    at = long.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * A unit typed beside 还是 that the plan does not name (`财政局还是税务局` where only 市财政局 is named): asked
 * about all the same, as a unit outside the plan. Never one that could be a short form of a unit the plan
 * names (`人社局`, `工信局`): which unit that is, is not guessed.
 */
function unitOutside(name: string | undefined, ctx: ReadContext, from: number): Mention | undefined {
  if (!name || ctx.knowledge.findDivisions(name).length > 0) return undefined;
  const named = ctx.knowledge.divisions.flatMap((d) => [d.name, ...d.aliases]);
  const bare = name.replace(/^[省市区县]/, '');
  if (named.some((n) => inOrder(bare, n) || inOrder(n.replace(/^[省市区县]/, ''), bare))) return undefined;
  return { from, to: from + name.length, division: { name, aliases: [], external: true } };
}

/** A unit typed as the one asked of (`是商务局负责吗`), before what a yes/no ends on. */
const UNIT_ASKED =
  /(?:是|由|归|属于|有没有|有)([\u4e00-\u9fa5]{1,10}?(?:委员会|管委会|政府|中心|局|厅|委|办))(?=[的事儿负责牵头管配合来参与]*(?:吗|吧|不|么)?[??]?$)/;

/**
 * `外贸进出口是商务局负责吗` where the plan never names 商务局: a yes/no about a unit outside the plan (never one
 * that could be a short form of the plan's units); the reply says 不是 only where the plan names every unit.
 */
function outsideYesNo(text: string, ctx: ReadContext): Ask | undefined {
  const typed = UNIT_ASKED.exec(text);
  const name = typed?.[1];
  const unit =
    typed && name ? unitOutside(name, ctx, typed.index + typed[0].length - name.length) : undefined;
  if (!unit || !ASKS_YES_NO.test(without(text, [unit]))) return undefined;
  const asked = divisionAsk(text, [unit.division], ctx);
  return asked?.kind === 'yes-no' ? { ...asked, unlisted: true } : undefined;
}

/** `…财政处还是投资处`: the units on either side of 还是 (one after another), not a unit inside the subject. */
function choiceOf(text: string, mentions: readonly Mention[], ctx: ReadContext): Mention[] {
  const or = OR.exec(text);
  if (!or) return [];
  const typedBefore = UNIT_BEFORE.exec(text.slice(0, or.index));
  const before =
    [...mentions].reverse().find((m) => m.to <= or.index && BESIDE.test(text.slice(m.to, or.index))) ??
    unitOutside(
      typedBefore?.[1],
      ctx,
      typedBefore ? or.index - typedBefore[0].length + typedBefore[0].indexOf(typedBefore[1] as string) : 0,
    );
  const after: Mention[] = [];
  let from = or.index + or[0].length;
  for (const m of mentions) {
    if (m.from < from) continue;
    const between = text.slice(from, m.from);
    if (!BESIDE.test(between.replace(new RegExp(OR.source, 'g'), ''))) break;
    after.push(m);
    from = m.to;
  }
  if (after.length === 0) {
    const typed = UNIT_AFTER.exec(text.slice(from));
    const outside = unitOutside(typed?.[1], ctx, from + (typed?.[0].length ?? 0) - (typed?.[1]?.length ?? 0));
    if (outside) after.push(outside);
  }
  return before && after.length > 0 ? [before, ...after] : [];
}

/** A name typed as a unit's (`财政处`, `区税务局`): two characters at least before what makes it one. */
const UNIT_NAME = /^[省市区县]?[\u4e00-\u9fa5]{2,10}(?:委员会|管委会|中心|处|局|厅|委|办)$/;
/** Words that point or ask (`哪个处`, `这个处`, `各处`, `相关处`): never a unit's own name. */
const NOT_A_NAME = /[哪谁这那该本各其我咱他她它啥么]|什么|相关|有关/;
/** What joins the units of a list (`财政处和社保处`, `财政处、社保处`, `财政处跟社保处`). */
const UNIT_JOIN = /以及|还有|[和与及跟同、,，\s]/;

/**
 * `财政处和社保处分别管哪项`, `财政处管什么`: the units a question about what units do opens with, in the order
 * typed — the plan's (its names and short forms) and names typed as a unit's that the plan never names — when
 * nothing but asking what they do follows. A name that could be a short form of the plan's unit is not read.
 */
function unitsAsked(
  text: string,
  ctx: ReadContext,
): { divisions: Division[]; unlisted: string[] } | undefined {
  const typed = text.replace(LEAD_IN, '').replace(/[\s??。!！]+$/, '');
  const mentions = mentionsOf(typed, ctx.knowledge.findDivisions(typed));
  for (let end = 1; end < typed.length; end += 1) {
    if (mentions.some((m) => m.from < end && m.to > end)) continue;
    const tail = typed.slice(end);
    if (!OWNS_TAIL.test(tail) || !ASKING_OWNS.test(tail)) continue;
    const units = unitsIn(typed.slice(0, end), mentions, ctx);
    if (!units) continue;
    return units;
  }
  return undefined;
}

/** The units a text is made of, each the plan's (a mention) or a name typed as a unit's, joined by 和, 、 and the like. */
function unitsIn(
  head: string,
  mentions: readonly Mention[],
  ctx: ReadContext,
): { divisions: Division[]; unlisted: string[] } | undefined {
  const divisions: Division[] = [];
  const unlisted: string[] = [];
  let at = 0;
  const gap = (to: number): boolean => {
    for (const piece of head.slice(at, to).split(UNIT_JOIN)) {
      if (!piece) continue;
      if (!UNIT_NAME.test(piece) || NOT_A_NAME.test(piece)) return false;
      const outside = unitOutside(piece, ctx, 0);
      if (!outside) return false;
      divisions.push(outside.division);
      unlisted.push(piece);
    }
    return true;
  };
  for (const m of mentions) {
    if (m.to > head.length) break;
    if (!gap(m.from)) return undefined;
    divisions.push(m.division);
    at = m.to;
  }
  if (!gap(head.length) || divisions.length === 0) return undefined;
  return { divisions, unlisted };
}

/** The subject of a yes/no or either/or question: the units asked about, verdict words and question words cut. */
function ownerQuestionSubject(text: string, asked: readonly Mention[]): string {
  return without(text, asked)
    .replace(new RegExp(`${OR.source}|${ASKS_YES_NO.source}|${ASKS_PART.source}`, 'g'), ' ')
    .replace(/(?:是|由|归|属于|的|负责|牵头|管|配合|来|在|有|也|还|都)+(?=\s|$)/g, ' ');
}

/** What a yes/no question is about: a task by its number (`第3项`), else words looked for in the plan. */
function yesNoAbout(words: string, ctx: ReadContext): SubjectEvidence {
  const read = readRef(words.replace(LEAD_IN, '').trim());
  const ref = read && !leftOver(read.rest) ? resolveRef(read.ref, ctx.lexicon, ctx.knowledge) : undefined;
  if (ref && 'task' in ref) return taskEvidence(ref.task, words.replace(LEAD_IN, '').trim());
  return aboutSubject(words, ctx);
}

/**
 * `审计局在里面吗`, `是财政局牵头吗`: a unit asked about with nothing else, the subject left to the chat's topic.
 */
export function unitAskedOfNothing(text: string, ctx: ReadContext): boolean {
  const divisions = ctx.knowledge.findDivisions(text);
  if (divisions.length === 0) return false;
  const mentions = mentionsOf(text, divisions);
  const rest = without(text, mentions);
  if (!ASKS_YES_NO.test(rest) || ASKS_OWNS.test(rest)) return false;
  const left = ownerQuestionSubject(text, mentions).replace(SUPPORT_PHRASE, ' ');
  return (
    subjectOf(left, ctx)
      .replace(/[的是由归那么也还]/g, '')
      .trim() === ''
  );
}

/** How a unit's name ends when it is written as a unit. */
const UNIT_END = /(?:处|室|局|委|办|厅|科|中心|政府|委员会)$/;

/**
 * `农业农村审计处配合谁`, `…配合的那条是啥`: units named with nothing else asked of them but who or what: what
 * they do. A yes/no (`是财政局牵头吗`) is left to the chat's topic.
 */
function unitAlone(text: string, divisions: Division[], ctx: ReadContext): boolean {
  const mentions = mentionsOf(text, divisions);
  // Written as a unit (经济责任审计处), not words a unit's short form shares with a task (经济责任审计配合的处室).
  if (!mentions.every((m) => UNIT_END.test(text.slice(m.from, m.to)))) return false;
  const rest = without(text, mentions);
  if (ASKS_YES_NO.test(rest) || !(ASKS_WHO.test(rest) || ASKS_SUPPORT.test(rest) || ASKS_CONTENT.test(rest)))
    return false;
  const left = subjectOf(rest.replace(SUPPORT_PHRASE, ' '), ctx);
  return left.replace(/[那这](?:条|项|个)|[的是由归那么也还要在和跟与]/g, '').trim() === '';
}

function divisionAsk(text: string, divisions: Division[], ctx: ReadContext): Ask | undefined {
  const mentions = mentionsOf(text, divisions);
  const rest = without(text, mentions);
  // `…财政处还是投资处`: either/or between units, about a subject.
  const choice = choiceOf(text, mentions, ctx);
  if (choice.length >= 2) {
    const subject = ownerQuestionSubject(text, choice);
    if (
      subjectOf(subject, ctx)
        .replace(/[的是由归]/g, '')
        .trim()
    )
      return {
        kind: 'choice',
        divisions: [...new Set(choice.map((m) => m.division))],
        about: aboutSubject(subject, ctx),
      };
  }
  // `工业增加值是工信局还是商务局` with one side a unit the plan may name otherwise: who leads, no verdict.
  const or = OR.exec(text);
  const typed = or
    ? [
        UNIT_BEFORE.exec(text.slice(0, or.index))?.[1],
        UNIT_AFTER.exec(text.slice(or.index + or[0].length))?.[1],
      ]
    : [];
  if (
    or &&
    typed.every(Boolean) &&
    mentions.some((m) => typed.some((t) => t?.includes(text.slice(m.from, m.to))))
  ) {
    let subject = without(text, mentions);
    for (const t of typed) subject = subject.replace(t as string, ' ');
    subject = ownerQuestionSubject(subject, []);
    if (
      subjectOf(subject, ctx)
        .replace(/[的是由归]/g, '')
        .trim()
    )
      return { kind: 'who', wants: 'lead', about: [aboutSubject(subject, ctx)] };
  }
  // `城市更新是投资处牵头吗`, `兰亭书法节是不是教科文处的`: is this unit (the last named) the owner?
  const last = mentions[mentions.length - 1];
  if (last && ASKS_YES_NO.test(rest) && !ASKS_OWNS.test(rest)) {
    const asked = ownerQuestionSubject(text, [last]);
    if (
      subjectOf(asked, ctx)
        .replace(/[的是由归]/g, '')
        .trim()
    ) {
      const wants = ASKS_SUPPORT.test(rest) ? 'support' : ASKS_PART.test(rest) ? 'part' : 'lead';
      return {
        kind: 'yes-no',
        division: last.division,
        wants,
        ...(SAYS_LEAD.test(rest) ? { saysLead: true } : {}),
        about: yesNoAbout(wants === 'support' ? asked.replace(SUPPORT_PHRASE, ' ') : asked, ctx),
      };
    }
  }
  const onlyUnits = rest.replace(/[?？的和与及、,，\s跟同呢吗]/g, '') === '';
  if (ASKS_OWNS.test(rest) || ASKS_UNIT_PART.test(rest) || onlyUnits) return { kind: 'owns', divisions };
  return undefined;
}

/** The subject split at each 和 that is a word of its own (跟 of 跟踪, 与 of 参与 join nothing). */
function splitAtJoins(subject: string): { parts: string[]; at: number } | undefined {
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

/** Several subjects asked each on its own (`养老保险和公租房分别由谁负责`); a phrase the plan holds whole stays one. */
function subjectsOf(text: string, ctx: ReadContext): SubjectEvidence[] {
  const whole = aboutSubject(text, ctx);
  const split = splitAtJoins(whole.subject);
  if (!split) return [whole];
  // Each part as typed, where the typed subject splits alike (short forms and typos are read again in each).
  const typed = splitAtJoins(whole.said);
  const parts = typed && typed.parts.length === split.parts.length ? typed.parts : split.parts;
  const each = parts.map((p) => aboutSubject(p, ctx));
  if (SEPARATELY.test(text)) return each;
  // The plan holds the phrase with its 和 (城市能级和品质): one subject.
  const { at } = split;
  if (whole.evidence.hits[0]?.terms.some((t) => t.from <= at && t.to > at)) return [whole];
  return each.every((e) => e.evidence.hits.length > 0) ? each : [whole];
}

export function readPart(text: string, ctx: ReadContext): Ask {
  const ref = refAsk(text, ctx);
  if (ref) return ref;

  const subject = subjectOf(text, ctx);
  // `方案的主要目标`: the plan's own name and 的 before the list word, whatever the subject kept of them.
  const plain = text.replace(/[\s?？。!！]+/g, '');
  const bySubject = LIST.exec(subject.replace(/\s+/g, ''));
  // `主要目标有哪几条`, `目标一共几个`: how many there are is asked with the list; `主要目标讲了啥`: what they say.
  const byText = LIST.exec(
    plain.replace(
      /(?:是什么|是啥|有哪些|有什么|是哪些|(?:一共|总共|共)?(?:有)?(?:哪几|几|多少)(?:条|个|项|点|类)|(?:都|具体)?(?:讲|说|写)(?:了|的)?(?:些)?(?:什么|啥)(?:东西|内容)?|呢|吗|啊)+$/,
      '',
    ),
  );
  const list = bySubject ?? byText;
  if (
    list &&
    (ASKS_UNDER.test(text) ||
      ASKS_CONTENT.test(text) ||
      LOOKS_LIKE_QUESTION.test(text) ||
      subject === text.trim() ||
      byText?.[0] === plain)
  )
    return { kind: 'list', of: LIST_OF[list[1] as string] ?? 'targets' };

  const column = indicatorColumnAsk(text, ctx);
  if (column) return column;

  const role = roleAsk(text, ctx);
  if (role) return role;

  // `除了市建设局还有谁参与老旧小区改造`, `居民收入除了发改委还有谁`: the others than the unit set aside, its
  // co-operators (or, where the plan names no lead, the task's other units).
  if (EXCEPT.test(text) && (ASKS_SUPPORT.test(text) || EXCEPT_WHO.test(text)))
    return {
      kind: 'who',
      wants: 'support',
      about: subjectsOf(text.replace(EXCEPT, ' ').replace(SUPPORT_PHRASE, ' '), ctx),
    };
  // `第2项是冯冬昌分管吗`: a person asked as the leader of a task, before what a person has is read.
  const person = leaderYesNo(text, ctx);
  if (person?.rest)
    return { kind: 'leader-yes-no', leader: person.leader, about: yesNoAbout(person.rest, ctx) };
  const leader = leaderAsked(text, ctx);
  if (leader) return { kind: 'leader-owns', leader };
  const leaderOf = leaderOfSubject(text, ctx);
  if (leaderOf) return leaderOf;
  // `财政处和社保处分别管哪项`: each unit in the order asked, one the plan never names among them.
  const units = unitsAsked(text, ctx);
  if (units && (units.unlisted.length > 0 || units.divisions.length > 1))
    return {
      kind: 'owns',
      divisions: units.divisions,
      ...(units.unlisted.length > 0 ? { unlisted: units.unlisted } : {}),
    };
  const divisions = ctx.knowledge.findDivisions(text);
  if (divisions.length > 0) {
    const asked = divisionAsk(text, divisions, ctx);
    if (asked) return asked;
    if (unitAlone(text, divisions, ctx)) return { kind: 'owns', divisions };
  } else {
    const outside = outsideYesNo(text, ctx);
    if (outside) return outside;
  }

  if (ASKS_MENTION.test(text))
    return { kind: 'mention', subject: text.replace(DOCUMENT, ' ').replace(MENTION_WORDS, ' ').trim() };

  // `建设创新型城市下面有哪些任务`: a heading by its words.
  if (ASKS_UNDER.test(text) && /任务|工作|事项|内容/.test(text)) {
    const titled = sectionByTitle(leftOver(text), ctx);
    if (titled) return { kind: 'ref', ref: titled, wants: 'card' };
  }

  // `落实措施什么时候报`, `报给谁`: when or to whom the plan says reports go.
  const report = ASKS_REPORT.exec(text);
  if (report) {
    const words = text.replace(report[0], ' ');
    return {
      kind: 'report',
      wants: report[1] || report[3] ? 'time' : 'to',
      subject: aboutSubject(words, ctx).subject,
      said: subjectOf(words, ctx),
    };
  }

  const wantsSupport = ASKS_SUPPORT.test(text);
  // `口袋公园什么时候完成`, `拓宽民间投资领域截止时间`: when the one task its words name is due.
  if (ASKS_TIME.test(text) && !wantsSupport) {
    const about = aboutSubject(
      text.replace(new RegExp(ASKS_TIME.source, 'g'), ' ').replace(FINISHING, ' '),
      ctx,
    );
    if (about.reading.kind === 'task' && about.reading.tasks.length <= 1)
      return { kind: 'ref', ref: { task: about.reading.task }, wants: 'time' };
  }
  // `工业投资进展如何`, `地区生产总值上半年完成得咋样`: how the one task its words name is going.
  if (ASKS_PROGRESS.test(text) && !wantsSupport && !ASKS_WHO.test(text) && !ASKS_TIME.test(text)) {
    const about = aboutSubject(text.replace(new RegExp(ASKS_PROGRESS.source, 'g'), ' '), ctx);
    if (about.reading.kind === 'task' && about.reading.tasks.length <= 1)
      return { kind: 'ref', ref: { task: about.reading.task }, wants: 'progress' };
  }
  // `特色小镇讲的啥`: what the one task whose heading holds the words says — its card, as by its number.
  if (
    ASKS_CONTENT.test(text) &&
    !wantsSupport &&
    !ASKS_WHO.test(text) &&
    !ASKS_TIME.test(text) &&
    !ASKS_TARGET.test(text)
  ) {
    const titled = taskByHeading(text, ctx);
    if (titled) return { kind: 'ref', ref: { task: titled }, wants: 'card' };
  }
  if (wantsSupport)
    return { kind: 'who', wants: 'support', about: subjectsOf(text.replace(SUPPORT_PHRASE, ' '), ctx) };
  if (ASKS_WHO.test(text)) return { kind: 'who', wants: 'lead', about: subjectsOf(text, ctx) };

  if (ASKS_TARGET.test(text))
    return { kind: 'target', subject: text, about: aboutSubject(text.replace(TARGET_NOUNS, ' '), ctx) };
  if (divisions[0]) return { kind: 'owns', divisions: [divisions[0]] };

  const about = aboutSubject(text, ctx);
  if (about.evidence.hits.length > 0 || (about.evidence.unknown.length > 0 && LOOKS_LIKE_QUESTION.test(text)))
    return { kind: 'search', subject: text, about };
  return { kind: 'not-understood', text };
}
