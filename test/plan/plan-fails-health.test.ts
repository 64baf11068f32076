import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_ENCRYPT_KEY } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { exited, killTestServer, startTestServer, type TestServer } from '../support/test-server';
import { until } from '../support/until';

// The plan failing to start on the real server — DATA_DIR/plans is a file where the folder of added plans
// belongs (a plan copied onto the folder's name) — makes /healthz say so: ok:false, 503, the plan part
// `failed` with the reason naming the path, and the jobs never start on it. Put right, the next start is ok.

interface Health {
  ok: boolean;
  plan?: string;
  jobs?: string;
  problems?: Record<string, string>;
}

describe('/healthz when the plan cannot start', () => {
  let fake: FakeLark;
  let dataDir: string;
  let server: TestServer | undefined;
  const start = (waitForOk: boolean) =>
    startTestServer(
      {
        DATA_DIR: dataDir,
        ...fake.serverEnv(),
        LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY,
        REMINDER_CHAT_ID: 'oc_work',
      },
      undefined,
      { waitForOk },
    );
  const health = async () => {
    const res = await fetch(`${server!.url}/healthz`);
    return { status: res.status, body: (await res.json()) as Health };
  };

  beforeEach(async () => {
    fake = await FakeLark.start();
    dataDir = mkdtempSync(join(tmpdir(), 'plan-fails-'));
  });
  afterEach(async () => {
    await killTestServer(server);
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says ok:false with the reason, naming the plans folder, and starts no jobs', async () => {
    const plans = join(dataDir, 'plans');
    writeFileSync(plans, '绍兴市审计局 2026—2030 年实施方案\n');
    server = await start(false);
    await until(async () => (await health()).body.plan === 'failed', 30_000, 'the plan to fail');
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body.ok).toBe(false);
    expect(body.problems?.plan).toContain(plans);
    expect(body.problems?.plan).not.toMatch(/ {4}at /);
    expect(body.jobs).not.toBe('running');
    expect(server.stderr()).toContain('plan failed to load');
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toEqual({ code: 0, signal: null });

    rmSync(plans);
    server = await start(true);
    await until(async () => (await health()).body.plan === 'ready', 30_000, 'the plan');
    expect((await health()).body).toMatchObject({ ok: true });
  }, 90_000);
});
