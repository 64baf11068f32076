import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_STATE_FILE } from '../../src/jobs/job-state';
import { calendarFilePath } from '../../src/time/calendar-overrides';
import { larkRequest, messageEvent } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { deliver } from '../support/lark-delivery';
import { freshDatabase, onDatabase, pgAvailable, type TestDatabase } from '../support/pg-database';
import { answerTo, startPgInstance } from '../support/pg-instance';
import { runCli } from '../support/run-cli';
import { exited, killTestServer, type TestServer } from '../support/test-server';
import { until } from '../support/until';

// An instance on PostgreSQL keeps nothing of value on its own disk. Instance A (on DATA_DIR a) is sent a plan
// in chat, makes it current, has days set by hand (calendar.json) and in chat, gives up on one answer (Lark
// refuses it for good) and owes another (Lark down) when it is lost (SIGKILL). Instance B, on a new empty
// DATA_DIR b and the same database, answers from that plan, honours those days, counts the answer set
// aside, and delivers the owed one once; its folder stays empty.
const available = await pgAvailable();

const ADMIN = 'ou_admin';
const PLAN = 'test/fixtures/plans/bureau-15th-five-year.txt';

describe.skipIf(!available)('an instance on PostgreSQL and its local disk', () => {
  let db: TestDatabase;
  let fake: FakeLark;
  let a: TestServer | undefined;
  let b: TestServer | undefined;
  const dirA = mkdtempSync(join(tmpdir(), 'pg-disk-a-'));
  const dirB = mkdtempSync(join(tmpdir(), 'pg-disk-b-'));
  const dirC = mkdtempSync(join(tmpdir(), 'pg-disk-c-'));
  let sent = 0;

  const start = (dir: string) => startPgInstance(db, fake, dir, ADMIN);
  /** A message to a server, answered before it returns (unless `answered` is false). */
  const say = async (server: TestServer, text: string, answered = true) => {
    const messageId = `om_disk_${++sent}`;
    expect(await deliver(server.url, fake, { messageId, chatId: 'oc_admin', user: ADMIN, text })).toBe(true);
    if (answered) await until(() => fake.repliesTo(messageId).length > 0, 30_000, `answer to ${text}`);
    return { messageId, answer: () => answerTo(fake, messageId) };
  };
  const health = async (server: TestServer) =>
    (await fetch(`${server.url}/healthz`).then((r) => r.json())) as { undelivered: number; owed: number };

  beforeAll(async () => {
    db = await freshDatabase();
    fake = await FakeLark.start();
  }, 60_000);
  afterAll(async () => {
    await killTestServer(a);
    await killTestServer(b);
    await fake?.close();
    for (const dir of [dirA, dirB, dirC]) rmSync(dir, { recursive: true, force: true });
    await db?.drop();
  });

  it('gives an instance on a new empty folder the plans, the days, and the answers owed', async () => {
    // 2027-01-04 and 2027-01-05 are a Monday and a Tuesday: working days unless the bureau says otherwise.
    writeFileSync(calendarFilePath(dirA), JSON.stringify({ '2027-01-04': 'holiday' }));
    a = await start(dirA);
    expect(a.stderr()).toContain('calendar.file-stored');

    // The plan, sent in chat as a file, then made current.
    const messageId = `om_disk_${++sent}`;
    fake.putFile(messageId, 'file_v3_plan', readFileSync(PLAN), { name: '十五五实施方案.txt' });
    const event = messageEvent({
      messageId,
      chatType: 'p2p',
      mentionBot: false,
      messageType: 'file',
      content: JSON.stringify({ file_key: 'file_v3_plan', file_name: '十五五实施方案.txt' }),
      senderOpenId: ADMIN,
    });
    expect((await fetch(`${a.url}/webhook/event`, { method: 'POST', ...larkRequest(event) })).status).toBe(
      200,
    );
    await until(() => fake.repliesTo(messageId).length > 0, 30_000, 'plan added');
    expect(answerTo(fake, messageId)).toContain('已导入方案 2026-2030');
    expect((await say(a, '方案 启用 2026-2030')).answer()).toContain('已启用方案 2026-2030');
    expect((await say(a, '日历 设置 2027-01-05 休息日')).answer()).toContain('已将 2027-01-05 设为休息日');

    // One answer Lark refuses for good: set aside.
    fake.failNext({ status: 400, code: 230002, msg: 'bot not in chat' });
    const refused = await say(a, '方案', false);
    await until(async () => (await health(a!)).undelivered === 1, 30_000, 'answer set aside');
    expect(fake.repliesTo(refused.messageId)).toEqual([]);

    // Lark down: one answer owed when A is lost.
    fake.outage = { status: 503, msg: 'service unavailable' };
    const owed = await say(a, '日历 2027-01-04', false);
    await until(
      () =>
        fake.requests.some((r) => r.status >= 500 && r.path.includes(`/messages/${owed.messageId}/reply`)),
      30_000,
      'a try while Lark is down',
    );
    a.child.kill('SIGKILL');
    await exited(a.child);
    fake.outage = undefined;
    // Nothing of A's folder but the hand-edited calendar.json it was given.
    expect(readdirSync(dirA)).toEqual(['calendar.json']);

    b = await start(dirB);
    // The owed answer: taken over once A's lease ran out, delivered once.
    await until(() => fake.repliesTo(owed.messageId).length > 0, 60_000, 'owed answer delivered');
    expect(answerTo(fake, owed.messageId)).toContain('休息日');
    expect((await health(b)).undelivered).toBe(1);
    // The plan A was sent, current; the days set by hand and in chat.
    expect((await say(b, '方案')).answer()).toMatch(/2026-2030 .*当前方案/);
    expect((await say(b, '惠民惠企政策谁牵头')).answer()).toContain('企业审计处');
    expect((await say(b, '日历 2027-01-04')).answer()).toContain('2027-01-04:休息日');
    expect((await say(b, '日历 2027-01-05')).answer()).toContain('2027-01-05:休息日');
    expect((await say(b, '日历 2027-01-06')).answer()).toContain('2027-01-06:工作日');

    b.child.kill('SIGTERM');
    expect(await exited(b.child)).toEqual({ code: 0, signal: null });
    expect(fake.repliesTo(owed.messageId)).toHaveLength(1);
    expect(readdirSync(dirB)).toEqual([]);
    const [row] = await onDatabase<{ line: { key: string } }>(db.url, 'SELECT line FROM undelivered');
    expect(row!.line.key).toBe(`m:${refused.messageId}`);

    // The CLI on the database: plan list and plan add, and job's state kept there too.
    const env = { DATABASE_URL: db.url, ADMIN_OPEN_IDS: ADMIN };
    const list = await runCli(dirC, ['plan', 'list'], '', env);
    expect(list.stdout).toMatch(/2026-2030\t.*当前方案\tpostgres:plan_files\/2026-2030\.txt/);
    const added = await runCli(dirC, ['plan', 'add', 'test/fixtures/plans/annual-work-points.txt'], '', env);
    expect(added.stdout).toContain('已导入方案 2026');
    const [plans] = await onDatabase<{ n: number }>(db.url, 'SELECT count(*)::int AS n FROM plan_files');
    expect(plans!.n).toBe(2);
    const job = await runCli(dirC, ['job', 'reminders', '--now', '2027-01-06T09:00:00+08:00'], '', env);
    expect(job.status).toBe(0);
    const [state] = await onDatabase<{ data: { lastRun: Record<string, string> } }>(
      db.url,
      'SELECT data FROM job_state',
    );
    expect(state!.data.lastRun.reminders).toBe('2027-01-06');
    expect(existsSync(join(dirC, JOB_STATE_FILE))).toBe(false);
    expect(readdirSync(dirC)).toEqual([]);
  }, 240_000);
});
