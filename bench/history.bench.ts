// Does cost grow with history? In one run, an empty store against five years of history (`demo-data
// --updates 50000 --rectifications 5000`): the cost of a `进展` and an `整改 进展` command through the real
// core (fsync on, as in production), the server's start-up, and the idle memory of the process tree
// `npm start` runs against a bare Node process importing only hono, @hono/node-server and the Lark SDK,
// started the same way (through npm). Then the peak memory of the server while it answers `进展 查看` and
// `周报` on that history. Figures are ratios measured side by side; machines here are shared and noisy.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../src/clock';
import type { CoreDeps } from '../src/commands/context';
import { handleMessage } from '../src/commands/handle-message';
import { createCoreDeps } from '../src/core-deps';
import { silentLogger } from '../src/logger';
import { openFileStore } from '../src/store';
import { larkRequest, messageEvent, TEST_ENCRYPT_KEY, TEST_TOKEN } from '../test/fixtures/lark/events';
import { FakeLark } from '../test/support/fake-lark';
import { freePort } from '../test/support/free-port';
import { fiveYearHistory } from './five-year-history';

const root = join(import.meta.dirname, '..');
const NOW = new Date('2026-11-26T09:00:00+08:00');
const ADMIN = 'ou_admin';
const dirs: string[] = [];
const tmp = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  dirs.push(d);
  return d;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

// ——— the two stores ———
const empty = tmp('empty');
const history = tmp('history');
{
  const store = openFileStore({ dataDir: history, logger: silentLogger, fsync: false });
  await store.importEvents(fiveYearHistory(NOW));
  store.close();
  openFileStore({ dataDir: empty, logger: silentLogger }).close();
}

// ——— per command, in one process ———
function coreOn(dataDir: string): CoreDeps {
  return createCoreDeps({ admins: [ADMIN], clock: fixedClock(NOW), logger: silentLogger, dataDir });
}
let n = 0;
const send = (deps: CoreDeps, text: string) => {
  n += 1;
  return handleMessage({ text, userId: ADMIN, chatId: 'bench', messageId: `om_bench_${n}`, at: NOW }, deps);
};

/** Mean ms of `make(i)` commands after a warm-up. */
async function cost(deps: CoreDeps, make: (i: number) => string, runs = 200): Promise<number> {
  for (let i = 0; i < 20; i += 1) await send(deps, make(i));
  const t0 = performance.now();
  for (let i = 0; i < runs; i += 1) await send(deps, make(i));
  return (performance.now() - t0) / runs;
}

const emptyCore = coreOn(empty);
const historyCore = coreOn(history);
const openItem = (deps: CoreDeps) => deps.store.items({ open: true, division: '社保处' })[0]?.id;
await send(emptyCore, '整改 登记 测试问题 单位:某单位 期限:2027-06-30 处室:社保处');
const commands: [string, (deps: CoreDeps) => (i: number) => string][] = [
  ['进展', () => (i) => `进展 3.2 第${i}次进展`],
  [
    '整改 进展',
    (deps) => {
      const id = openItem(deps);
      return (i) => `整改 进展 ${id} 第${i}次整改进展`;
    },
  ],
];
for (const [name, make] of commands) {
  // Interleaved, so that machine load touches both alike.
  const a = await cost(emptyCore, make(emptyCore));
  const h = await cost(historyCore, make(historyCore));
  const b = await cost(emptyCore, make(emptyCore));
  const e = (a + b) / 2;
  console.log(
    `${name} command: empty ${e.toFixed(2)} ms, five-year history ${h.toFixed(2)} ms, ratio ${(h / e).toFixed(2)}× (target ≤ 1.2×)`,
  );
}
emptyCore.store.close();
historyCore.store.close();

// ——— the server as npm start runs it ———
spawnSync('npm', ['run', '--silent', 'prestart'], { cwd: root, stdio: 'inherit' });

interface Server {
  child: ChildProcess;
  stderr: () => string;
  port: number;
}

