// `npm run bench -- webhook`: a burst of 600 signed, encrypted questions from 120 group chats against
// the real server (`tsx src/main.ts`, as `npm start` runs it) and against a bare Hono server, on the same
// load generator in the same run, with a fake Lark enforcing 50/s per app and 5/s per chat. In the same run:
// 200 card clicks (a form submit recording 整改 进展) against the same server, click to toast; then the same
// server in long-connection mode (LARK_MODE=ws): 600 questions pushed as frames, data frame to ack frame,
// and 200 clicks over the connection, frame to the ack that carries the toast.
// Everything stays on 127.0.0.1; the load is bounded (600 questions, at most 8000 warm-up messages, 32 in flight).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../src/logger';
import { openFileStore } from '../src/store';
import {
  cardActionEvent,
  larkRequest,
  messageEvent,
  TEST_ENCRYPT_KEY,
  TEST_TOKEN,
} from '../test/fixtures/lark/events';
import { FakeLark } from '../test/support/fake-lark';
import { freePort } from '../test/support/free-port';
import { until } from '../test/support/until';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHATS = 120;
const PER_CHAT = 5;
const IN_FLIGHT = 32;
const LARK_FLOOR_MS = ((CHATS * PER_CHAT) / 50) * 1000;
const QUESTIONS = ['帮助', '任务 3.2', '谁牵头 社会保障', '搜索 共同富裕', '目标'];
const CLICKS = 200;
const CLICK_CHATS = 40;
const CLICKS_IN_FLIGHT = 8;
const ADMIN = 'ou_bench_admin';

const healthy = (port: number) =>
  fetch(`http://127.0.0.1:${port}/healthz`).then(
    (r) => r.ok,
    () => false,
  );

interface Wire {
  body: string;
  headers: Record<string, string>;
}

// The load generator runs in a fresh child process for every burst, so neither server is measured
// against a generator slowed by this process's own work (the fake Lark) or its growing heap.
const LOADGEN = `
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
const wires = JSON.parse(readFileSync(process.env.LOADGEN_FILE, 'utf8'));
const port = Number(process.env.LOADGEN_PORT);
const inFlight = Number(process.env.LOADGEN_IN_FLIGHT);
const agent = new Agent({ keepAlive: true, maxSockets: inFlight });
const path = process.env.LOADGEN_PATH;
const keepBodies = process.env.LOADGEN_BODIES === '1';
const latencies = [];
const statuses = [];
const bodies = [];
let next = 0;
const one = (wire) => new Promise((resolve, reject) => {
  const t0 = performance.now();
  const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: wire.headers }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { if (keepBodies) body += d; });
    res.on('end', () => { latencies.push(performance.now() - t0); statuses.push(res.statusCode); if (keepBodies) bodies.push(body); resolve(); });
  });
  req.on('error', reject);
  req.end(wire.body);
});
const started = performance.now();
await Promise.all(Array.from({ length: inFlight }, async () => { while (next < wires.length) await one(wires[next++]); }));
const ms = performance.now() - started;
agent.destroy();
process.stdout.write(JSON.stringify({ ms, latencies, statuses, bodies }));
`;

let burstCount = 0;
let loadDir = '';

