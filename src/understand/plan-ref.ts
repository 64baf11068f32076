import type { Measure, Passage, Task } from '../plan/model';

/** What a number or clause names in a plan (`3.2`, `二(三)2`, `（八）`, `第二十条`, `三、`). */
export type PlanRef =
  | { task: Task }
  /** A heading (or an item with items under it) and the tasks under it. */
  | { section: string; tasks: Task[]; title?: string; number?: string }
  | { measure: Measure }
  /** The safeguard measures of a part (`第四部分有哪些措施`). */
  | { measures: Measure[]; title: string }
  /** A numbered paragraph that is no task (`第十六条 本措施自印发之日起施行`): no unit is named for it. */
  | { passage: Passage; number: string }
  /** A number or clause written as a task's that no task of the plan has. */
  | { missing: string }
  /** A number that names different tasks in the plan's own numbering and in the bot's short ids. */
  | { choices: Task[]; asked: string };
