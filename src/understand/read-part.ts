import { aboutSubject, subjectOf } from './about-subject';
import { leftOver } from './by-number/left-over';
import { refAsk } from './by-number/ref-ask';
import { sectionByTitle } from './by-number/section-by-title';
import { figureChecked } from './figure-checked';
import {
  ASKS_CONTENT,
  ASKS_MENTION,
  ASKS_PROGRESS,
  ASKS_REPORT,
  ASKS_SUPPORT,
  ASKS_TARGET,
  ASKS_TIME,
  ASKS_UNDER,
  ASKS_WHO,
  DOCUMENT,
  EXCEPT,
  EXCEPT_WHO,
  FINISHING,
  LOOKS_LIKE_QUESTION,
  MENTION_WORDS,
  SUPPORT_PHRASE,
  TARGET_NOUNS,
} from './grammar';
import { indicatorColumnAsk } from './indicator-column-ask';
import { itemByTitle } from './item-by-title';
import { leaderAsked } from './leader-asked';
import { leaderOfSubject } from './leader-of-subject';
import { leaderYesNo } from './leader-yes-no';
import { listAsk } from './list-ask';
import type { Ask, ReadContext } from './reading';
import { roleAsk } from './role-ask';
import { subjectsOf } from './subjects-of';
import { taskByHeading } from './task-by-heading';
import { unitAlone } from './units/unit-alone';
import { unitsAsked } from './units/units-asked';
import { divisionAsk } from './yes-no/division-ask';
import { outsideYesNo } from './yes-no/outside-yes-no';
import { yesNoAbout } from './yes-no/yes-no-about';

// One question → what it asks, with its slots. The order is the grammar's: a number first (`3.2谁配合`),
// then a list of one kind (`保障措施有哪些`), a role (`组长是谁`), divisions (yes/no, either/or, what they
// do), whether the plan mentions something, who leads or co-operates, a figure, else words to look for.
export function readPart(text: string, ctx: ReadContext): Ask {
  const ref = refAsk(text, ctx);
  if (ref) return ref;

  const list = listAsk(text, ctx);
  if (list) return list;

  const column = indicatorColumnAsk(text, ctx);
  if (column) return column;

  const role = roleAsk(text, ctx);
  if (role) return role;

  // `推动审计效能全域增强这个目标讲了啥`, `保障措施里加强组织领导讲了啥`: a goal or a measure by its heading.
  const titled = itemByTitle(text, ctx);
  if (titled) return titled;

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

  // `2022年创新平台目标是20个吗`: the figure asked is checked against the plan's; the rest is what it is of.
  const checked = figureChecked(text);
  if (checked)
    return {
      kind: 'target',
      subject: checked.rest,
      about: aboutSubject(checked.rest.replace(TARGET_NOUNS, ' '), ctx),
      checked: checked.figure,
    };
  if (ASKS_TARGET.test(text))
    return { kind: 'target', subject: text, about: aboutSubject(text.replace(TARGET_NOUNS, ' '), ctx) };
  if (divisions[0]) return { kind: 'owns', divisions: [divisions[0]] };

  const about = aboutSubject(text, ctx);
  if (about.evidence.hits.length > 0 || (about.evidence.unknown.length > 0 && LOOKS_LIKE_QUESTION.test(text)))
    return { kind: 'search', subject: text, about };
  return { kind: 'not-understood', text };
}
