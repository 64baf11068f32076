import { existsSync } from 'node:fs';

// What a verb reads and writes besides its files: the environment, standard input and output, and what to
// let go of when it is done. A process hands its own (`processIo`); a test runs a verb in-process with its
// own environment and streams, and lets go of the data folder after each run.

export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  stdout: { write(text: string | Uint8Array): unknown };
  stderr: { write(text: string): unknown };
  /** Keeps something to let go of when the verb is done (a process lets go of everything as it exits). */
  atEnd(release: () => Promise<void> | void): void;
}

/** This process's environment (`.env` in the working folder read first when present) and streams. */
export function processIo(): CliIo {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return {
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    atEnd: () => {},
  };
}
