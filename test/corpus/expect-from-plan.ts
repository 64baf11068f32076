import type { Expected } from '../commands/staff-answer-set';
import type { CorpusClass, CorpusMessage, TaskKey } from './corpus-types';

// Builders that turn what the plan says (a task's heading and note, a goal, a figure) into what a reply must
// show. Each plan's message file reads its own text once into TaskKeys and writes its messages with these.

export const task = (title: string, lead: string[], support: string[] = []): TaskKey => ({
  title,
  lead,
  support,
});

const supportOf = (keys: TaskKey[]) => [...new Set(keys.flatMap((k) => k.support ?? []))];

/** Who leads: the leads of each task asked about, in the order asked. */
export const leads = (...keys: TaskKey[]): Expected => ({
  lead: keys.flatMap((k) => k.lead),
  support: supportOf(keys),
});

/** A task asked by its number: its heading and its leads. */
export const card = (...keys: TaskKey[]): Expected => ({
  ...leads(...keys),
  mentions: keys.map((k) => k.title),
});

/** Who co-operates: every co-operator named in the note; the lead may be named too. */
export const cooperators = (...keys: TaskKey[]): Expected => ({
  support: supportOf(keys),
  supportShown: true,
  alsoAllowed: keys.flatMap((k) => k.lead),
});

/** What a unit leads (or supports): the headings of those tasks; the unit itself may be named. */
export const owns = (unit: string, ...keys: TaskKey[]): Expected => ({
  mentions: keys.map((k) => k.title),
  alsoAllowed: [unit, ...keys.flatMap((k) => k.lead)],
  support: supportOf(keys),
});

/** The items under a heading (三、…下面有哪些任务): their headings; their leads may be named. */
export const items = (...keys: TaskKey[]): Expected => ({
  mentions: keys.map((k) => k.title),
  alsoAllowed: keys.flatMap((k) => k.lead),
  support: supportOf(keys),
});

/** Is it `asked` who leads? `yes` is what the note says; the real lead may be named. */
export const yesNo = (key: TaskKey, asked: string, yes: boolean): Expected => ({
  yes,
  asked,
  alsoAllowed: key.lead,
  support: key.support ?? [],
});

/** Figures, goals or measures the plan states: shown, and no owner invented for them. */
export const shows = (...words: string[]): Expected => ({ mentions: words, none: true, stated: true });

/** The plan does not say (not mentioned, or no owner): said so, nobody named. */
export const notSaid: Expected = { none: true, notSaid: true };

/** A figure the plan does not give: said so, no goal or indicator given as the answer, nobody named. */
export const noFigure: Expected = { none: true, notSaid: true, noFigure: true };

export const greeting: Expected = { greeting: true, none: true };

/** Several expectations of one line, in the order asked. */
export function both(...parts: Expected[]): Expected {
  const out: Expected = {};
  for (const p of parts) {
    if (p.lead) out.lead = [...(out.lead ?? []), ...p.lead];
    if (p.support) out.support = [...new Set([...(out.support ?? []), ...p.support])];
    if (p.mentions) out.mentions = [...(out.mentions ?? []), ...p.mentions];
    if (p.echoes) out.echoes = [...(out.echoes ?? []), ...p.echoes];
    if (p.alsoAllowed) out.alsoAllowed = [...(out.alsoAllowed ?? []), ...p.alsoAllowed];
    if (p.notSaid) out.notSaid = true;
    if (p.supportShown) out.supportShown = true;
    if (p.role) out.role = p.role;
    if (p.stated && !parts.some((q) => q.notSaid)) out.stated = true;
  }
  return out;
}

/** A message of one class. */
const as =
  (cls: CorpusClass) =>
  (q: string, expected: Expected, extra: Partial<CorpusMessage> = {}): CorpusMessage => ({
    q,
    cls,
    expected,
    ...extra,
  });

// One builder a class, named by it: `who('3.2谁牵头', leads(K['3.2']))` is a 谁牵头 message.
/** 任务编号: a task, heading or measure asked of by its number. */
export const byNumber = as('任务编号');
/** 谁牵头: who leads. */
export const who = as('谁牵头');
/** 处室管什么: what a unit does. */
export const division = as('处室管什么');
/** 是非与选择: is it this unit, this one or that. */
export const yn = as('是非与选择');
/** 谁配合: who co-operates. */
export const coop = as('谁配合');
/** 两问合一: two questions in one message. */
export const two = as('两问合一');
/** 目标与指标: goals, indicators and figures. */
export const target = as('目标与指标');
/** 追问: a follow-up read with what the chat spoke of last. */
export const follow = as('追问');
/** 推进情况: how a task is going. */
export const progress = as('推进情况');
/** 命令: a command. */
export const command = as('命令');
/** 寒暄: greetings and thanks. */
export const hello = as('寒暄');
/** 问用法: how to use the bot. */
export const howTo = as('问用法');
/** 方案未写明: what the plan does not say. */
export const unsaid = as('方案未写明');
