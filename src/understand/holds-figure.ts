import { withoutQuoteMarks } from '../text/without-quote-marks';
import type { FigureAsk, FigureMeasure } from './figure-ask';
import { FIGURE_GENERIC, ITEM_UNITS } from './grammar';
import { longestShared } from './longest-shared';

// Whether a stated figure answers a figure question: the words around it hold the measured thing, the
// figure is of the kind asked (a count in that unit, a coverage, a growth, that rate), and there is a
// figure at all.

/** A number stated: digits, a percentage, a Chinese numeral with its measure word, 全覆盖. */
const FIGURE =
  /\d|百分之|(?:[二三四五六七八九十两百千]|一[十百千])[一二三四五六七八九十百千]*(?:个|项|家|次|遍|倍|成|年)|全覆盖/;

/**
 * Years and spans of years (`2020年`, `2021—2025年`, `分2年`, `5年内`, `连续3年`, `三年`): when a figure is
 * asked, they say when, never how much — `分2年给予安家补助` gives no 安家补助标准. Only a question of how
 * long or how often (`分几年`, `几年轮审一遍`) is answered by them.
 */
const YEARS =
  /(?:(?:19|20)\d{2}\s*(?:年)?\s*[—–\-－~～至到]{1,2}\s*)?(?:\d{1,4}|[一二两三四五六七八九十]+)\s*(?:个)?年/g;

/** A figure stated over several years (`三年新引进`, `5年内`, `累计`), and one stated per year. */
const SEVERAL_YEARS = /(?:[两三四五六七八九十]|\d{1,2})\s*年(?:内|来|间|中|累计|共|合计|新)|累计/;
const PER_YEAR_STATED = /每年|年均|全年|每一年/;

/**
 * The text holds a run of the thing: all its characters, and two of them as written (Latin letters in either
 * case) — or, `closely`, most of it as written (`上线场景` is loosely in `上线“一老一小”服务场景`).
 */
export function holdsRun(written: string, run: string, closely = true): boolean {
  // A question is read in lower case (`5g基站`); the plan writes `5G基站`.
  const text = written.toLowerCase();
  const n = [...run].length;
  const need = closely ? Math.max(Math.min(n, 2), Math.ceil(n * 0.6)) : Math.min(n, 2);
  return (
    [...run].every((ch) => FUNCTION_CHAR.test(ch) || text.includes(ch)) && longestShared(run, text) >= need
  );
}

/** Characters that only join words (`推介给民间资本` is the plan's `向民间资本推介`): no part of a thing. */
const FUNCTION_CHAR = /[给向对把被将从于]/;

/** The text holds a run of the thing as asked, or as the plan says it (`固投` as `固定资产投资`). */
export function holdsAsked(ask: FigureAsk, text: string, run: string, closely = true): boolean {
  return (
    holdsRun(text, run, closely) || (ask.said?.[run] ?? []).some((form) => holdsRun(text, form, closely))
  );
}

/** Every run held, at least one closely. */
function holdsThing(ask: FigureAsk, text: string): boolean {
  const { thing } = ask;
  return (
    thing.every((run) => holdsAsked(ask, text, run, false)) &&
    (thing.length === 0 || ask.loose || thing.some((run) => holdsAsked(ask, text, run)))
  );
}

/**
 * A year asked (`2020年人才总量`) is that of a figure writing it, or of one writing no year in a plan whose
 * period holds it: `5年内选拔不少于200名` in a plan of 2012 gives no figure for 2020.
 */
function yearHeld(year: NonNullable<FigureAsk['year']>, text: string): boolean {
  if (text.includes(String(year.year))) return true;
  return year.inPeriod && !/(?:19|20)\d{2}\s*年/.test(text);
}

const PEOPLE = '人名位';

/** A name's own words: its genre words (项目, 工作, 审计) cut. */
function nameRuns(name: string): string[] {
  return name
    .replace(/^\s*\d+[.、．]\s*/, '')
    .replace(FIGURE_GENERIC, ' ')
    .split(/[^\u4e00-\u9fa5A-Za-z0-9+]+/)
    .filter(Boolean);
}

/** Words that say a name is a count (`审计项目数量`, `项目总数`): no kind of the thing. */
const COUNTED_AS = /数量|个数|次数|总数|总量|总计|合计/g;

const inThing = (ask: FigureAsk, r: string) => ask.thing.some((run) => run.includes(r));

/**
 * Every word of two characters or more of the name, its genre words cut, is a word of the thing asked: none
 * left (`审计项目数`) counts the genre's all.
 */
