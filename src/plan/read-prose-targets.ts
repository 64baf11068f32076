import { isGoalSection } from './is-goal-section';
import type { Goal, Indicator } from './model';

// Goals and indicators a plan states in sentences rather than in `——` paragraphs and an indicator table:
// `到2027年，全市养老服务床位达到3万张，护理型床位占比达到60%以上。` is a goal, and each measured clause in it
// (a figure and what it measures) an indicator. Read only from the plan's goal paragraphs: those under a
// heading that names goals, or that open with the year they aim at. A paragraph of a goal section
// (一、工作目标, 主要目标, 主要工作目标, 总体目标: see isGoalSection) is a goal even where it gives no figure
// (`到2020年，基于互联网的新业态成为新的经济增长动力…`): a goal with no indicator.

interface Paragraph {
  text: string;
  clause: string;
  heading: string;
}

const GOAL_HEADING = /目标/;
/** A sentence within a paragraph that opens with the year it aims at. */
const AIM_SENTENCE = /(?:^|[。；;])\s*((?:力争)?(?:到|至)\s*(?:19|20)\d{2}\s*年(?:底|末)?[^。；;]*)/;
const AIMS_AT = /^(?:力争)?(?:到|至)\s*(?:19|20)\d{2}\s*年(?:底|末)?|^(?:19|20)\d{2}\s*年(?:底|末)?前/;
/** What a measured clause says of its figure: the verb starts the target. */
const VERB =
  /(?:年均|每年|累计|力争|确保|基本|全面)?(?:达到|达|提高到|提升到|提高|提升|超过|增长|增加|下降|降低|减少|不低于|不少于|不超过|控制在|保持在|稳定在|突破|实现|建成|新增|新建)/;
/** The place a figure is of, before its verb (`全市新建…`): no name of what is measured. */
const PLACE = /^(?:全市|全区|全县|全省|全国|全域|全州|全盟)/;
/** A figure ending a clause that opens with its verb (`新建5G基站2600个以上`, `累计建成5G基站1万个`). */
const TRAILING_FIGURE = /\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fa5%‰]{0,2}?(?:以上|以内|左右|以下)?$/;
/** The year a sentence opens with (`2022年，全市…`, `到2024年，…`): when its figures are aimed at. */
const OPENING_YEAR = /^(?:力争)?((?:到|至)?\s*(?:19|20)\d{2}\s*年(?:底|末)?)(?=\s*[，,])/;
const FIGURE = /\d/;
const CLAUSES = /[，；。,;]/;
const MAX_TITLE = 40;

const withoutAim = (text: string) => text.replace(AIMS_AT, '').replace(/^[，,\s]+/, '');

export function readProseTargets(
  paragraphs: readonly Paragraph[],
  inTasks: (clause: string) => boolean,
): { goals: Goal[]; indicators: Indicator[] } {
  const goals: Goal[] = [];
  const indicators: Indicator[] = [];
  for (const p of paragraphs) {
    const text = p.text.trim();
    const aims = AIMS_AT.test(text) && !inTasks(p.clause);
    if (!aims && !GOAL_HEADING.test(p.heading)) continue;
    // Each measured clause with the year its sentence aims at (`2022年，…`, `到2024年，…`), else the year the
    // paragraph opens with (`到2020年，…。全国…综合机械化率达到70%`: the whole paragraph aims at 2020).
    const opening = OPENING_YEAR.exec(text)?.[1]?.replace(/\s/g, '');
    const measured = text.split(/[。；;]/).flatMap((sentence) => {
      const year = OPENING_YEAR.exec(sentence.trim())?.[1]?.replace(/\s/g, '') ?? opening;
      return sentence
        .split(CLAUSES)
        .map((c) => withoutAim(c.trim()))
        .filter((c) => FIGURE.test(c) && VERB.test(c) && !AIMS_AT.test(c))
        .map((c) => ({ c, year }));
    });
    // Figures aimed at different years (2022 and 到2024年) are told apart by their year in the name.
    const years = new Set(measured.map((m) => m.year));
    const section = isGoalSection(p.heading) && !inTasks(p.clause);
    if (measured.length === 0 && !section) continue;
    // Titled by the sentence that says what is aimed at by when, else the paragraph's first sentence.
    const aim = measured.length === 0 ? AIM_SENTENCE.exec(text)?.[1] : undefined;
    const first = withoutAim(aim ?? text).split(/[。；;]/)[0] ?? '';
    // A long sentence is titled by its clauses that fit, not cut mid-word.
    const fits = first.slice(0, MAX_TITLE + 1).split(/[，,](?=[^，,]*$)/)[0] ?? '';
    const title =
      first.length <= MAX_TITLE
        ? first
        : fits.length >= 8 && fits.length < first.length
          ? fits
          : first.slice(0, MAX_TITLE);
    const goal: Goal = { index: goals.length + 1, title, text, clause: p.clause };
    goals.push(goal);
    for (const { c, year } of measured) {
      const verb = VERB.exec(c);
      // `全市新建5G基站2600个以上`: the verb opens the clause (after its place), the figure ends it — the name is
      // what is built, the target the figure.
      const trailing = verb && !c.slice(0, verb.index).replace(PLACE, '') ? TRAILING_FIGURE.exec(c) : null;
      const opened = trailing && trailing.index > verb!.index + verb![0].length ? trailing : null;
      const named = opened
        ? c.slice(0, opened.index).replace(PLACE, '')
        : verb && verb.index > 0
          ? c.slice(0, verb.index)
          : c;
      const name = years.size > 1 && year ? `${year}${named}` : named;
      const target = opened ? opened[0] : verb && verb.index > 0 ? c.slice(verb.index) : c;
      const index = indicators.length + 1;
      indicators.push({
        index,
        number: '',
        ref: String(index),
        category: goal.title,
        name,
        target,
        goalIndex: goal.index,
        clause: p.clause,
        ...(year ? { year: Number(/\d{4}/.exec(year)![0]) } : {}),
      });
    }
  }
  return { goals, indicators };
}
