import type { CliIo } from './cli-io';

/** One CLI verb: a one-line summary for the usage, and what it does with its arguments (the exit code). */
export interface Verb {
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}
