import type { Division, PlanKnowledge } from '../plan/knowledge';
import type { Indicator } from '../plan/model';
import type { Evidence } from '../search/evidence';
import type { PlanSearch } from '../search/plan-search';
import type { Topic } from './conversation';
import type { CheckedFigure } from './figure-checked';
import type { Lexicon } from './lexicon';
import type { PlanRef } from './plan-ref';
import type { EvidenceReading } from './read-evidence';
import type { SocialAct } from './read-social';

// What a message says, as the core acts on it: a reading of each question in it (an intent with its
// slots), or something said to the bot. Commands are read by read-command.ts, in front of this.

/** A word typed that the plan does not have, read as the plan's word that sounds the same. */
export interface Correction {
  typed: string;
  read: string;
  /** A short form of the plan's term (内审 for 内部审计), not a typo. */
  short?: true;
}

/** What the plan's text says about a subject, and what that supports as an answer. */
export interface SubjectEvidence {
  /** The subject as searched (question words cut, typos and short forms read as the plan's words). */
  subject: string;
  /** The subject as typed (question words cut, nothing rewritten): what a reply quotes of the question. */
  said: string;
  evidence: Evidence;
  reading: EvidenceReading;
  corrections: Correction[];
  /** A task named by its number or by the chat's topic, not in words: a reply names the task, not `said`. */
  byRef?: true;
}

export type Ask =
  /**
   * A task, heading or measure by its number; `support` when it asks who co-operates, `time` when it is due,
   * `leader` when it asks the person the plan names for it (责任领导), `progress` how it is going (its table's
   * progress cell, the chat's records).
   */
  | {
      kind: 'ref';
      ref: PlanRef;
      wants: 'card' | 'support' | 'time' | 'leader' | 'progress';
      /** `第三条` in a plan that does not number by 第N条: read by its own numbering (said in the reply). */
      readAs?: string;
    }
  /** A goal or indicator by its number (`指标4`, `目标2`, `指标五`). */
  | { kind: 'target-ref'; target: 'goal' | 'indicator'; ref: string }
  /**
   * Everything of one kind the plan has; `year`: the goals asked by the year they aim at (`到2024年要达到什么目标`).
   */
  | { kind: 'list'; of: 'targets' | 'indicators' | 'measures' | 'tasks' | 'divisions'; year?: number }
  /** Who holds a role a safeguard measure names (`组长是谁`). */
  | { kind: 'role'; role: string; holder: string; measure: number }
  /** A role no measure names, as asked (`领导小组副组长` where the measure gives only 组长): not named. */
  | { kind: 'role-unnamed'; role: string; measure: number }
  /**
   * What one or more divisions lead and support, in the order asked. `unlisted`: the names among them the plan
   * never names (`财政处管什么` where no task names 财政处), each answered as the plan assigning it nothing.
   */
  | { kind: 'owns'; divisions: Division[]; unlisted?: string[] }
  /** `毛晓青分管哪几项`: the tasks that name a person as their leader (责任领导), a person and never a unit. */
  | { kind: 'leader-owns'; leader: string }
  /**
   * `城市更新是投资处牵头吗`: is this division the lead (or a co-operator) of the subject? `part`: does the plan
   * name it for the subject at all (`审计局在里面吗`), in whatever role.
   */
  | {
      kind: 'yes-no';
      division: Division;
      wants: 'lead' | 'support' | 'part';
      about: SubjectEvidence;
      /** 牵头 itself was asked (`是住建局牵头吗`), not only who is responsible (`是住建局负责吗`). */
      saysLead?: boolean;
      /** The unit asked of is one the plan never names (`是商务局负责吗`). */
      unlisted?: true;
    }
  /**
   * `这项是冯冬昌副区长分管吗`: is this person the leader the plan names for the task (its 责任领导)? A person, as
   * typed without the title, and never a unit.
   */
  | { kind: 'leader-yes-no'; leader: string; about: SubjectEvidence }
  /** `数字政府建设是谁牵头,财政处还是投资处`. */
  | { kind: 'choice'; divisions: Division[]; about: SubjectEvidence }
  /** Who leads (or co-operates on) a subject named in words; several subjects asked each on its own. */
  | { kind: 'who'; wants: 'lead' | 'support'; about: SubjectEvidence[] }
  /** Whether the plan mentions something. */
  | { kind: 'mention'; subject: string }
  /**
   * A column of the indicator table asked (`整改完成率是约束性还是预期性`, `财政审计覆盖率属于哪个类别`): of one
   * indicator, or the indicators whose cell in that column holds a value (`哪些指标是约束性的`).
   */
  | { kind: 'indicator-column'; column: IndicatorColumn; indicator: Indicator }
  | { kind: 'indicator-column'; column: IndicatorColumn; value: string }
  /** A goal or indicator asked in words (`社保基金覆盖率要求多少`). */
  | {
      kind: 'target';
      subject: string;
      about: SubjectEvidence;
      /** The chat's task when the question follows its card (`每年抽几家`): looked in first. */
      inTask?: string;
      /** A yes/no on a figure (`目标是20个吗`): the figure asked, checked against the plan's. */
      checked?: CheckedFigure;
    }
  /** When something is to be reported, or to whom: the plan's own sentence on it (`于3月9日前…报送…`). */
  | { kind: 'report'; wants: 'time' | 'to'; subject: string; said: string }
  /** Words to look for in the plan. */
  | { kind: 'search'; subject: string; about: SubjectEvidence }
  /** `我们处…` from someone the roster does not know. */
  | { kind: 'own-division-unknown' }
  /** `它谁配合`, `这个谁牵头` with nothing spoken of in the chat lately: what `它` stands for is not known. */
  | { kind: 'points-back-unknown'; written: string }
  | { kind: 'not-understood'; text: string };

/** A column of the indicator table besides name and target. */
export type IndicatorColumn = 'category' | 'attribute';

/** How a number was read where it could be read otherwise: said in the reply, never a silent guess. */
export type ReadNote =
  /** `第三个`: the n-th item of the list the last reply showed. */
  | { kind: 'place-in-list'; written: string; n: number; taskId: string }
  /** `第三条` in a plan that does not number by 第N条: read by the numbering the plan has. */
  | { kind: 'numbering'; written: string };

export interface Part {
  /** The part of the message this reads, as typed (after normalising). */
  text: string;
  ask: Ask;
  note?: ReadNote;
}

export type Reading =
  | { kind: 'empty' }
  /** `wish`: the wish said (`新年快乐`), to be said back. */
  | { kind: 'social'; act: SocialAct; wish?: string }
  | { kind: 'questions'; parts: Part[]; topic?: Topic };

/** What reading a message needs: the plan in use, what the chat spoke of last, who is asking. */
export interface ReadContext {
  planId: string;
  lexicon: Lexicon;
  knowledge: PlanKnowledge;
  search: PlanSearch;
  topic?: Topic;
  /** The sender's division on the roster, for `我们处`. */
  senderDivision?: string;
}
