// The dashboard on five years of history (50,000 updates, 5,000 items, as `cli demo-data` writes them), in one
// run: (1) the overview page rendered (GET /dash through Hono, warm, signed in as an admin, who sees every
// division) — the first time after a change to the store, and again — against one chat command's reply on the
// same store (`整改 统计`, warm, the same figures), in one process and through the built server (a chat reply from
// the webhook to Lark's reply API, a fake on this machine, against the page over HTTP); (2) the
// idle memory of the server with the dashboard mounted, no page asked for, against the same server built with
// the dashboard's door left out — both built here with the same options, each started three times in local
// mode, interleaved; and what the first page then costs.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Hono } from 'hono';
import { fixedClock } from '../src/clock';
import { handleMessage } from '../src/commands/handle-message';
import { createCoreDeps } from '../src/core-deps';
import { mountDash } from '../src/dash/mount-dash';
import { silentLogger } from '../src/logger';
import { linkToken } from '../src/signin/link-token';
import { openFileStore } from '../src/store';
import { larkRequest, messageEvent, TEST_ENCRYPT_KEY } from '../test/fixtures/lark/events';
import { FakeLark } from '../test/support/fake-lark';
import { freePort } from '../test/support/free-port';
import { fiveYearHistory } from './five-year-history';

const root = join(import.meta.dirname, '..');
const NOW = new Date('2026-11-26T09:00:00+08:00');
const ADMIN = 'ou_bench_admin';
const dirs: string[] = [];
const tmp = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `bench-dash-${name}-`));
  dirs.push(d);
  return d;
};
// Whatever happens, nothing of this run is left behind.
const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

const history = tmp('history');
{
  const store = openFileStore({ dataDir: history, logger: silentLogger, fsync: false });
  await store.importEvents(fiveYearHistory(NOW));
  store.close();
}

// ——— (1) the overview against one chat command, in one process ———
{
  const deps = createCoreDeps({
    admins: [ADMIN],
    clock: fixedClock(NOW),
    logger: silentLogger,
    dataDir: history,
  });
  let n = 0;
  const command = async () => {
    n += 1;
    await handleMessage(
      { text: '整改 统计', userId: ADMIN, chatId: 'bench', messageId: `om_b${n}`, at: NOW },
      deps,
    );
  };
  const app = new Hono();
  mountDash(app, {
    store: deps.store,
    plans: async () => deps.plans,
    calendar: async () => deps.calendar,
    admins: new Set([ADMIN]),
    clock: fixedClock(NOW),
    timeZone: 'Asia/Shanghai',
    publicUrl: 'http://127.0.0.1:3000',
    logger: silentLogger,
  });
  // Signed in the way a person is: a link from 看板, used once.
  await handleMessage(
    { text: '看板', userId: ADMIN, chatId: 'p2p', private: true, messageId: 'om_link', at: NOW },
    deps,
  );
  const { token } = linkToken(deps.store.signInSecret()!, ADMIN, NOW);
  const signedIn = await app.request('http://127.0.0.1:3000/dash/signin', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ t: token }).toString(),
  });
  const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
  let bytes = 0;
  const page = async () => {
    const response = await app.request('http://127.0.0.1:3000/dash', { headers: { cookie } });
    if (response.status !== 200) throw new Error(`overview answered ${response.status}`);
    bytes = (await response.text()).length;
  };
  const timed = async (run: () => Promise<void>) => {
    const t0 = performance.now();
    await run();
    return performance.now() - t0;
  };
  // A change before each first page: the overview is computed afresh (it is kept while nothing changes).
  const change = () => {
    n += 1;
    return handleMessage(
      { text: `进展 3.2 第${n}次进展`, userId: ADMIN, chatId: 'bench', messageId: `om_c${n}`, at: NOW },
      deps,
    );
  };
  for (let i = 0; i < 5; i += 1) {
    await command();
    await change();
    await page();
  }
  const commandMs: number[] = [];
  const firstMs: number[] = [];
  const againMs: number[] = [];
  // Interleaved, so that machine load touches each alike.
  for (let i = 0; i < 30; i += 1) {
    commandMs.push(await timed(command));
    await change();
    firstMs.push(await timed(page));
    againMs.push(await timed(page));
  }
  const c = median(commandMs);
  const f = median(firstMs);
  const a = median(againMs);
  console.log(
    `overview page on five years of history, first after a change: ${f.toFixed(1)} ms, again: ${a.toFixed(1)} ms (${(bytes / 1024).toFixed(0)} KB of HTML); one chat command's reply (整改 统计, the same figures): ${c.toFixed(1)} ms; ratios ${(f / c).toFixed(2)}× and ${(a / c).toFixed(2)}× (target ≤ 1×; median of 30)`,
  );
  deps.store.close();
}

