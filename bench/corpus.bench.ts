// Per question over the corpus: every question of every plan's messages (commands left out: they write to
// the store) through handleMessage on a warm core for that plan, each in a chat of its own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixedClock } from '../src/clock';
import { handleMessage } from '../src/commands/handle-message';
import { createCoreDeps } from '../src/core-deps';
import { silentLogger } from '../src/logger';
import { CORPUS } from '../test/corpus/corpus';
import { corpusSeeds } from '../test/corpus/run-corpus';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)] ?? 0;
const ROUNDS = 10;

const all: number[] = [];
let cpuMs = 0;
for (const corpus of CORPUS) {
  const questions = corpus.singles.filter((m) => m.cls !== '命令').map((m) => m.q);
  // A corpus of chats only (follow-ups, left out here) has no question to time.
  if (questions.length === 0) continue;
  const at = new Date(corpus.at);
  const deps = createCoreDeps({
    seedsDir: corpusSeeds(corpus),
    admins: ['bench'],
    clock: fixedClock(at),
    logger: silentLogger,
    dataDir: mkdtempSync(join(tmpdir(), 'bench-corpus-')),
  });
  let chat = 0;
  const ask = (text: string) => handleMessage({ text, userId: 'bench', chatId: `bench_${chat++}`, at }, deps);
  for (const q of questions) await ask(q); // warm-up: JIT and lazily built indexes
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const q of questions) {
      const t0 = performance.now();
      await ask(q);
      times.push(performance.now() - t0);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  cpuMs += (cpu.user + cpu.system) / 1000;
  all.push(...times);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `${corpus.id}: ${questions.length} questions, mean ${mean.toFixed(3)} ms, median ${median(times).toFixed(3)} ms, p99 ${pct(times, 0.99).toFixed(3)} ms`,
  );
}
const mean = all.reduce((a, b) => a + b, 0) / all.length;
console.log(
  `corpus per question: mean ${mean.toFixed(3)} ms, median ${median(all).toFixed(3)} ms, p99 ${pct(all, 0.99).toFixed(3)} ms over ${all.length} answers (target ≤ 0.5 ms); CPU time ${(cpuMs / all.length).toFixed(3)} ms per answer`,
);
