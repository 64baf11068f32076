import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { larkRequest, messageEvent } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { deliver } from '../support/lark-delivery';
import { freshDatabase, onDatabase, pgAvailable, type TestDatabase } from '../support/pg-database';
import { answerTo, sayOn, startPgInstance } from '../support/pg-instance';
import { exited, killTestServer, type TestServer } from '../support/test-server';
import { until } from '../support/until';

// Two running instances on one database answer from the same plans and the same current plan, without a
// restart. A plan sent in chat to A is made current and asked about through B (and Lark's retry of the
// 启用 to A changes nothing); a second plan sent to A and made current there is the one B's next answer
// comes from; a switch back to the shipped plan on A is B's current plan too.
const available = await pgAvailable();

const ADMIN = 'ou_admin';
const FIFTEENTH = 'test/fixtures/plans/bureau-15th-five-year.txt';
const ANNUAL = 'test/fixtures/plans/annual-work-points.txt';

describe.skipIf(!available)('plans across two running instances', () => {
  let db: TestDatabase;
  let fake: FakeLark;
  let a: TestServer | undefined;
  let b: TestServer | undefined;
  const dirA = mkdtempSync(join(tmpdir(), 'pg-plans-a-'));
  const dirB = mkdtempSync(join(tmpdir(), 'pg-plans-b-'));
  let sent = 0;

  const start = (dir: string) => startPgInstance(db, fake, dir, ADMIN);
  const say = async (server: TestServer, text: string, messageId = `om_across_${++sent}`) => {
    const answer = await sayOn(server, fake, { messageId, chatId: 'oc_admin', user: ADMIN, text });
    return { messageId, answer };
  };
  /** A plan sent in chat as a file, as an admin adds one. */
  const sendPlan = async (server: TestServer, path: string, name: string) => {
    const messageId = `om_across_${++sent}`;
    const fileKey = `file_v3_${sent}`;
    fake.putFile(messageId, fileKey, readFileSync(path), { name });
    const event = messageEvent({
      messageId,
      chatType: 'p2p',
      mentionBot: false,
      messageType: 'file',
      content: JSON.stringify({ file_key: fileKey, file_name: name }),
      senderOpenId: ADMIN,
    });
    const res = await fetch(`${server.url}/webhook/event`, { method: 'POST', ...larkRequest(event) });
    expect(res.status).toBe(200);
    await until(() => fake.repliesTo(messageId).length > 0, 30_000, `plan ${name} added`);
    return answerTo(fake, messageId);
  };

  beforeAll(async () => {
    db = await freshDatabase();
    fake = await FakeLark.start();
    [a, b] = await Promise.all([start(dirA), start(dirB)]);
  }, 60_000);
  afterAll(async () => {
    await killTestServer(a);
    await killTestServer(b);
    await fake?.close();
    for (const dir of [dirA, dirB]) rmSync(dir, { recursive: true, force: true });
    await db?.drop();
  });

  it('takes in a plan another instance was sent, and follows the current plan it switches to', async () => {
    expect(await sendPlan(a!, FIFTEENTH, '十五五实施方案.txt')).toContain('已导入方案 2026-2030');

    // 启用 on B, which was running when A was sent the plan; Lark delivers it to A as well.
    const enabled = await say(b!, '方案 启用 2026-2030');
    expect(enabled.answer).toContain('已启用方案 2026-2030');
    expect(
      await deliver(a!.url, fake, {
        ...enabled,
        chatId: 'oc_admin',
        user: ADMIN,
        text: '方案 启用 2026-2030',
      }),
    ).toBe(true);
    const asked = await say(b!, '惠民惠企政策谁牵头');
    expect(asked.answer).toContain('企业审计处');
    expect(asked.answer).not.toContain('当前方案是');

    // A second plan sent to A and made current there: B's next answer is from it.
    expect(await sendPlan(a!, ANNUAL, '2026年工作要点.txt')).toContain('已导入方案 2026');
    expect((await say(a!, '方案 启用 2026')).answer).toContain('已启用方案 2026');
    const annual = await say(b!, '理论武装谁负责');
    expect(annual.answer).toContain('办公室');
    expect(annual.answer).not.toContain('当前方案是');
    expect((await say(b!, '方案')).answer).toMatch(/2026 .*当前方案/);

    // Back to the shipped plan on A: B follows.
    expect((await say(a!, '方案 启用 2021-2025')).answer).toContain('已启用方案 2021-2025');
    const shipped = await say(b!, '创业就业谁牵头');
    expect(shipped.answer).toContain('社保处');
    expect(shipped.answer).not.toContain('当前方案是');

    // A graceful stop drains what is left: then every message was answered once and recorded once.
    for (const s of [a!, b!]) {
      s.child.kill('SIGTERM');
      expect(await exited(s.child)).toEqual({ code: 0, signal: null });
    }
    for (let n = 1; n <= sent; n += 1)
      expect(fake.repliesTo(`om_across_${n}`), `om_across_${n}`).toHaveLength(1);
    const records = await onDatabase<{ type: string; id: string }>(
      db.url,
      `SELECT type, record::json -> 'data' ->> 'id' AS id FROM journal
       WHERE type IN ('plan.add', 'plan.activate') ORDER BY seq`,
    );
    expect(records).toEqual([
      { type: 'plan.add', id: '2026-2030' },
      { type: 'plan.activate', id: '2026-2030' },
      { type: 'plan.add', id: '2026' },
      { type: 'plan.activate', id: '2026' },
      { type: 'plan.activate', id: '2021-2025' },
    ]);
    const [files] = await onDatabase<{ n: number }>(db.url, 'SELECT count(*)::int AS n FROM plan_files');
    expect(files!.n).toBe(2);
  }, 180_000);
});
