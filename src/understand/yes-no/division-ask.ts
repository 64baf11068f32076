import type { Division } from '../../plan/knowledge';
import { aboutSubject, subjectOf } from '../about-subject';
import {
  ASKS_OWNS,
  ASKS_PART,
  ASKS_SUPPORT,
  ASKS_UNIT_PART,
  ASKS_YES_NO,
  OR,
  SAYS_LEAD,
  SUPPORT_PHRASE,
} from '../grammar';
import type { Ask, ReadContext } from '../reading';
import { mentionsOf } from '../units/mentions-of';
import { UNIT_AFTER } from '../units/unit-after';
import { UNIT_BEFORE } from '../units/unit-before';
import { without } from '../units/without';
import { choiceOf } from './choice-of';
import { ownerQuestionSubject } from './owner-question-subject';
import { yesNoAbout } from './yes-no-about';

/**
 * A question naming units: this unit or that (`…财政处还是投资处`), is it this unit (`城市更新是投资处牵头吗`), or
 * what they do (`财政处管什么`).
 */
export function divisionAsk(text: string, divisions: Division[], ctx: ReadContext): Ask | undefined {
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
  // What the unit does is asked after it: 工作 of 质量工作那条是市场监管总局负责吧 is the subject's word.
  if (last && ASKS_YES_NO.test(rest) && !ASKS_OWNS.test(text.slice(last.to))) {
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
