// The typed plan model: what src/plan/parse-plan.ts derives from a plan text.
// Every other room reads the plan only through these types.

import type { PlanPeriod } from './plan-period';

export type { PlanPeriod };

/** One unit named in a responsibility note, exactly as written (e.g. `局教科文处`, `相关处室`). */
export type UnitName = string;

export interface Goal {
  /** 1-based position among the `——推动…` paragraphs. */
  index: number;
  /** e.g. `推动重大政策精准落实` */
  title: string;
  text: string;
  /** e.g. `一(二)` */
  clause: string;
}

export interface Indicator {
  /** 1-based running number over all indicator rows (a continuation row gets its own index). */
  index: number;
  /** The table's 序号 as written; a continuation row repeats its category's number. */
  number: string;
  /**
   * How staff name it: the 序号 (`6`), or `5-1`, `5-2` when one 序号 holds several indicators.
   * `index` stays the running row number that records made before this field existed refer to.
   */
  ref: string;
  category: string;
  name: string;
  target: string;
  /** The table's 属性 cell (`约束性`, `预期性`), where the table has that column. */
  attribute?: string;
  /** The year the target is for, where the table's target column names one (`2030年目标值`). */
  year?: number;
  /** Index of the goal whose title equals the category, when one does. */
  goalIndex?: number;
  clause: string;
}

export interface Task {
  /** `1.1` … `3.3`, `4`, `5`: section.item under 二、重点任务 (or the measure's position for a measure-task). */
  id: string;
  /** First sentence, without its closing punctuation, e.g. `聚焦助力创新型城市建设`. */
  title: string;
  /** Full text of the task paragraph(s), note included. */
  text: string;
  /** e.g. `二(二)1`, `二(四)`. */
  clause: string;
  /** Title of the section the task sits in (e.g. `围绕加快探索…开展审计`). */
  section: string;
  lead: UnitName[];
  support: UnitName[];
  /** The responsibility note as written, brackets included. */
  note: string;
  /**
   * How the plan itself numbers the task, as written (`（八）`, `3.`, `第二十条`, a table's 序号); absent
   * when it does not. People who know the plan ask by this; `id` is the bot's short id.
   */
  number?: string;
  /**
   * The leader the plan names for the task (a 责任领导 column, a `牵头负责领导：…` line): a person, as written,
   * with the plan's label for them. Never a unit: no owner, lead or co-operator.
   */
  leader?: TaskLeader;
  /**
   * What the plan's table says of the task's progress: its progress column (上半年推进情况, 完成情况), the
   * column's header as its label; `text` empty where the row's cell is. The plan's words, never a record made
   * in the chat.
   */
  progress?: TaskProgress;
  /**
   * The other columns of a task table's row (完成时限, 工作目标, 备注 …), each with its header as its label, as
   * written: the task's own, and asked of it like its leader. Empty cells are left out.
   */
  cells?: TaskCell[];
}

export interface TaskProgress {
  /** The column's header: `上半年推进情况`, `完成情况`, `进展情况`. */
  label: string;
  /** The row's cell as written; empty where the table gives none for the row. */
  text: string;
}

export interface TaskCell {
  /** The column's header: `完成时限`, `工作目标`. */
  label: string;
  value: string;
}

export interface TaskLeader {
  /** `责任领导`, `牵头负责领导`, `牵头领导`. */
  label: string;
  /** The name(s) as written: `冯冬昌`, `张三、李四`. */
  name: string;
}

/** A heading of the plan (a part, chapter or section) or a numbered item that holds tasks. */
export interface Section {
  /** e.g. `二`, `二(三)`, `二(二)3`. */
  clause: string;
  /** The heading's number as the plan writes it (`三、`, `（三）`, `第二章`, `3.`). */
  number: string;
  title: string;
  /** The tasks under it, in reading order. */
  taskIds: string[];
}

export interface Measure {
  /** 1-based, (一) → 1. */
  index: number;
  /** e.g. `加强组织领导` */
  title: string;
  text: string;
  /** e.g. `三(一)` */
  clause: string;
  /** Roles the measure names: `{role: '组长', holder: '局主要领导'}`, `{role: '牵头抓总、跟踪督办', holder: '秘书处'}`. */
  roles: { role: string; holder: string }[];
  /** Units the text names (divisions, 工作专班 …), in written order, deduplicated. */
  units: UnitName[];
}

export interface Passage {
  /** Stable id, e.g. `p3`. */
  id: string;
  clause: string;
  /** Heading of the part it sits in, for context. */
  heading: string;
  text: string;
}

export interface Plan {
  /** Derived from the period (`2021-2025`), else from the title; stable for the same text. */
  id: string;
  title: string;
  /** The years the plan covers, when its text says (`2021—2025年`, `十四五`). */
  period?: PlanPeriod;
  goals: Goal[];
  indicators: Indicator[];
  tasks: Task[];
  measures: Measure[];
  passages: Passage[];
  /** Headings that hold tasks, outermost first (every level the plan numbers). */
  sections: Section[];
}