async function launch(command: string[], env: NodeJS.ProcessEnv, readyText?: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(command[0]!, command.slice(1), {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`${command.join(' ')} did not start: ${err}`);
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up && (!readyText || err.includes(readyText))) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  return { child, stderr: () => err, port };
}

async function stop(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

/** Pids of a process and all its descendants. */
function tree(pid: number): number[] {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((t) => {
    try {
      return readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    } catch {
      return [];
    }
  });
  return [pid, ...children.flatMap((c) => tree(Number(c)))];
}
const status = (pid: number, field: 'VmRSS' | 'VmHWM') =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const treeRss = (pid: number) => tree(pid).reduce((sum, p) => sum + status(p, 'VmRSS'), 0);
/** The node process that serves (the deepest one in npm's tree). */
const serverPid = (pid: number) => tree(pid).at(-1)!;

// Start-up: spawn to "plan ready" (store open, plan parsed, server listening), empty vs history.
{
  const times = { empty: [] as number[], history: [] as number[] };
  for (let i = 0; i < 5; i += 1) {
    for (const [name, dir] of [
      ['empty', empty],
      ['history', history],
    ] as const) {
      const t0 = performance.now();
      const server = await launch(['node', 'dist/main.js'], { DATA_DIR: dir }, 'plan ready');
      times[name].push(performance.now() - t0);
      await stop(server);
    }
  }
  const e = median(times.empty);
  const h = median(times.history);
  console.log(
    `server start-up to ready: empty ${e.toFixed(0)} ms, five-year history ${h.toFixed(0)} ms, ratio ${(h / e).toFixed(2)}× (target ≤ 1.2×; median of 5)`,
  );
}

// Idle memory of the whole tree npm start runs, five-year history, against the bare baseline.
const fake = await FakeLark.start();
const larkEnv = {
  ...fake.serverEnv(),
  LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY,
  LARK_VERIFICATION_TOKEN: TEST_TOKEN,
};
async function idleRss(command: string[], env: NodeJS.ProcessEnv, readyText?: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const server = await launch(command, env, readyText);
    await new Promise((r) => setTimeout(r, 2000)); // let start-up garbage be collected
    samples.push(treeRss(server.child.pid!));
    await stop(server);
  }
  return median(samples);
}
const bare = await idleRss(['npm', 'run', '--silent', 'bench:bare'], {});
for (const [mode, env] of [
  ['local mode', {}],
  ['Lark mode', larkEnv],
] as const) {
  const ours = await idleRss(['npm', 'start', '--silent'], { DATA_DIR: history, ...env }, 'plan ready');
  console.log(
    `idle RSS of the npm start tree (${mode}, five-year history): ${mb(ours)}; bare hono + Lark SDK tree: ${mb(bare)}; ratio ${(ours / bare).toFixed(2)}× (target ≤ 1.3×)`,
  );
}

// Peak memory while answering 进展 查看 and 周报 on five years of history (through the webhook, Lark mode).
{
  const server = await launch(
    ['npm', 'start', '--silent'],
    { DATA_DIR: history, ...larkEnv, ADMIN_OPEN_IDS: ADMIN },
    'plan ready',
  );
  const pid = serverPid(server.child.pid!);
  const before = status(pid, 'VmHWM');
  for (const [i, text] of ['进展 查看 3.2', '周报'].entries()) {
    const messageId = `om_peak_${i}`;
    fake.knowMessage(messageId, 'oc_peak');
    const event = messageEvent({ messageId, chatId: 'oc_peak', chatType: 'p2p', senderOpenId: ADMIN, text });
    await fetch(`http://127.0.0.1:${server.port}/webhook/event`, { method: 'POST', ...larkRequest(event) });
    const deadline = Date.now() + 30_000;
    while (fake.repliesTo(messageId).length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
  }
  console.log(
    `server peak RSS answering 进展 查看 and 周报 on the five-year history: ${mb(status(pid, 'VmHWM'))} (at idle before: ${mb(before)} peak so far)`,
  );
  await stop(server);
}
await fake.close();
for (const d of dirs) rmSync(d, { recursive: true, force: true });
