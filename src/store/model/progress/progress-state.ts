import type { ProgressUpdate } from '../../types';

/** Every progress update in journal order (retracted ones included, flagged), and its indexes. */
export interface ProgressState {
  readonly all: ProgressUpdate[];
  readonly bySeq: Map<number, ProgressUpdate>;
  readonly byTarget: Map<string, ProgressUpdate[]>;
  readonly byDivision: Map<string, ProgressUpdate[]>;
  readonly byAuthor: Map<string, ProgressUpdate[]>;
}

export function emptyProgress(): ProgressState {
  return { all: [], bySeq: new Map(), byTarget: new Map(), byDivision: new Map(), byAuthor: new Map() };
}
