// Store cost: a progress command on an empty store vs a five-year history (50,000 updates, 5,000
// ledger items), measured in one run through the real core; plus start-up time, fsync cost and peak memory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoHistory, demoPlanOf } from '../src/cli/demo-history';
import { fixedClock } from '../src/clock';
import type { CoreDeps } from '../src/commands/context';
import { handleMessage } from '../src/commands/handle-message';
import { createCoreDeps } from '../src/core-deps';
import { silentLogger } from '../src/logger';
import { loadPlan } from '../src/plan/load-plan';
import { openStore, type Store } from '../src/store';

const NOW = new Date('2026-11-26T09:00:00+08:00');
const RUNS = 300;
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'store-bench-'));
  dirs.push(d);
  return d;
};

function deps(store: Store, dataDir: string): CoreDeps {
  return createCoreDeps({
    admins: ['ou_admin'],
    clock: fixedClock(NOW),
    logger: silentLogger,
    dataDir,
    store,
  });
}

/** Mean ms per `进展` command (after a warm-up), by a 社保处 member. */
async function progressCost(d: CoreDeps): Promise<number> {
  await handleMessage({ text: '成员 添加 ou_bench 社保处', userId: 'ou_admin', chatId: 'c', at: NOW }, d);
  const send = (i: number) =>
    handleMessage(
      { text: `进展 3.2 第${i}次进展`, userId: 'ou_bench', chatId: 'c', messageId: `om_${i}`, at: NOW },
      d,
    );
  for (let i = 0; i < 30; i += 1) await send(i);
  const start = performance.now();
  for (let i = 0; i < RUNS; i += 1) await send(i);
  return (performance.now() - start) / RUNS;
}

const history = tmp();
{
  const store = openStore({ dataDir: history, logger: silentLogger, fsync: false });
  store.importEvents(
    demoHistory({
      plan: demoPlanOf(loadPlan().knowledge),
      updates: 50_000,
      rectifications: 5_000,
      end: NOW,
      firstSeq: 1,
      nextItemNumber: () => 1,
    }),
  );
  store.close();
}

const results: Record<string, string> = {};
for (const fsync of [false, true]) {
  // Interleave empty and history so machine load affects both alike.
  const emptyDir = tmp();
  const emptyStore = openStore({ dataDir: emptyDir, logger: silentLogger, fsync });
  const t0 = performance.now();
  const historyStore = openStore({ dataDir: history, logger: silentLogger, fsync });
  const openMs = performance.now() - t0;
  const empty = await progressCost(deps(emptyStore, emptyDir));
  const full = await progressCost(deps(historyStore, history));
  const empty2 = await progressCost(deps(emptyStore, emptyDir));
  const e = (empty + empty2) / 2;
  results[fsync ? 'fsync' : 'no-fsync'] =
    `empty ${e.toFixed(3)} ms, five-year history ${full.toFixed(3)} ms, ratio ${(full / e).toFixed(2)}×` +
    (fsync ? '' : `; opening the five-year store ${openMs.toFixed(0)} ms`);
  emptyStore.close();
  historyStore.close();
}

for (const [k, v] of Object.entries(results)) process.stdout.write(`progress command (${k}): ${v}\n`);
process.stdout.write(`peak memory (maxRSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
for (const d of dirs) rmSync(d, { recursive: true, force: true });
