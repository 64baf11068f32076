// The store's backends side by side, in one run: the cost of a `进展` and an `整改 进展` command through the
// real core on the file store (fsync on, as in production) and on PostgreSQL (a server on TEST_DATABASE_URL,
// default 127.0.0.1:5432; synchronous commit, as it ships), each empty and with five years of history
// (`demo-data --updates 50000 --rectifications 5000`); what opening each store costs, and on PostgreSQL with
// history, opening from the snapshot of the state against reading the whole journal. Machines here are
// shared and noisy: the figures are ratios measured interleaved.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../src/clock';
import type { CoreDeps } from '../src/commands/context';
import { handleMessage } from '../src/commands/handle-message';
import { createCoreDeps } from '../src/core-deps';
import { silentLogger } from '../src/logger';
import { loadPlans } from '../src/plans/load-plans';
import { openStore, type Store } from '../src/store';
import { freshDatabase, onDatabase, pgAvailable, type TestDatabase } from '../test/support/pg-database';
import { fiveYearHistory } from './five-year-history';

const NOW = new Date('2026-11-26T09:00:00+08:00');
const ADMIN = 'ou_admin';
const RUNS = 100;

if (!(await pgAvailable())) process.exit(0);
const dirs: string[] = [];
const dbs: TestDatabase[] = [];

interface Where {
  name: string;
  config: { dataDir: string; databaseUrl?: string };
}
const places: Where[] = [];
for (const backend of ['file', 'PostgreSQL'] as const)
  for (const filled of [false, true]) {
    const dataDir = mkdtempSync(join(tmpdir(), 'bench-store-'));
    dirs.push(dataDir);
    let databaseUrl: string | undefined;
    if (backend === 'PostgreSQL') {
      const db = await freshDatabase();
      dbs.push(db);
      databaseUrl = db.url;
    }
    const config = { dataDir, ...(databaseUrl ? { databaseUrl } : {}) };
    const store = await openStore({ ...config, logger: silentLogger, fsync: false });
    if (filled) await store.importEvents(fiveYearHistory(NOW));
    await store.close();
    places.push({ name: `${backend}, ${filled ? 'five-year history' : 'empty'}`, config });
  }

const plans = loadPlans({ dirs: { seeds: 'seeds', added: join(dirs[0]!, 'plans') } });
const opened: { where: Where; store: Store; deps: CoreDeps; openMs: number }[] = [];
for (const where of places) {
  const t0 = performance.now();
  const store = await openStore({ ...where.config, logger: silentLogger });
  const openMs = performance.now() - t0;
  const deps = createCoreDeps({
    admins: [ADMIN],
    clock: fixedClock(NOW),
    logger: silentLogger,
    dataDir: where.config.dataDir,
    store,
    plans,
  });
  opened.push({ where, store, deps, openMs });
}

let n = 0;
const send = (deps: CoreDeps, text: string) => {
  n += 1;
  return handleMessage({ text, userId: ADMIN, chatId: 'bench', messageId: `om_bench_${n}`, at: NOW }, deps);
};
for (const { deps } of opened) await send(deps, '整改 登记 测试问题 单位:某单位 期限:2027-06-30 处室:社保处');

async function cost(deps: CoreDeps, make: (i: number) => string): Promise<number> {
  for (let i = 0; i < 10; i += 1) await send(deps, make(i));
  const t0 = performance.now();
  for (let i = 0; i < RUNS; i += 1) await send(deps, make(i));
  return (performance.now() - t0) / RUNS;
}

const commands: [string, (deps: CoreDeps) => (i: number) => string][] = [
  ['进展', () => (i) => `进展 3.2 第${i}次进展`],
  [
    '整改 进展',
    (deps) => {
      const id = deps.store.items({ open: true }).find((item) => item.issue === '测试问题')?.id;
      return (i) => `整改 进展 ${id} 第${i}次整改进展`;
    },
  ],
];
const ms = (x: number) => `${x.toFixed(2)} ms`;
for (const [name, make] of commands) {
  // Two rounds, interleaved, so that machine load touches every store alike; the mean of both.
  const sums = opened.map(() => 0);
  for (let round = 0; round < 2; round += 1)
    for (const [i, o] of opened.entries()) sums[i]! += (await cost(o.deps, make(o.deps))) / 2;
  const [fileEmpty, fileHistory, pgEmpty, pgHistory] = sums as [number, number, number, number];
  console.log(`${name} command:`);
  for (const [i, o] of opened.entries()) console.log(`  ${o.where.name.padEnd(32)} ${ms(sums[i]!)}`);
  console.log(
    `  PostgreSQL / file: empty ${(pgEmpty / fileEmpty).toFixed(2)}×, history ${(pgHistory / fileHistory).toFixed(2)}×; history / empty: file ${(fileHistory / fileEmpty).toFixed(2)}×, PostgreSQL ${(pgHistory / pgEmpty).toFixed(2)}×`,
  );
}
console.log('opening the store:');
for (const o of opened) console.log(`  ${o.where.name.padEnd(32)} ${ms(o.openMs)}`);

// PostgreSQL with five years of history: from the snapshot of the state (kept when the filled store closed)
// against reading the whole journal, as a start did before snapshots (the snapshot set aside as another model
// version's, the store opened read only so that it keeps none). Interleaved, three rounds, the median.
const history = places[3]!.config;
const url = history.databaseUrl!;
const opening = async (readOnly: boolean) => {
  const t0 = performance.now();
  const store = await openStore({ ...history, logger: silentLogger, ...(readOnly ? { readOnly } : {}) });
  const took = performance.now() - t0;
  await store.close();
  return took;
};
const fromSnapshot: number[] = [];
const wholeJournal: number[] = [];
for (let round = 0; round < 3; round += 1) {
  fromSnapshot.push(await opening(false));
  await onDatabase(url, 'UPDATE state_snapshot SET model_version = -model_version');
  wholeJournal.push(await opening(true));
  await onDatabase(url, 'UPDATE state_snapshot SET model_version = -model_version');
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
const [{ seq }] = (await onDatabase<{ seq: number }>(url, 'SELECT seq::int AS seq FROM state_snapshot')) as [
  { seq: number },
];
console.log(`opening PostgreSQL, five-year history (snapshot at record ${seq}):`);
console.log(`  reading the whole journal        ${ms(median(wholeJournal))}`);
console.log(`  from the snapshot                ${ms(median(fromSnapshot))}`);
console.log(
  `  ratio                            ${(median(wholeJournal) / median(fromSnapshot)).toFixed(1)}×`,
);

for (const o of opened) await o.store.close();
for (const db of dbs) await db.drop();
for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