// ——— (2) idle memory, with and without the dashboard's door ———
const options = {
  entryPoints: [join(root, 'src/main.ts')],
  bundle: true,
  splitting: true,
  format: 'esm' as const,
  platform: 'node' as const,
  target: 'node20',
  packages: 'external' as const,
  jsx: 'automatic' as const,
  jsxImportSource: 'hono/jsx',
  define: { 'process.env.AUDIT_CRASH_POINT': 'undefined' },
  logLevel: 'warning' as const,
};
// Built inside the project (so node_modules resolves), in folders of their own under the ignored bench/out/.
mkdirSync(join(root, 'bench', 'out'), { recursive: true });
const withDash = mkdtempSync(join(root, 'bench', 'out', 'dash-'));
const withoutDash = mkdtempSync(join(root, 'bench', 'out', 'nodash-'));
dirs.push(withDash, withoutDash);
await build({ ...options, outdir: withDash });
await build({
  ...options,
  outdir: withoutDash,
  plugins: [
    {
      name: 'no-dash',
      setup(b) {
        b.onResolve({ filter: /\/dash\/mount-dash$/ }, (args) => ({ path: args.path, namespace: 'no-dash' }));
        b.onLoad({ filter: /.*/, namespace: 'no-dash' }, () => ({
          contents: 'export function mountDash() {}',
          loader: 'js',
        }));
      },
    },
  ],
});

interface Server {
  child: ChildProcess;
  port: number;
  stderr: () => string;
}

async function launch(dir: string, env: NodeJS.ProcessEnv = {}): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--max-semi-space-size=4', join(dir, 'main.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      DATA_DIR: history,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let err = '';
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const deadline = Date.now() + 60_000;
  while (!err.includes('"msg":"plan ready"') || !err.includes('"msg":"listening"')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, port, stderr: () => err };
}

async function stop(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

// ——— (1b) through the built server: a chat command's reply against the page, over HTTP ———
{
  const fake = await FakeLark.start();
  const server = await launch(withDash, {
    ...fake.serverEnv(),
    LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY,
    ADMIN_OPEN_IDS: ADMIN,
    HOST: '127.0.0.1',
  });
  const base = `http://127.0.0.1:${server.port}`;
  let m = 0;
  /** A private message to the bot through the webhook; resolves with its reply's text once Lark has it. */
  const chat = async (text: string): Promise<string> => {
    m += 1;
    const id = `om_srv_${m}`;
    fake.knowMessage(id, 'oc_bench_p2p');
    const event = messageEvent({
      messageId: id,
      chatId: 'oc_bench_p2p',
      chatType: 'p2p',
      senderOpenId: ADMIN,
      text,
    });
    await fetch(`${base}/webhook/event`, { method: 'POST', ...larkRequest(event) });
    while (fake.repliesTo(id).length === 0) await new Promise((r) => setTimeout(r, 1));
    return fake.repliesTo(id)[0]!.content;
  };
  const link = /\((http:[^)\s"\\]+)\)/.exec(await chat('看板'))![1]!;
  const used = await fetch(`${base}/dash/signin`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ t: new URL(link).searchParams.get('t')! }).toString(),
  });
  const cookie = used.headers.get('set-cookie')!.split(';')[0]!;
  const page = async () => {
    const response = await fetch(`${base}/dash`, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`overview answered ${response.status}`);
    await response.text();
  };
  const timed = async (run: () => Promise<unknown>) => {
    const t0 = performance.now();
    await run();
    return performance.now() - t0;
  };
  for (let i = 0; i < 3; i += 1) {
    await chat('整改 统计');
    await page();
  }
  const replyMs: number[] = [];
  const firstMs: number[] = [];
  const againMs: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    replyMs.push(await timed(() => chat('整改 统计')));
    await chat(`进展 3.2 服务器第${i}次进展`);
    firstMs.push(await timed(page));
    againMs.push(await timed(page));
  }
  const r = median(replyMs);
  const f = median(firstMs);
  const a = median(againMs);
  console.log(
    `through the built server: 整改 统计 from the webhook to its reply at Lark's API ${r.toFixed(1)} ms; the overview over HTTP, first after a change ${f.toFixed(1)} ms, again ${a.toFixed(1)} ms; ratios ${(f / r).toFixed(2)}× and ${(a / r).toFixed(2)}× (target ≤ 1×; median of 20)`,
  );
  await stop(server);
  await fake.close();
}

const rss = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const settle = () => new Promise((r) => setTimeout(r, 2000)); // start-up garbage collected

const idle = { with: [] as number[], without: [] as number[] };
const afterPage: number[] = [];
for (let i = 0; i < 3; i += 1) {
  for (const [name, dir] of [
    ['without', withoutDash],
    ['with', withDash],
  ] as const) {
    const server = await launch(dir);
    await settle();
    idle[name].push(rss(server.child.pid!));
    if (name === 'with') {
      // The first page: the local administrator's link, printed at start, signs in and asks for the overview.
      const link = /"url":"([^"]+)"/.exec(server.stderr())![1]!;
      const base = `http://127.0.0.1:${server.port}`;
      const used = await fetch(`${base}/dash/signin`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ t: new URL(link).searchParams.get('t')! }).toString(),
      });
      const cookie = used.headers.get('set-cookie')!.split(';')[0]!;
      const page = await fetch(`${base}/dash`, { headers: { cookie } });
      if (page.status !== 200) throw new Error(`overview answered ${page.status}`);
      await page.text();
      await settle();
      afterPage.push(rss(server.child.pid!));
    }
    await stop(server);
  }
}
const w = median(idle.with);
const wo = median(idle.without);
console.log(
  `idle RSS of the server on five years of history, no page asked for: with the dashboard ${mb(w)}, without its door ${mb(wo)}; ratio ${(w / wo).toFixed(2)}× (target 1.00×, within noise; median of 3, local mode)`,
);
console.log(
  `the same server after its first overview page: ${mb(median(afterPage))} (${(median(afterPage) / w).toFixed(2)}× its idle RSS: the pages, renderer and charts load only then)`,
);
