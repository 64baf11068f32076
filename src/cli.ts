// `npm run --silent cli -- <verb> …`: the operator's door to the same core the bot uses.
// Standard output carries only results; logs and warnings go to standard error.
import { verbs } from './cli/verbs';
import { operatorLine } from './files/operator-line';

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  const entry = verb ? verbs[verb] : undefined;
  if (!entry) {
    const list = Object.entries(verbs)
      .map(([name, v]) => `  ${name.padEnd(10)} ${v.summary}`)
      .join('\n');
    process.stderr.write(`用法: npm run --silent cli -- <命令> [参数]\n${list}\n`);
    return verb ? 2 : 0;
  }
  return entry.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // One line naming the file, the port or the variable: never a stack trace.
    process.stderr.write(`${operatorLine(error)}\n`);
    process.exitCode = 1;
  },
);