function nameWithinThing(ask: FigureAsk, name: string): boolean {
  return nameRuns(name.replace(COUNTED_AS, ' ')).every((r) => [...r].length < 2 || inThing(ask, r));
}

/** The name, its genre words (项目, 工作) cut, is words of the thing asked: `千名国际人才培训项目`. */
function namedByThing(ask: FigureAsk, name: string): boolean {
  const runs = nameRuns(name);
  return runs.length > 0 && runs.every((r) => inThing(ask, r));
}

function countIn(text: string, unit: string | undefined): boolean {
  if (!unit) return /数|\d+\s*[个项家次]/.test(text);
  // People are counted by 人, 名 or 位 alike (`选多少人` ← `选拔不少于100名`).
  const units = ITEM_UNITS.includes(unit) ? `[${ITEM_UNITS}]` : PEOPLE.includes(unit) ? `[${PEOPLE}]` : unit;
  return new RegExp(
    `(?:\\d|[二三四五六七八九十两百千]|一[十百千])[\\d一二三四五六七八九十百千万.]*\\s*(?:多|余)?\\s*${units}`,
  ).test(text);
}

function measuredIn(text: string, measure: FigureMeasure): boolean {
  switch (measure.kind) {
    case 'coverage':
      return /覆盖|轮审/.test(text);
    case 'completion':
      return text.includes('完成率');
    case 'growth':
      // `新增学位4000个`, `贷款增量不低于800亿元` answer `学位增加多少`, `贷款增加多少`.
      return /增长|增加|增幅|增量|新增|提高|提升|翻/.test(text);
    case 'share':
      return /比例|占比|比重|%|％|百分之/.test(text);
    case 'amount':
      return /元/.test(text);
    case 'years':
      return /年/.test(text);
    case 'count':
      return countIn(text, measure.unit);
    case 'rate':
      return text.includes(measure.word);
  }
}

/**
 * `name` is what the item is about (an indicator's name, a task's or goal's heading), `figure` the text
 * stating the figure. The thing must be held by both together, and — when `nameHolds` — at least one run
 * of it by the name itself (an indicator is about its name, not about words in a note beside its figure).
 */
export function holdsFigure(ask: FigureAsk, written: string, stated: string, nameHolds: boolean): boolean {
  // The plan's quotes and brackets are no words: `“一网通办”率` is 一网通办率.
  const name = withoutQuoteMarks(written);
  const figure = withoutQuoteMarks(stated);
  const all = `${name}${figure}`;
  const asksYears = ask.measures.some((m) => m.kind === 'coverage' || m.kind === 'years');
  const statesFigure = (t: string) => FIGURE.test(asksYears ? t : t.replace(YEARS, ' '));
  if (!statesFigure(figure)) return false;
  if (ask.year && !yearHeld(ask.year, all)) return false;
  if (ask.perYear && SEVERAL_YEARS.test(figure) && !PER_YEAR_STATED.test(figure)) return false;
  if (!holdsThing(ask, all)) return false;
  // A total asked is all of the thing: not an item counting one kind of it (its name holds more words than the
  // thing asked: 重大政策跟踪审计项目数 of 审计项目总数), nor a figure stated per year when no year is asked.
  if (
    ask.total &&
    ((nameHolds && !nameWithinThing(ask, name)) || (!ask.perYear && PER_YEAR_STATED.test(figure)))
  )
    return false;
  if (nameHolds && ask.thing.length > 0 && !ask.thing.some((run) => holdsAsked(ask, name, run))) return false;
  // Asked only `多少` (no unit, no measure): the figure must stand in the clause that names the thing —
  // `筹集人才租赁住房2000套，发放人才购房补贴` states no figure of 购房补贴.
  // Asked a count (`新增民营企业多少家`): likewise — `支持民营企业参与…推介重大项目不少于50个` counts 项目.
  // An item named by the thing alone (`珠江科技新星项目`) is about it throughout: a clause of its text counts
  // it, holding the words asked beyond its name (`百人计划拓展项目引进多少人`: 引进) where there are any.
  const own = namedByThing(ask, name) ? ask.thing.filter((run) => !holdsAsked(ask, name, run)) : ask.thing;
  if (
    !nameHolds &&
    ask.measures.every((m) => m.kind === 'count') &&
    own.length > 0 &&
    !figure.split(/[，,；;。]/).some((c) => statesFigure(c) && own.some((run) => holdsAsked(ask, c, run)))
  )
    return false;
  return ask.measures.every((m) => measuredIn(all, m));
}
