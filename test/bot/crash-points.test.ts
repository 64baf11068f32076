import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CrashPointName } from '../../src/crash-point';
import { silentLogger } from '../../src/logger';
import { openFileStore, storePaths, verifyStore } from '../../src/store';
import { calendarDay } from '../../src/time/calendar-day';
import { larkRequest, messageEvent, TEST_ENCRYPT_KEY, TEST_TOKEN } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { exited, killTestServer, startTestServer, type TestServer } from '../support/test-server';
import { until } from '../support/until';

// The real server (`tsx src/main.ts`) killed with SIGKILL at each named crash point, while a division head
// records progress, takes one back and registers and updates a ledger item; then started again on the same
// DATA_DIR while Lark delivers again everything (acknowledged or not). Whatever instant it died at: no
// command is lost, none is recorded twice, none is answered twice, and the data verifies.

const HEAD = 'ou_li';
const year = calendarDay(new Date()).slice(0, 4);
const SCRIPT = [
  '进展 3.2 召开审计进点会',
  '进展 3.2 完成养老保险基金抽样',
  '撤销',
  '整改 登记 养老金重复发放 单位:市社保中心 期限:2030-06-30',
  `整改 进展 ZG-${year}-001 已追回部分资金`,
];
const POINTS: CrashPointName[] = [
  'after-inbox-fsync',
  'after-ack',
  'after-journal-append',
  'after-state-write',
  'after-head',
  'after-send',
  'before-done',
];

interface JournalLine {
  seq: number;
  msg?: string;
  type: string;
  data: { seq?: number };
}

describe('a crash at every point of the way', () => {
  let fake: FakeLark;
  let dataDir: string;
  let server: TestServer | undefined;

  const start = async (crashAt?: string) => {
    server = await startTestServer({
      DATA_DIR: dataDir,
      ...fake.serverEnv(),
      LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY,
      LARK_VERIFICATION_TOKEN: TEST_TOKEN,
      AUDIT_CRASH_POINT: crashAt ?? '',
    });
  };
  /** Lark delivering message `i` (again): 200 means acknowledged; a dead server answers nothing. */
  const deliver = async (i: number): Promise<boolean> => {
    const event = messageEvent({
      messageId: `om_cp_${i}`,
      chatId: 'oc_cp',
      chatType: 'p2p',
      senderOpenId: HEAD,
      text: SCRIPT[i]!,
    });
    fake.knowMessage(`om_cp_${i}`, 'oc_cp');
    try {
      const res = await fetch(`${server!.url}/webhook/event`, {
        method: 'POST',
        ...larkRequest(event),
      });
      return res.status === 200;
    } catch {
      return false;
    }
  };

  beforeEach(async () => {
    fake = await FakeLark.start();
    dataDir = mkdtempSync(join(tmpdir(), 'crash-points-'));
    const store = openFileStore({ dataDir, logger: silentLogger });
    store.addMember({ by: 'ou_admin', at: new Date() }, { openId: HEAD, division: '社保处', role: '处长' });
    store.close();
  });
  afterEach(async () => {
    await killTestServer(server);
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(POINTS)(
    'killed at %s, then restarted: nothing lost, recorded twice or answered twice, and verify holds',
    { timeout: 60_000 },
    async (point) => {
      // The third message (撤销) is the one that dies: a replay that ran again would retract a second update.
      await start(`${point}@3`);
      const running = server!.child;
      for (let i = 0; i < SCRIPT.length; i += 1) if (!(await deliver(i))) break;
      expect(await exited(running)).toEqual({ code: null, signal: 'SIGKILL' });

      await start();
      // Lark delivers again what it got no 200 for — and, as it does now and then, what it did.
      for (let i = 0; i < SCRIPT.length; i += 1) expect(await deliver(i)).toBe(true);
      await until(
        () => SCRIPT.every((_, i) => fake.repliesTo(`om_cp_${i}`).length > 0),
        30_000,
        'an answer to every message',
      );
      // A graceful stop drains whatever work is left, so nothing more can happen after it.
      server!.child.kill('SIGTERM');
      expect(await exited(server!.child)).toEqual({ code: 0, signal: null });

      for (let i = 0; i < SCRIPT.length; i += 1) expect(fake.repliesTo(`om_cp_${i}`)).toHaveLength(1);
      const journal = readFileSync(storePaths(dataDir).journal, 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as JournalLine);
      const of = (i: number, type: string) =>
        journal.filter((r) => r.msg === `om_cp_${i}` && r.type === type);
      expect(of(0, 'progress')).toHaveLength(1);
      expect(of(1, 'progress')).toHaveLength(1);
      const retractions = of(2, 'progress.retract');
      expect(retractions).toHaveLength(1);
      expect(retractions[0]!.data.seq).toBe(of(1, 'progress')[0]!.seq);
      expect(of(3, 'zg.register')).toHaveLength(1);
      expect(of(4, 'zg.note')).toHaveLength(1);
      for (let i = 0; i < SCRIPT.length; i += 1) expect(of(i, 'outcome')).toHaveLength(1);
      // The 撤销 answer names the update it took back.
      expect(fake.repliesTo('om_cp_2')[0]!.content).toContain(`#${of(1, 'progress')[0]!.seq}`);
      expect(verifyStore(dataDir)).toMatchObject({ ok: true });
    },
  );
});
