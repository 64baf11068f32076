// The core's cost: per question (handleMessage on a warm core) and start-up to the first answer
// (a fresh `cli say` process), each next to a baseline measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixedClock } from '../src/clock';
import { handleMessage } from '../src/commands/handle-message';
import { createCoreDeps } from '../src/core-deps';
import { silentLogger } from '../src/logger';
import { normalise } from '../src/text/normalise';
import { readMessage } from '../src/understand/read-message';
import { STAFF_ANSWER_SET } from '../test/commands/staff-answer-set';
import { STAFF_QUESTIONS } from '../test/search/staff-questions';

const EXTRA = [
  '任务 企金处',
  '企金处有什么任务?',
  '重点公共工程审计覆盖率要求多少',
  '工作专班组长是谁',
  '搜索 古城项目群',
  '目标',
];
// The search set, the answer set (who-questions, paraphrases, numbers, two-part questions, what the plan
// does not say) and a few commands: what staff send.
const questions = [...STAFF_QUESTIONS.map((q) => q.question), ...STAFF_ANSWER_SET.map((q) => q.q), ...EXTRA];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)] ?? 0;

async function perQuestion() {
  const at = new Date('2026-11-26T09:00:00+08:00');
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-core-'));
  const deps = createCoreDeps({ admins: ['bench'], clock: fixedClock(at), logger: silentLogger, dataDir });
  const ask = (text: string) => handleMessage({ text, userId: 'bench', chatId: 'bench', at }, deps);
  for (const q of questions) await ask(q); // warm-up: JIT and lazily filled term weights
  const times: number[] = [];
  const rounds = 20;
  // CPU time too: wall-clock figures on a shared machine include time spent waiting for a core.
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < rounds; r += 1) {
    for (const q of questions) {
      const t0 = performance.now();
      await ask(q);
      times.push(performance.now() - t0);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuPer = (cpu.user + cpu.system) / 1000 / times.length;
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `per question: mean ${mean.toFixed(3)} ms, median ${median(times).toFixed(3)} ms, p99 ${pct(times, 0.99).toFixed(3)} ms over ${times.length} answers (target ≤ 0.5 ms); CPU time ${cpuPer.toFixed(3)} ms per answer`,
  );
  // The understanding layer alone (a message read into its questions, evidence included) on the same
  // questions, in the same run: its share of an answer's cost.
  const ctx = {
    planId: deps.plan.id,
    lexicon: deps.plan.lexicon,
    knowledge: deps.knowledge,
    search: deps.search,
  };
  const texts = questions.map(normalise);
  const read0 = process.cpuUsage();
  for (let r = 0; r < rounds; r += 1) for (const t of texts) readMessage(t, ctx);
  const read = process.cpuUsage(read0);
  const readPer = (read.user + read.system) / 1000 / (rounds * texts.length);
  console.log(
    `understanding layer: CPU time ${readPer.toFixed(3)} ms per message read (${((readPer / cpuPer) * 100).toFixed(0)}% of an answer's)`,
  );
}

function timeProcess(args: string[]): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`process failed: ${run.stderr}`);
  return ms;
}

function startUp() {
  const say = ['--import', 'tsx', 'src/cli.ts', 'say', '公租房审计谁来管?'];
  const bare = ['--import', 'tsx', '-e', 'process.stdout.write("")'];
  const sayTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    bareTimes.push(timeProcess(bare));
    sayTimes.push(timeProcess(say));
  }
  const s = median(sayTimes);
  const b = median(bareTimes);
  console.log(
    `start-up to first answer: median ${s.toFixed(0)} ms (target ≤ 2500 ms, aim ≤ 1000 ms); a bare tsx process: ${b.toFixed(0)} ms; our own share ${(s - b).toFixed(0)} ms (ratio ${(s / b).toFixed(2)}×)`,
  );
}

await perQuestion();
startUp();
