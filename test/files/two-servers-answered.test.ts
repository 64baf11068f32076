import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger';
import { openFileStore, storePaths, verifyStore } from '../../src/store';
import { TEST_ENCRYPT_KEY } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { freePort } from '../support/free-port';
import { deliver } from '../support/lark-delivery';
import {
  exited,
  killTestServer,
  runServerToExit,
  startTestServer,
  type TestServer,
} from '../support/test-server';
import { until } from '../support/until';

// The companion of data-dir-lock.test.ts's second server: two servers on one DATA_DIR (different ports),
// the second started while people write to the first, and again after the first was killed and started
// anew. The second refuses each time; every message the first acknowledged is answered once and recorded
// once, and verify holds — the journal stays one chain.

const HEAD = 'ou_head';

describe('two servers on one folder, with messages arriving', () => {
  let fake: FakeLark;
  let dataDir: string;
  let server: TestServer | undefined;
  const acked: string[] = [];
  let n = 0;
  const env = () => ({ DATA_DIR: dataDir, ...fake.serverEnv(), LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY });
  /** `count` messages to the first server at once; the acknowledged ones are kept. */
  const burst = async (count: number) => {
    const ids = Array.from({ length: count }, () => {
      n += 1;
      return `om_two_${n}`;
    });
    const ok = await Promise.all(
      ids.map((id, i) =>
        deliver(server!.url, fake, {
          messageId: id,
          chatId: `oc_two_${i % 3}`,
          user: HEAD,
          text: `进展 3.2 ${id}`,
        }),
      ),
    );
    acked.push(...ids.filter((_, i) => ok[i]));
  };
  /** A second server on another port, started while `during` runs: its one refusal line. */
  const secondRefuses = async (during: Promise<void>) => {
    const [refused] = await Promise.all([
      runServerToExit({ ...env(), PORT: String(await freePort()) }),
      during,
    ]);
    expect(refused.code).toBe(1);
    const lines = refused.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('{"time"'));
    expect(lines, refused.stderr).toHaveLength(1);
    expect(lines[0]).toContain(dataDir);
    expect(lines[0]).toContain(`进程 ${server!.child.pid}`);
  };

  beforeEach(async () => {
    acked.length = 0;
    n = 0;
    fake = await FakeLark.start();
    dataDir = mkdtempSync(join(tmpdir(), 'two-servers-'));
    const store = openFileStore({ dataDir, logger: silentLogger, fsync: false });
    store.addMember({ by: 'ou_admin', at: new Date() }, { openId: HEAD, division: '社保处', role: '处长' });
    store.close();
  });
  afterEach(async () => {
    await killTestServer(server);
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers and records every acknowledged message once, and verify holds', async () => {
    server = await startTestServer(env());
    await burst(10);
    await secondRefuses(burst(20));
    await burst(10);

    // The first killed; started anew; a second server tried again while messages arrive.
    server.child.kill('SIGKILL');
    await exited(server.child);
    server = await startTestServer(env());
    await secondRefuses(burst(20));
    await until(() => acked.every((id) => fake.repliesTo(id).length > 0), 30_000, 'every answer');
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toEqual({ code: 0, signal: null });

    expect(acked.length).toBeGreaterThanOrEqual(50);
    for (const id of acked) expect(fake.repliesTo(id), id).toHaveLength(1);
    const progress = readFileSync(storePaths(dataDir).journal, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; msg?: string })
      .filter((r) => r.type === 'progress');
    expect(progress.map((r) => r.msg).sort()).toEqual([...acked].sort());
    const verified = verifyStore(dataDir);
    expect(verified.firstBad).toBeUndefined();
    expect(verified).toMatchObject({ ok: true });
  }, 120_000);
});
