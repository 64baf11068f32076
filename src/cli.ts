// `npm run --silent cli -- <verb> …`: the operator's door to the same core the bot uses.
// Standard output carries only results; logs and warnings go to standard error.
import { verbs } from './cli/verbs';

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
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