/** Posts every request with at most IN_FLIGHT outstanding; returns per-request latency and wall time. */
async function burst(
  port: number,
  wires: Wire[],
  options: { path?: string; inFlight?: number; bodies?: boolean } = {},
): Promise<{ latencies: number[]; ms: number; statuses: number[]; bodies: string[] }> {
  loadDir ||= mkdtempSync(join(tmpdir(), 'bench-load-'));
  const file = join(loadDir, `burst-${burstCount++}.json`);
  writeFileSync(file, JSON.stringify(wires));
  const child = spawn(process.execPath, ['--input-type=module', '-e', LOADGEN], {
    cwd: root,
    env: {
      ...process.env,
      LOADGEN_FILE: file,
      LOADGEN_PORT: String(port),
      LOADGEN_IN_FLIGHT: String(options.inFlight ?? IN_FLIGHT),
      LOADGEN_PATH: options.path ?? '/webhook/event',
      LOADGEN_BODIES: options.bodies ? '1' : '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  rmSync(file, { force: true });
  if (code !== 0) throw new Error(`load generator exited with ${code}`);
  return JSON.parse(out) as { latencies: number[]; ms: number; statuses: number[]; bodies: string[] };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

const p50p99 = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(1)} ms, p99 ${percentile(values, 99).toFixed(1)} ms`;

/** Runs `work` over the inputs with at most `limit` at a time. */
async function pool<T, R>(inputs: T[], limit: number, work: (input: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < inputs.length) {
        const i = next++;
        results[i] = await work(inputs[i]!);
      }
    }),
  );
  return results;
}

/** A store with ledger items for the clicks to record progress on. */
function seedLedger(dataDir: string): string[] {
  const store = openFileStore({ dataDir, logger: silentLogger, fsync: false });
  const meta = { by: ADMIN, at: new Date() };
  const ids = Array.from(
    { length: CLICK_CHATS },
    (_, i) =>
      store.registerItem(meta, {
        issue: `基准问题${i}`,
        unit: '市社保中心',
        division: '社保处',
        deadline: '2030-12-31',
      }).id,
  );
  store.close();
  return ids;
}

/** The click on an item card's 整改 进展 form, as Lark sends it. */
function clickEvent(fake: FakeLark, itemId: string, i: number): Record<string, unknown> {
  return cardActionEvent({
    operatorOpenId: ADMIN,
    chatId: `oc_click_${i % CLICK_CHATS}`,
    messageId: `om_card_${i % CLICK_CHATS}`,
    cardToken: fake.issueCardToken(),
    value: { cmd: `整改 进展 ${itemId} {t0_0}` },
    formValue: { t0_0: `第${i}次推进` },
  });
}

function spawnServer(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

const BARE = `
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
const app = new Hono();
app.post('/webhook/event', async (c) => { await c.req.arrayBuffer(); return c.json({ msg: 'success' }); });
app.get('/healthz', (c) => c.json({ ok: true }));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
`;

async function main(): Promise<void> {
  const fake = await FakeLark.start({ perAppPerSecond: 50, perChatPerSecond: 5 });
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-webhook-'));
  const wsDataDir = mkdtempSync(join(tmpdir(), 'bench-ws-'));
  const itemIds = seedLedger(dataDir);
  const wsItemIds = seedLedger(wsDataDir);
  const children: ChildProcess[] = [];
  try {
    const wires: Wire[] = [];
    const ids: string[] = [];
    for (let round = 0; round < PER_CHAT; round += 1) {
      for (let chat = 0; chat < CHATS; chat += 1) {
        const messageId = `om_bench_${chat}_${round}`;
        const chatId = `oc_bench_${chat}`;
        fake.knowMessage(messageId, chatId);
        ids.push(messageId);
        wires.push(
          larkRequest(messageEvent({ messageId, chatId, text: QUESTIONS[round % QUESTIONS.length]! })),
        );
      }
    }
    // Warm-up through the whole ack path (verify, decrypt, inbox) without answers: group messages
    // that do not @-mention the bot are acknowledged and recorded, then ignored. Both servers are warmed
    // the same way until their ack rate is steady (a cold bot acks at a third of its warm rate).
    let warmRound = 0;
    const warmUp = async (port: number): Promise<{ rounds: number; rate: number }> => {
      let previous = 0;
      for (let round = 1; round <= 8; round += 1) {
        warmRound += 1;
        const wires = Array.from({ length: 1000 }, (_, i) =>
          larkRequest(
            messageEvent({
              messageId: `om_warm_${warmRound}_${i}`,
              chatId: `oc_warm_${i % 120}`,
              mentionBot: false,
            }),
          ),
        );
        const run = await burst(port, wires);
        const rate = (wires.length / run.ms) * 1000;
        if (round >= 3 && Math.abs(rate - previous) / previous < 0.1) return { rounds: round, rate };
        previous = rate;
      }
      return { rounds: 8, rate: previous };
    };

    // The bare server: same framework and adapter, nothing but reading the body and answering 200.
    const barePort = await freePort();
    const bare = spawnServer(['--input-type=module', '-e', BARE], { PORT: String(barePort) });
    children.push(bare);
    await until(() => healthy(barePort), 20_000, 'bare server');
    const bareWarm = await warmUp(barePort);
    const bareRun = await burst(barePort, wires);

    const botPort = await freePort();
    // BENCH_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) profiles the bot process.
    const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const bot = spawnServer([...extra, '--import', 'tsx', 'src/main.ts'], {
      PORT: String(botPort),
      DATA_DIR: dataDir,
      ...fake.serverEnv(),
      LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY,
      LARK_VERIFICATION_TOKEN: TEST_TOKEN,
      ADMIN_OPEN_IDS: ADMIN,
    });
    children.push(bot);
    await until(() => healthy(botPort), 20_000, 'bot server');
    // Let the plan load and the bot fetch its identity, as a running server would have.
    await until(() => fake.requests.some((r) => r.path === '/open-apis/bot/v3/info'), 20_000, 'bot info');
    await new Promise((r) => setTimeout(r, 2000));
    const botWarm = await warmUp(botPort);
    const burstStart = Date.now();
    const botRun = await burst(botPort, wires);
    await until(() => fake.delivered.length >= ids.length, 120_000, 'all answers').catch(() => {});
    const lastAnswerMs = Math.max(...fake.delivered.map((m) => m.at)) - burstStart;
    await new Promise((r) => setTimeout(r, 1500)); // anything sent twice would show up now

    // Clicks on the same server: a form submit each, recording progress on an item (a write, as 销号 is).
    const clickWires = Array.from({ length: CLICKS }, (_, i) =>
      larkRequest(clickEvent(fake, itemIds[i % itemIds.length]!, i)),
    );
    const clickRun = await burst(botPort, clickWires, {
      path: '/webhook/card',
      inFlight: CLICKS_IN_FLIGHT,
      bodies: true,
    });
    const toasts = clickRun.bodies.map((b) => (JSON.parse(b) as { toast?: { type: string } }).toast?.type);
    await stop(bot);

    // The same server in long-connection mode, on its own data folder.
    const wsPort = await freePort();
    const connections = fake.ws.endpointCalls;
    const wsBot = spawnServer(['--import', 'tsx', 'src/main.ts'], {
      PORT: String(wsPort),
      DATA_DIR: wsDataDir,
      ...fake.serverEnv(),
      LARK_MODE: 'ws',
      ADMIN_OPEN_IDS: ADMIN,
    });
    children.push(wsBot);
    await until(() => fake.ws.endpointCalls > connections && fake.ws.connected > 0, 20_000, 'ws connection');
    await new Promise((r) => setTimeout(r, 2000));
    // Warm-up as for the webhook: messages acknowledged and recorded, not answered.
    await pool(
      Array.from({ length: 1000 }, (_, i) =>
        messageEvent({ messageId: `om_wswarm_${i}`, chatId: `oc_warm_${i % 120}`, mentionBot: false }),
      ),
      IN_FLIGHT,
      (event) => fake.ws.push(event),
    );
    const wsIds: string[] = [];
    const wsEvents = wires.map((_, i) => {
      const chat = i % CHATS;
      const messageId = `om_ws_${chat}_${Math.floor(i / CHATS)}`;
      fake.knowMessage(messageId, `oc_ws_${chat}`);
      wsIds.push(messageId);
      return messageEvent({ messageId, chatId: `oc_ws_${chat}`, text: QUESTIONS[i % QUESTIONS.length]! });
    });
    const wsAcks = await pool(wsEvents, IN_FLIGHT, (event) => fake.ws.push(event));
    await until(() => wsIds.every((id) => fake.repliesTo(id).length > 0), 120_000, 'all ws answers').catch(
      () => {},
    );
    await new Promise((r) => setTimeout(r, 1500));
    // Clicks once the answers are out, as the webhook's clicks were.
    const wsClickAcks = await pool(
      Array.from({ length: CLICKS }, (_, i) => clickEvent(fake, wsItemIds[i % wsItemIds.length]!, i)),
      CLICKS_IN_FLIGHT,
      (event) => fake.ws.push(event),
    );
    await stop(wsBot);
    // The bare server again, after the bot, so noise from other load on the machine shows in both.
    const bareAgain = await burst(barePort, wires);
    await stop(bare);

    const perMessage = new Map<string, number>();
    for (const m of fake.delivered)
      if (m.replyTo) perMessage.set(m.replyTo, (perMessage.get(m.replyTo) ?? 0) + 1);
    const exactlyOnce = ids.filter((id) => perMessage.get(id) === 1).length;
    const wsExactlyOnce = wsIds.filter((id) => perMessage.get(id) === 1).length;
    const wsAckMs = wsAcks.map((a) => a.ackAt - a.sentAt);
    const wsClickMs = wsClickAcks.map((a) => a.ackAt - a.sentAt);
    const wsToasts = wsClickAcks.map(
      (a) => (a.data as { toast?: { type: string } } | undefined)?.toast?.type,
    );
    const successes = (types: (string | undefined)[]) => types.filter((t) => t === 'success').length;
    const twice = ids.filter((id) => (perMessage.get(id) ?? 0) > 1).length;
    const rate = (run: { ms: number }) => (wires.length / run.ms) * 1000;
    const bareRate = (rate(bareRun) + rate(bareAgain)) / 2;
    const bareP99 = (percentile(bareRun.latencies, 99) + percentile(bareAgain.latencies, 99)) / 2;
    const botP99 = percentile(botRun.latencies, 99);
    const lines = [
      `burst: ${wires.length} signed encrypted questions, ${CHATS} group chats, ${IN_FLIGHT} in flight (load generator: a fresh child process per burst)`,
      `warm-up (1000 un-mentioned messages a round, until steady): bare ${bareWarm.rounds} rounds → ${bareWarm.rate.toFixed(0)} acks/s, bot ${botWarm.rounds} rounds → ${botWarm.rate.toFixed(0)} acks/s`,
      `bare Hono before: ${rate(bareRun).toFixed(0)} acks/s, p50 ${percentile(bareRun.latencies, 50).toFixed(1)} ms, p99 ${percentile(bareRun.latencies, 99).toFixed(1)} ms`,
      `bare Hono after:  ${rate(bareAgain).toFixed(0)} acks/s, p50 ${percentile(bareAgain.latencies, 50).toFixed(1)} ms, p99 ${percentile(bareAgain.latencies, 99).toFixed(1)} ms`,
      `bot:              ${rate(botRun).toFixed(0)} acks/s, p50 ${percentile(botRun.latencies, 50).toFixed(1)} ms, p99 ${botP99.toFixed(1)} ms, non-200: ${botRun.statuses.filter((s) => s !== 200).length}`,
      `ack rate relative to bare (mean of both): ${((rate(botRun) / bareRate) * 100).toFixed(0)}% (target ≥ 25%, aim ≥ 60%)`,
      `p99 ack: ${botP99.toFixed(1)} ms = ${(botP99 / bareP99).toFixed(2)}× bare (target < 1000 ms, aim ≤ 1.5×)`,
      `answers delivered exactly once: ${exactlyOnce}/${ids.length}; more than once: ${twice}; uuid resends absorbed: ${fake.deduplicated}`,
      `rate-limit refusals from fake Lark: ${fake.violations.length} (app ${fake.violations.filter((v) => v.kind === 'app').length}, chat ${fake.violations.filter((v) => v.kind === 'chat').length})`,
      `last answer after ${(lastAnswerMs / 1000).toFixed(2)} s = ${(lastAnswerMs / LARK_FLOOR_MS).toFixed(2)}× Lark's floor of ${LARK_FLOOR_MS / 1000} s (aim ≤ 1.1×)`,
      '',
      `latency, one run (target: every p99 < 3000 ms, Lark's limit):`,
      `  webhook ack (${wires.length} questions, ${IN_FLIGHT} in flight):       ${p50p99(botRun.latencies)}`,
      `  click to toast, webhook (${CLICKS} form submits recording 整改 进展, ${CLICKS_IN_FLIGHT} in flight): ${p50p99(clickRun.latencies)}; success toasts ${successes(toasts)}/${CLICKS}`,
      `  ws ack (${wsEvents.length} questions pushed as frames, ${IN_FLIGHT} in flight):  ${p50p99(wsAckMs)}; non-200 acks ${wsAcks.filter((a) => a.code !== 200).length}`,
      `  click to toast, ws (${CLICKS} clicks, ${CLICKS_IN_FLIGHT} in flight):           ${p50p99(wsClickMs)}; success toasts ${successes(wsToasts)}/${CLICKS}`,
      `  ws answers delivered exactly once: ${wsExactlyOnce}/${wsIds.length}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (exactlyOnce !== ids.length || wsExactlyOnce !== wsIds.length) process.exitCode = 1;
    if (successes(toasts) !== CLICKS || successes(wsToasts) !== CLICKS) process.exitCode = 1;
  } finally {
    for (const child of children) await stop(child);
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(wsDataDir, { recursive: true, force: true });
    if (loadDir) rmSync(loadDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
