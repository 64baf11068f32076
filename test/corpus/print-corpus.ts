import { CORPUS } from './corpus';
import { corpusFailures, corpusTable } from './corpus-table';
import { measureCorpus } from './measure-corpus';
import { runCorpus } from './run-corpus';

// `npm run corpus [-- --failures] [--plan <id>] [--class <class>] [--replies N]`: runs the corpus through
// the real core and prints the per-class / per-plan table (and, with --failures, every message answered wrong).

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const plan = option('--plan');
const cls = option('--class');
const corpora = CORPUS.filter((c) => !plan || c.id === plan);
if (corpora.length === 0) {
  process.stderr.write(`没有这个方案的语料:${plan}(可选:${CORPUS.map((c) => c.id).join('、')})\n`);
  process.exit(2);
}
const started = performance.now();
const outcomes = (await runCorpus(corpora)).filter((o) => !cls || o.cls === cls);
const ms = performance.now() - started;
process.stdout.write(`${corpusTable(measureCorpus(outcomes))}\n`);
process.stdout.write(`\n(${outcomes.length} messages in ${(ms / 1000).toFixed(1)} s)\n`);
if (args.includes('--failures'))
  process.stdout.write(`\n${corpusFailures(outcomes, Number(option('--replies') ?? 3))}\n`);
