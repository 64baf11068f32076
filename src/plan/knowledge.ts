import type { Goal, Indicator, Plan, Task } from './model';

// What the core knows about the plan beyond its text: the divisions it names and how goals,
// indicators and tasks relate to them. Built once from a parsed Plan by buildKnowledge().

export interface Division {
  /** Canonical short name, e.g. `教科文处`, `秘书处`, `办公室`. */
  name: string;
  /** Other ways people write it: `局教科文处`, `教科文`, … (never ambiguous between divisions). */
  aliases: string[];
  /** A unit outside the bureau (`市财政局`) named as lead or support in a note; absent for bureau divisions. */
  external?: boolean;
  /**
   * Short forms it shares with another unit of the plan (`教育局` of 市教育体育局 beside 市教育局): never read as
   * this unit alone; a text using one names every unit sharing it.
   */
  shared?: string[];
}

/** Why a goal or indicator is related to a division: the plan never names an owner, so this is derived. */
export interface Relation {
  division: string;
  /** Evidence from the plan text, in Chinese, e.g. `牵头任务 3.2 聚焦社会保障体系建设 与本指标同属社会保障领域`. */
  reason: string;
  /** Task ids that carry the evidence. */
  taskIds: string[];
}

export interface TargetRelations {
  goals: { goal: Goal; relations: Relation[] }[];
  indicators: { indicator: Indicator; relations: Relation[] }[];
}

export interface PlanKnowledge {
  plan: Plan;
  divisions: Division[];
  /** The division a short text names (`局教科文处`, `教科文`, `社保`), or undefined. */
  resolveDivision(text: string): Division | undefined;
  /** Divisions named anywhere inside a longer text, in order of appearance, without repeats. */
  findDivisions(text: string): Division[];
  /** A task by its id (`3.2`, `4`), tolerant of `3-2`, `3．2`, `任务3.2`. */
  taskById(id: string): Task | undefined;
  /** An indicator as the table numbers it: `6`, or `5-1`, `5-2` when one 序号 holds several. */
  indicatorByRef(ref: string): Indicator | undefined;
  /** Every indicator under one 序号 of the table (`5` → 5-1 and 5-2), in table order. */
  indicatorsByNumber(number: string): Indicator[];
  /** The indicator a stored record names by its running row number (`Indicator.index`, used before refs). */
  indicatorByIndex(index: number): Indicator | undefined;
  /** Tasks whose lead names the division. */
  tasksLedBy(division: string): Task[];
  /** Tasks whose support names the division explicitly. */
  tasksSupportedBy(division: string): Task[];
  /** Tasks whose support is a collective (`相关处室`) the division belongs to. */
  tasksSupportedCollectivelyBy(division: string): Task[];
  /** Goals and indicators related (not owned) per the plan's text. */
  relations: TargetRelations;
  /** Goals and indicators related to one division. */
  targetsRelatedTo(division: string): TargetRelations;
}
