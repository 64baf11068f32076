import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/cli-io';
import { runVerb } from '../../src/cli/run-verb';

/**
 * Runs `npm run cli -- <args>` in this process, as the entry point would: `env` is the whole environment the
 * verb sees (nothing of this process's is added), `input` its standard input. What it holds (the data folder)
 * is let go of when it returns. For the verbs' behaviour; what only a process shows (exit on a signal, the
 * lock held until the process dies) is tested with real processes.
 */
export async function runCliInProcess(
  args: string[],
  env: NodeJS.ProcessEnv,
  input = '',
): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: Buffer[] = [];
  const err: string[] = [];
  const ends: Array<() => Promise<void> | void> = [];
  const io: CliIo = {
    env,
    stdin: Readable.from([input]),
    stdout: { write: (text) => out.push(Buffer.from(text)) },
    stderr: { write: (text) => err.push(text) },
    atEnd: (release) => ends.push(release),
  };
  let status: number;
  try {
    status = await runVerb(args, io);
  } finally {
    for (const release of ends.reverse()) await release();
  }
  return { status, stdout: Buffer.concat(out).toString('utf8'), stderr: err.join('') };
}
