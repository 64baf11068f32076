import { execFileSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger';
import { openFileStore, storePaths, verifyStore } from '../../src/store';
import { TEST_ENCRYPT_KEY } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { deliver } from '../support/lark-delivery';
import { exited, killTestServer, startTestServer, type TestServer } from '../support/test-server';
import { until } from '../support/until';

// A full disk under the running server: DATA_DIR on a small tmpfs filled to the last byte (where the test
// may mount one; otherwise the test build's injected ENOSPC). Messages keep coming; Lark delivers again what
// was not acknowledged. While writes fail /healthz is not ok and no one is told "nothing was recorded"; once
// space returns (no restart) every acknowledged message is recorded once and answered once — after at most one
// "being checked" notice of its own — and verify holds.

const HEAD = 'ou_head';

interface Disk {
  dataDir: string;
  fill(): void;
  free(): void;
  env: NodeJS.ProcessEnv;
  cleanup(): void;
}

/** An 8 MB tmpfs when this process may mount one, else a folder with the test build's full-disk flag. */
function smallDisk(): Disk {
  const base = mkdtempSync(join(tmpdir(), 'disk-full-'));
  const mount = join(base, 'mnt');
  mkdirSync(mount);
  try {
    if (process.env.DISK_FULL_TEST_NO_MOUNT) throw new Error('asked not to mount');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mount], { stdio: 'ignore' });
    const filler = join(mount, 'filler');
    return {
      dataDir: join(mount, 'data'),
      env: {},
      fill() {
        const fd = openSync(filler, 'w');
        const chunk = Buffer.alloc(64 * 1024, 1);
        try {
          for (;;) writeSync(fd, chunk);
        } catch {
          // ENOSPC: full. Fill the last pages too, a byte at a time.
          try {
            for (;;) writeSync(fd, Buffer.alloc(1));
          } catch {}
        } finally {
          closeSync(fd);
        }
      },
      free: () => rmSync(filler, { force: true }),
      cleanup() {
        execFileSync('umount', [mount], { stdio: 'ignore' });
        rmSync(base, { recursive: true, force: true });
      },
    };
  } catch {
    const flag = join(base, 'disk-full');
    return {
      dataDir: join(base, 'data'),
      env: { AUDIT_DISK_FULL_FLAG: flag },
      // The journal refuses while the inbox still takes its small appends, as a nearly full disk may.
      fill: () => writeFileSync(flag, 'journal.jsonl'),
      free: () => rmSync(flag, { force: true }),
      cleanup: () => rmSync(base, { recursive: true, force: true }),
    };
  }
}

describe('a full disk', () => {
  let fake: FakeLark;
  let disk: Disk;
  let server: TestServer | undefined;

  beforeEach(async () => {
    fake = await FakeLark.start();
    disk = smallDisk();
    mkdirSync(disk.dataDir, { recursive: true });
    const store = openFileStore({ dataDir: disk.dataDir, logger: silentLogger, fsync: false });
    store.addMember({ by: 'ou_admin', at: new Date() }, { openId: HEAD, division: '社保处', role: '处长' });
    store.close();
  });
  afterEach(async () => {
    await killTestServer(server);
    await fake.close();
    disk.cleanup();
  });

  it('never says "not recorded" for what is recorded, answers each message once when space returns, and needs no restart', async () => {
    server = await startTestServer({
      DATA_DIR: disk.dataDir,
      ...fake.serverEnv(),
      LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY,
      ...disk.env,
    });
    const url = server.url;
    const send = (i: number) =>
      deliver(url, fake, {
        messageId: `om_${i}`,
        chatId: `oc_${i % 3}`,
        user: HEAD,
        text: `进展 3.2 第 ${i} 项`,
      });
    const acked = new Set<number>();
    for (let i = 0; i < 6; i += 1) if (await send(i)) acked.add(i);
    await until(
      () => [...acked].every((i) => fake.repliesTo(`om_${i}`).length > 0),
      20_000,
      'answers before',
    );

    disk.fill();
    for (let i = 6; i < 30; i += 1) if (await send(i)) acked.add(i);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false });

    disk.free();
    // Lark delivers again what it got no 200 for.
    await until(
      async () => {
        for (let i = 6; i < 30; i += 1) if (!acked.has(i) && (await send(i))) acked.add(i);
        return acked.size === 30;
      },
      30_000,
      'every message acknowledged',
    );
    await until(() => fetch(`${url}/healthz`).then((r) => r.ok), 20_000, 'healthz ok again');
    const final = (i: number) => fake.repliesTo(`om_${i}`).filter((m) => !m.content.includes('正在核实'));
    await until(() => [...acked].every((i) => final(i).length > 0), 60_000, 'every final answer');
    // Writes work again without a restart.
    expect(await send(30)).toBe(true);
    await until(() => final(30).length > 0, 20_000, 'an answer after');
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toEqual({ code: 0, signal: null });

    const journal = readFileSync(storePaths(disk.dataDir).journal, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg?: string; type: string });
    for (let i = 0; i <= 30; i += 1) {
      const replies = fake.repliesTo(`om_${i}`);
      expect(final(i)).toHaveLength(1);
      expect(replies.length - final(i).length).toBeLessThanOrEqual(1);
      for (const r of replies) expect(r.content).not.toContain('没有记录任何内容');
      expect(journal.filter((r) => r.msg === `om_${i}` && r.type === 'progress')).toHaveLength(1);
      expect(final(i)[0]!.content).toContain('第');
    }
    expect(verifyStore(disk.dataDir)).toMatchObject({ ok: true });
  }, 150_000);
});
