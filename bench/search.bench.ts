// Search cost: index build (the first build in a process pays for ICU's word dictionary) and
// per-query time over the staff questions, plus a 10 KB paste.
import { readFileSync } from 'node:fs';
import { parsePlan } from '../src/plan/parse-plan';
import { createPlanSearch } from '../src/search/create-plan-search';
import { stripQuestionWords } from '../src/understand/strip-question-words';
import { STAFF_QUESTIONS } from '../test/search/staff-questions';

const text = readFileSync(
  new URL('../seeds/shaoxing-audit-common-prosperity-2021-2025.txt', import.meta.url),
  'utf8',
);
const plan = parsePlan(text);

const ms = (n: number) => `${n.toFixed(3)} ms`;
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

let started = performance.now();
const search = createPlanSearch(plan, { questionWords: stripQuestionWords });
const coldBuild = performance.now() - started;
started = performance.now();
search.search(STAFF_QUESTIONS[0]!.question);
const firstQuery = performance.now() - started;

const builds: number[] = [];
for (let i = 0; i < 30; i += 1) {
  started = performance.now();
  createPlanSearch(plan, { questionWords: stripQuestionWords });
  builds.push(performance.now() - started);
}
builds.sort((a, b) => a - b);

for (let round = 0; round < 5; round += 1)
  for (const { question } of STAFF_QUESTIONS) search.search(question);
const queries: number[] = [];
for (let round = 0; round < 20; round += 1) {
  for (const { question } of STAFF_QUESTIONS) {
    started = performance.now();
    search.search(question);
    queries.push(performance.now() - started);
  }
}
queries.sort((a, b) => a - b);

const paste = plan.tasks
  .map((t) => t.text)
  .join('')
  .repeat(4)
  .slice(0, 10_000);
started = performance.now();
for (let i = 0; i < 20; i += 1) search.search(paste);
const pasteCost = (performance.now() - started) / 20;

console.log(`index build, first in process: ${ms(coldBuild)}; first query ${ms(firstQuery)}`);
console.log(`index build, warm: median ${ms(quantile(builds, 0.5))}, p90 ${ms(quantile(builds, 0.9))}`);
console.log(
  `query (${STAFF_QUESTIONS.length} staff questions × 20): median ${ms(quantile(queries, 0.5))}, ` +
    `p95 ${ms(quantile(queries, 0.95))}, max ${ms(quantile(queries, 1))}`,
);
console.log(`10 KB paste: ${ms(pasteCost)} per query`);
