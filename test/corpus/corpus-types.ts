import type { Expected } from '../commands/staff-answer-set';

// The corpus: messages as a work chat types them, over plans of different shapes, each with the answer the
// plan's text supports. Expectations are read from the plan text (its responsibility notes, goals, tables),
// never from the bot's replies.

/** What a message asks, counted per class. */
export type CorpusClass =
  | '任务编号'
  | '谁牵头'
  | '处室管什么'
  | '是非与选择'
  | '谁配合'
  | '两问合一'
  | '目标与指标'
  | '追问'
  /** How a task is going (`工业投资进展如何`): what the plan's progress column says, the chat's records apart. */
  | '推进情况'
  | '命令'
  | '寒暄'
  /** How to use the bot (`整改怎么销号`): a question, answered with the command's form. */
  | '问用法'
  | '方案未写明';

export const CORPUS_CLASSES: readonly CorpusClass[] = [
  '任务编号',
  '谁牵头',
  '处室管什么',
  '是非与选择',
  '谁配合',
  '两问合一',
  '目标与指标',
  '追问',
  '推进情况',
  '命令',
  '寒暄',
  '问用法',
  '方案未写明',
];

/** A task as the plan writes it: its heading and the units its responsibility note names. */
export interface TaskKey {
  /** The heading (or the table's 项目名称) as the plan writes it. */
  title: string;
  lead: string[];
  support?: string[];
}

/** A deadline as YYYY-MM-DD, or the readings that are all right. */
export type Deadline = string | readonly string[];

/** What a command must have stored (read back from the store, not from the reply). */
export interface Effect {
  /** A progress update on the task whose heading this is, its text containing `text`. */
  progress?: { task: string; text?: string };
  /**
   * The item registered: its deadline (YYYY-MM-DD; several where people mean either, e.g. 月底 on a weekend:
   * the month's last day or its last working day), amount in 万元, 责任单位, problem, the 处室 that follows it.
   */
  registered?: {
    deadline?: Deadline;
    amount?: number;
    unit?: string;
    issue?: string;
    task?: string;
    division?: string;
  };
  /** An item's state afterwards (its 处室 too). */
  item?: { id: string; status?: string; deadline?: Deadline; rectifiedAmount?: number; division?: string };
  /** The current plan afterwards: its title contains this. */
  currentPlan?: string;
}

export interface CorpusMessage {
  q: string;
  cls: CorpusClass;
  expected: Expected;
  effect?: Effect;
  /** Sender (default: the chat's, else an administrator). */
  user?: string;
  /** Sets the scene (roster, items to act on): sent, not counted. */
  setup?: true;
}

/** Messages sent in order in one chat, a minute apart from `at`. */
export interface CorpusChat {
  /** What the sequence is about, for the report. */
  about: string;
  user?: string;
  /** ISO instant of the first message (default: the plan's). */
  at?: string;
  messages: CorpusMessage[];
}

export interface PlanCorpus {
  /** Short name in the report. */
  id: string;
  /** The numbering or layout the plan uses. */
  shape: string;
  /** Plan files known to the bot (the first is the legacy plan); the current one is chosen as in use. */
  files: string[];
  /** ISO instant the messages arrive (chooses the current plan by period). */
  at: string;
  /** People on the roster: [open_id, division, role]. */
  roster?: [string, string, '处长' | '成员'][];
  /** Independent messages: each in a chat of its own. */
  singles: CorpusMessage[];
  chats: CorpusChat[];
}
