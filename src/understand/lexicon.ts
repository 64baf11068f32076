import type { Passage, Plan, Section, Task } from '../plan/model';

/**
 * What a plan's own words let people ask by, built once per plan when it is loaded: every task and heading
 * under every numbering the plan uses, the words that name the plan itself, and the sounds of its
 * characters (to read a homophone typed by a pinyin keyboard as the plan's word).
 */
export interface Lexicon {
  plan: Plan;
  /** Tasks by their own number: `paren-han:8` (（八）), `paren:8` (（8）), `dot:3` (3.), `article:20`, `part:3`, … */
  tasksByMark: ReadonlyMap<string, readonly Task[]>;
  /** Headings by their number, keyed as tasks are. */
  sectionsByMark: ReadonlyMap<string, readonly Section[]>;
  /** Tasks and headings whose own number has this value, whatever its form. */
  tasksByValue: ReadonlyMap<number, readonly Task[]>;
  sectionsByValue: ReadonlyMap<number, readonly Section[]>;
  /**
   * The forms the plan numbers its tasks in (`dot`, `paren`, `article`, `plain` …), most used first, and
   * whether each runs through the plan (no number used twice): a running numbering is what the plan's
   * readers mean by `第7项` or `任务12`.
   *
   * `onward`: in reading order the numbers of that form never go back (1. … 45. across sections, even with a
   * number written twice), unlike a numbering that starts again in each section. A bot's short id that
   * such a numbering also uses is never taken for it silently.
   */
  forms: readonly { form: string; running: boolean; onward: boolean }[];
  /** Paragraphs that are no task but carry a number of the plan's own (`第十六条 本措施自…施行`). */
  passagesByMark: ReadonlyMap<string, readonly Passage[]>;
  /** The part that holds the tasks (`二` of `二(三)2`), where a bare `(四)` is looked for first. */
  taskPart: string;
  /** Words that name this plan in a question and are no topic: its id, its years, 十四五/十五五. */
  names: readonly string[];
  /** The plan's characters (and those of the question words) that sound so (see sound-of.ts); built on first use. */
  charsSounding(sound: string): readonly string[];
}
