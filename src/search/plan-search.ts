import type { Inline } from '../reply/reply';
import type { Evidence } from './evidence';

import type { HitKind } from './hit-kind';

export type { HitKind };

export interface SearchHit {
  kind: HitKind;
  /** Id of the thing found: task id (`3.2`), goal/indicator/measure index as a string, passage id. */
  ref: string;
  /** Plan clause, e.g. `二(二)1`. */
  clause: string;
  /** Short title of the thing found. */
  title: string;
  /** The best-matching sentence, plain. */
  sentence: string;
  /** The same sentence (trimmed around the match if long) with matched words marked `{strong}`. */
  snippet: Inline[];
  score: number;
}

export interface SearchOptions {
  kinds?: HitKind[];
  limit?: number;
}

export interface PlanSearch {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** What the plan says about a question, as evidence: distinctive words matched, words it lacks. */
  evidence(query: string, options?: { kinds?: HitKind[] }): Evidence;
  /** How many of the plan's topic groups hold the phrase verbatim (0: the plan never says it). */
  spread(phrase: string): number;
}
