import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger';
import { openFileStore, storePaths, verifyStore } from '../../src/store';
import { TEST_ENCRYPT_KEY } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { freePort } from '../support/free-port';
import { deliver, runCli } from '../support/lark-delivery';
import {
  exited,
  killTestServer,
  runServerToExit,
  startTestServer,
  type TestServer,
} from '../support/test-server';
import { until } from '../support/until';

// One owner of a data folder, tried as an operator would by mistake: a second `npm start` (same port, same
// DATA_DIR) during a burst, a second server on another port, a writing CLI verb beside a server. Each refuses
// in one line naming what is in use, touching nothing; the first server answers every message it acknowledged
// once and records it once; the reading verbs run beside it.

const HEAD = 'ou_head';

/**
 * Every file in the folder with its inode, size and modification time (what "touched nothing" compares); the
 * running server's own inbox only by inode (it appends there itself).
 */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else out[path] = name === 'inbox.jsonl' ? `${st.ino}` : `${st.ino}:${st.size}:${st.mtimeMs}`;
    }
  };
  walk(dir);
  return out;
}

describe('one owner of a data folder', () => {
  let fake: FakeLark;
  let dataDir: string;
  let server: TestServer | undefined;
  const env = () => ({ DATA_DIR: dataDir, ...fake.serverEnv(), LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY });

  beforeEach(async () => {
    fake = await FakeLark.start();
    dataDir = mkdtempSync(join(tmpdir(), 'lock-'));
    const store = openFileStore({ dataDir, logger: silentLogger, fsync: false });
    store.addMember({ by: 'ou_admin', at: new Date() }, { openId: HEAD, division: '社保处', role: '处长' });
    store.close();
  });
  afterEach(async () => {
    await killTestServer(server);
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a second npm start during a burst stops in one line naming the port, touching nothing; every acknowledged message is answered and recorded once', async () => {
    server = await startTestServer(env());
    const inbox = join(dataDir, 'inbox.jsonl');
    const inode = statSync(inbox).ino;
    const burst = Array.from({ length: 40 }, (_, i) =>
      deliver(server!.url, fake, {
        messageId: `om_burst_${i}`,
        chatId: `oc_burst_${i % 4}`,
        user: HEAD,
        text: `进展 3.2 第 ${i} 次督查`,
      }),
    );
    const second = runServerToExit({ ...env(), PORT: String(server.port) });
    const acked = await Promise.all(burst);
    const refused = await second;
    expect(refused.code).toBe(1);
    const lines = refused.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`端口 ${server.port}`);
    expect(lines[0]).not.toMatch(/EADDRINUSE| {4}at /);
    // The inbox the first server appends to is the same file (never rewritten under it).
    expect(statSync(inbox).ino).toBe(inode);

    const ids = acked.flatMap((ok, i) => (ok ? [`om_burst_${i}`] : []));
    expect(ids.length).toBeGreaterThan(0);
    await until(() => ids.every((id) => fake.repliesTo(id).length > 0), 30_000, 'every answer');
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toEqual({ code: 0, signal: null });
    for (const id of ids) expect(fake.repliesTo(id)).toHaveLength(1);
    const journal = readFileSync(storePaths(dataDir).journal, 'utf8').trimEnd().split('\n');
    const progress = journal.map((l) => JSON.parse(l)).filter((r) => r.type === 'progress');
    expect(progress.map((r) => r.msg).sort()).toEqual([...ids].sort());
    expect(verifyStore(dataDir)).toMatchObject({ ok: true });
  }, 90_000);

  it('a second server on another port refuses naming the folder and the first one’s pid; after a SIGKILL no stale lock remains', async () => {
    server = await startTestServer(env());
    const before = snapshot(dataDir);
    const refused = await runServerToExit({ ...env(), PORT: String(await freePort()) });
    expect(refused.code).toBe(1);
    const lines = refused.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(dataDir);
    expect(lines[0]).toContain(`进程 ${server.child.pid}`);
    expect(snapshot(dataDir)).toEqual(before);

    server.child.kill('SIGKILL');
    await exited(server.child);
    server = await startTestServer(env());
    expect(await fetch(`${server.url}/healthz`).then((r) => r.json())).toMatchObject({ ok: true });
  }, 60_000);

  it('a writing CLI verb refuses beside a server, touching nothing; verify and export read beside it and say so', async () => {
    server = await startTestServer(env());
    expect(
      await deliver(server.url, fake, {
        messageId: 'om_1',
        chatId: 'oc_1',
        user: HEAD,
        text: '进展 3.2 进点',
      }),
    ).toBe(true);
    await until(() => fake.repliesTo('om_1').length === 1, 20_000, 'the answer');
    const before = snapshot(dataDir);
    const say = await runCli(['say', '进展 3.2 另一条'], { DATA_DIR: dataDir });
    expect(say.code).toBe(1);
    expect(say.stderr.trim().split('\n')).toHaveLength(1);
    expect(say.stderr).toContain(`进程 ${server.child.pid}`);
    expect(say.stdout).toBe('');
    const verify = await runCli(['verify'], { DATA_DIR: dataDir });
    expect(verify.code).toBe(0);
    expect(verify.stderr).toContain(`正由进程 ${server.child.pid}`);
    const exported = await runCli(['export'], { DATA_DIR: dataDir });
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('进点');
    expect(snapshot(dataDir)).toEqual(before);
  }, 60_000);
});
