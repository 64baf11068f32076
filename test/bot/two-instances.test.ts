import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarFilePath } from '../../src/time/calendar-overrides';
import { calendarDay } from '../../src/time/zoned-time';
import { TEST_ENCRYPT_KEY, TEST_TOKEN } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { deliver } from '../support/lark-delivery';
import { freshDatabase, onDatabase, pgAvailable, type TestDatabase } from '../support/pg-database';
import { runCli } from '../support/run-cli';
import { exited, killTestServer, startTestServer, type TestServer } from '../support/test-server';
import { until } from '../support/until';

// Two real servers on one PostgreSQL database behind one webhook URL, as Lark sees them: 600 messages from
// 20 chats, each delivered to one instance and about a tenth of them to the other as well (Lark's retry);
// one instance is killed (SIGKILL) mid-burst — Lark's deliveries to it then go to the other — and started
// again. Every message is answered once, recorded once, the chain verifies, and the reminder job that both
// instances find due at start runs once.
const available = await pgAvailable();

const CHATS = 20;
const MESSAGES = 600;
const ADMIN = 'ou_admin';

describe.skipIf(!available)('two instances on one database', () => {
  let db: TestDatabase;
  let fake: FakeLark;
  const dirs: string[] = [];
  const servers: (TestServer | undefined)[] = [undefined, undefined];

  const start = async (n: number) => {
    servers[n] = await startTestServer({
      DATA_DIR: dirs[n]!,
      DATABASE_URL: db.url,
      ...fake.serverEnv(),
      LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY,
      LARK_VERIFICATION_TOKEN: TEST_TOKEN,
      ADMIN_OPEN_IDS: ADMIN,
      REMINDER_CHAT_ID: 'oc_work',
      REMINDER_TIME: '00:00',
    });
  };

  beforeAll(async () => {
    db = await freshDatabase();
    fake = await FakeLark.start();
    const today = calendarDay(new Date());
    for (let n = 0; n < 2; n += 1) {
      const dir = mkdtempSync(join(tmpdir(), `two-instances-${n}-`));
      // Today is a working day for both, so the reminders (at 00:00) are due at their start.
      writeFileSync(calendarFilePath(dir), JSON.stringify({ [today]: 'workday' }));
      dirs.push(dir);
    }
    // One overdue item for the reminder job to speak of.
    const seeded = await runCli(
      dirs[0]!,
      ['say', '--user', ADMIN, '整改 登记 逾期未整改 单位:市社保中心 期限:2020-01-01 处室:社保处'],
      '',
      { DATABASE_URL: db.url, ADMIN_OPEN_IDS: ADMIN },
    );
    expect(seeded.stdout).toContain('ZG-');
    await Promise.all([start(0), start(1)]);
  }, 60_000);

  afterAll(async () => {
    for (const s of servers) await killTestServer(s);
    await fake?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    await db?.drop();
  });

  it('answers and records every message once, also across a SIGKILL, and runs the reminder once', async () => {
    const messages = Array.from({ length: MESSAGES }, (_, i) => ({
      messageId: `om_two_${i}`,
      chatId: `oc_chat_${i % CHATS}`,
      user: ADMIN,
      text: `整改 登记 问题${i} 单位:单位${i % CHATS} 期限:2027-06-30 处室:社保处`,
    }));
    const killAt = MESSAGES / 2;
    // Lark delivers to one instance until it acknowledges (a refused or failed delivery goes to the other).
    const send = async (m: (typeof messages)[number], first: number) => {
      for (let attempt = 0; ; attempt += 1) {
        const n = (first + attempt) % 2;
        const server = servers[n];
        if (server && server.child.exitCode === null && server.child.signalCode === null)
          if (await deliver(server.url, fake, m)) return n;
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    let restarted: Promise<void> | undefined;
    for (let i = 0; i < MESSAGES; i += CHATS) {
      const batch = messages.slice(i, i + CHATS);
      // The batch before the kill: Lark takes the answers but they never reach the bots, so the instance
      // killed next holds acknowledged, unfinished work.
      if (i + CHATS >= killAt && !restarted) fake.stall = true;
      await Promise.all(
        batch.map(async (m, j) => {
          const n = await send(m, (i + j) % 2);
          // About one in ten is delivered again, to the other instance.
          if ((i + j) % 10 === 0) await send(m, n + 1);
        }),
      );
      if (i + CHATS >= killAt && !restarted) {
        const killed = servers[0]!;
        await until(() => fake.stalledCount() > 0, 20_000, 'answers under way');
        killed.child.kill('SIGKILL');
        await exited(killed.child);
        servers[0] = undefined;
        fake.stall = false;
        fake.releaseStalled();
        restarted = start(0);
      }
    }
    await restarted;
    await until(
      () => messages.every((m) => fake.repliesTo(m.messageId).length > 0),
      60_000,
      'every message answered',
    );
    // A graceful stop of both drains whatever work is left, so counting after it leaves nothing to happen.
    for (const s of servers) {
      s!.child.kill('SIGTERM');
      expect(await exited(s!.child)).toEqual({ code: 0, signal: null });
    }
    for (const m of messages) expect(fake.repliesTo(m.messageId), m.messageId).toHaveLength(1);
    // What the killed instance had acknowledged and not finished was taken over by an instance alive.
    expect(servers.some((s) => s!.stderr().includes('inbox.adopted'))).toBe(true);
    const [registered] = await onDatabase<{ n: number; issues: number }>(
      db.url,
      `SELECT count(*)::int AS n, count(DISTINCT record::json -> 'data' ->> 'issue')::int AS issues
       FROM journal WHERE type = 'zg.register' AND msg LIKE 'om_two_%'`,
    );
    expect(registered).toEqual({ n: MESSAGES, issues: MESSAGES });
    // The instances kept a snapshot of the state as they went (every 1000 records) and at their stop: verify
    // compares it with the state the whole journal gives.
    const [snapshot] = await onDatabase<{ seq: number }>(
      db.url,
      'SELECT seq::int AS seq FROM state_snapshot',
    );
    expect(snapshot!.seq).toBeGreaterThan(1000);
    const verified = await runCli(dirs[0]!, ['verify'], '', { DATABASE_URL: db.url });
    expect(verified.stdout).toContain('校验通过');
    // Both instances found the reminders due at start; one ran them.
    const reminders = fake.inChat('oc_work');
    expect(reminders.length).toBeGreaterThan(0);
    expect(new Set(reminders.map((r) => r.content)).size).toBe(reminders.length);
    expect(reminders.filter((r) => r.content.includes('逾期未整改'))).toHaveLength(1);
  }, 180_000);
});
