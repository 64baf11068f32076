// The CLI's verbs, one file each under src/cli/. Each returns the process exit code.

export interface Verb {
  summary: string;
  run(args: string[]): Promise<number>;
}

export const verbs: Record<string, Verb> = {};
