import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageEvent } from './fixtures/lark/events';
import { ask } from './support/core';
import { FakeLark } from './support/fake-lark';
import { freePort } from './support/free-port';
import { until } from './support/until';

// `npm start` as operators run it (through npm: it builds dist/ first, then runs it), environment variables
// only. `--silent` keeps npm's own banner off standard output.

const root = join(import.meta.dirname, '..');

/** This machine's address on a network (not loopback), if it has one. */
function outsideAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
}

const reachable = (host: string, port: number) =>
  fetch(`http://${host}:${port}/healthz`).then(
    (r) => r.ok,
    () => false,
  );

const healthOf = (port: number) =>
  fetch(`http://127.0.0.1:${port}/healthz`).then(
    (r) => r.json() as Promise<Record<string, unknown>>,
    () => undefined,
  );

function start(env: Record<string, string>) {
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exit, output: () => ({ stderr, stdout }) };
}

describe('npm start', () => {
  it('starts in local mode without credentials, says so, and answers /healthz within 10 s', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'main-local-'));
    const started = Date.now();
    const server = start({ PORT: String(port), DATA_DIR: dataDir, LARK_APP_ID: '', LARK_APP_SECRET: '' });
    try {
      let health: { ok?: boolean; mode?: string } | undefined;
      while (!health && Date.now() - started < 10_000) {
        health = await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.json() as Promise<{ ok: boolean; mode: string }>,
          () => undefined,
        );
        if (!health) await new Promise((r) => setTimeout(r, 100));
      }
      expect(health).toMatchObject({ ok: true, mode: 'local' });
      expect(server.output().stderr).toContain('本地模式');
      // The built bundle reads the plan and everything the answers need (nothing left behind in src/).
      await until(() => /"msg":"plan ready"/.test(server.output().stderr), 10_000, 'plan ready');
      expect(server.output().stderr).not.toMatch(/"level":"error"/);
      // Local mode answers no one but this machine.
      expect(server.output().stderr).toContain('"host":"127.0.0.1"');
      const outside = outsideAddress();
      if (outside) expect(await reachable(outside, port)).toBe(false);
      server.child.kill('SIGTERM');
      expect(await server.exit).toBe(0);
      expect(server.output().stdout).toBe('');
    } finally {
      server.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('in local mode prints a sign-in link for the local administrator, good once, also across a restart', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'main-dash-'));
    const env = { PORT: String(port), DATA_DIR: dataDir, LARK_APP_ID: '', LARK_APP_SECRET: '' };
    const linkOf = async (server: ReturnType<typeof start>) => {
      await until(() => /dash\/signin\?t=/.test(server.output().stderr), 15_000, 'the sign-in link');
      return /"url":"(http:\/\/127\.0\.0\.1:\d+\/dash\/signin\?t=[^"]+)"/.exec(server.output().stderr)![1]!;
    };
    const use = (link: string) =>
      fetch(`http://127.0.0.1:${port}/dash/signin`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ t: new URL(link).searchParams.get('t')! }).toString(),
      });
    let server = start(env);
    try {
      const first = await linkOf(server);
      expect(server.output().stderr).toContain('本地管理员');
      // The built server loads the pages on the first one asked for.
      expect((await fetch(first)).status).toBe(200);
      const used = await use(first);
      expect(used.status).toBe(303);
      const session = used.headers.get('set-cookie')!.split(';')[0]!;
      await until(() => /"msg":"plan ready"/.test(server.output().stderr), 10_000, 'plan ready');
      const overview = await fetch(`http://127.0.0.1:${port}/dash`, { headers: { cookie: session } });
      expect(overview.status).toBe(200);
      expect(await overview.text()).toContain('整改率(按数量)');
      server.child.kill('SIGTERM');
      expect(await server.exit).toBe(0);

      server = start(env);
      const second = await linkOf(server);
      expect(second).not.toBe(first);
      expect((await use(first)).status).toBe(410);
      expect((await fetch(`http://127.0.0.1:${port}/dash`, { headers: { cookie: session } })).status).toBe(
        200,
      );
      server.child.kill('SIGTERM');
      expect(await server.exit).toBe(0);
      expect(server.output().stdout).toBe('');
    } finally {
      server.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('stops with one line naming a wrong variable, and never echoes a secret', async () => {
    const server = start({ PORT: 'eighty', LARK_APP_SECRET: 'sekrit-value' });
    expect(await server.exit).not.toBe(0);
    const lines = server.output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PORT');
    expect(server.output().stderr).not.toContain('sekrit-value');
  });

  it('stops with one line naming a hand-edited calendar.json that cannot be read, and what to do', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'main-calendar-'));
    writeFileSync(join(dataDir, 'calendar.json'), '{ "2027-01-01": "holiday", "2027-02-30": "holiday" }');
    try {
      const server = start({ PORT: String(port), DATA_DIR: dataDir, LARK_APP_ID: '', LARK_APP_SECRET: '' });
      expect(await server.exit).toBe(1);
      const lines = server.output().stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(join(dataDir, 'calendar.json'));
      expect(lines[0]).toContain('2027-02-30');
      expect(lines[0]).toContain('请改正或删去该文件后再启动');
      expect(await healthOf(port)).toBeUndefined();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses webhooks with credentials but neither token nor key, in one line naming both', async () => {
    const server = start({
      PORT: String(await freePort()),
      LARK_APP_ID: 'cli_a1b2c3d4e5f60718',
      LARK_APP_SECRET: 'sekrit-value',
    });
    expect(await server.exit).not.toBe(0);
    const lines = server.output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('LARK_VERIFICATION_TOKEN');
    expect(lines[0]).toContain('LARK_ENCRYPT_KEY');
    expect(server.output().stderr).not.toContain('sekrit-value');
  });

  it('serves unverified webhooks only when a lab says LARK_ALLOW_UNVERIFIED=1, warning at every start', async () => {
    const fake = await FakeLark.start();
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'main-lab-'));
    const { LARK_VERIFICATION_TOKEN: _token, ...credentials } = fake.serverEnv();
    const server = start({
      PORT: String(port),
      DATA_DIR: dataDir,
      ...credentials,
      LARK_ALLOW_UNVERIFIED: '1',
    });
    try {
      await until(async () => (await healthOf(port)) !== undefined, 10_000, 'healthz');
      expect(await healthOf(port)).toMatchObject({ ok: true, mode: 'lark' });
      expect(server.output().stderr).toMatch(/"level":"warn","msg":"LARK_ALLOW_UNVERIFIED=1/);
      // Lark mode listens on every interface by default.
      expect(server.output().stderr).toContain('"host":"0.0.0.0"');
      const outside = outsideAddress();
      if (outside) expect(await reachable(outside, port)).toBe(true);
      server.child.kill('SIGTERM');
      expect(await server.exit).toBe(0);
    } finally {
      server.child.kill('SIGKILL');
      await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('in ws mode holds a long connection, serves only /healthz, and answers what Lark pushes', async () => {
    const fake = await FakeLark.start();
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'main-ws-'));
    const { LARK_VERIFICATION_TOKEN: _token, ...credentials } = fake.serverEnv();
    const server = start({ PORT: String(port), DATA_DIR: dataDir, ...credentials, LARK_MODE: 'ws' });
    try {
      await until(async () => (await healthOf(port))?.connected === true, 15_000, 'the long connection');
      expect(await healthOf(port)).toMatchObject({ ok: true, mode: 'ws', connected: true });
      const webhook = await fetch(`http://127.0.0.1:${port}/webhook/event`, { method: 'POST', body: '{}' });
      expect(webhook.status).toBe(404);
      // The bot needs its own open_id before it can tell a group message is meant for it.
      await until(() => fake.requests.some((r) => r.path === '/open-apis/bot/v3/info'), 10_000, 'bot info');
      fake.knowMessage('om_main_ws', 'oc_main');
      // A question about the plan: the built server answers it as the core does from src/ on the same plan.
      const question = '公租房审计谁来管?';
      const ack = await fake.ws.push(
        messageEvent({ messageId: 'om_main_ws', chatId: 'oc_main', text: question }),
      );
      expect(ack.code).toBe(200);
      await until(() => fake.repliesTo('om_main_ws').length === 1, 20_000, 'the answer');
      const task = (await ask(question)).split('\n').find((line) => line.startsWith('任务 '));
      expect(task).toBeDefined();
      expect(fake.repliesTo('om_main_ws')[0]!.content).toContain(task);
      server.child.kill('SIGTERM');
      expect(await server.exit).toBe(0);
      expect(server.output().stdout).toBe('');
    } finally {
      server.child.kill('SIGKILL');
      await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
