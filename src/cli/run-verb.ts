import { operatorLine } from '../files/operator-line';
import type { CliIo } from './cli-io';
import { verbs } from './verbs';

/**
 * Runs one verb (`argv`: the verb, then its arguments) and gives its exit code: with no verb or an unknown
 * one, the usage. A failure is one line naming the file, the port or the variable: never a stack trace.
 */
export async function runVerb(argv: readonly string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = argv;
  const entry = verb ? verbs[verb] : undefined;
  if (!entry) {
    const list = Object.entries(verbs)
      .map(([name, v]) => `  ${name.padEnd(10)} ${v.summary}`)
      .join('\n');
    io.stderr.write(`用法: npm run --silent cli -- <命令> [参数]\n${list}\n`);
    return verb ? 2 : 0;
  }
  try {
    return await entry.run(rest, io);
  } catch (error) {
    io.stderr.write(`${operatorLine(error)}\n`);
    return 1;
  }
}
