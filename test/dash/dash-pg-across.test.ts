import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeLark } from '../support/fake-lark';
import { freshDatabase, pgAvailable, type TestDatabase } from '../support/pg-database';
import { sayOn, startPgInstance } from '../support/pg-instance';
import { killTestServer, type TestServer } from '../support/test-server';

// Two running instances on one database: a dashboard page drawn by B shows what was registered, closed and
// progressed through A a moment before, with no message sent to B in between (a page catches up on the
// other instances before it is drawn, as a chat answer does).
const available = await pgAvailable();

const ADMIN = 'ou_admin';

describe.skipIf(!available)('the dashboard across two running instances', () => {
  let db: TestDatabase;
  let fake: FakeLark;
  let a: TestServer | undefined;
  let b: TestServer | undefined;
  const dirA = mkdtempSync(join(tmpdir(), 'dash-pg-a-'));
  const dirB = mkdtempSync(join(tmpdir(), 'dash-pg-b-'));
  let sent = 0;

  const start = (dir: string) => startPgInstance(db, fake, dir, ADMIN);
  const say = (server: TestServer, text: string) =>
    sayOn(server, fake, { messageId: `om_dash_across_${++sent}`, chatId: 'oc_p2p_admin', user: ADMIN, text });

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

  it('draws on B what A recorded a moment before', async () => {
    // Signed in on B: the link comes from B, the session is B's to check.
    const answer = await say(b!, '看板');
    const link = new URL(
      /\((http:\/\/[^)\s"\\]+\/dash\/signin\?t=[^)\s"\\]+)\)/.exec(answer)?.[1] ?? 'http://x/',
    );
    const signed = await fetch(`${b!.url}/dash/signin`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ t: link.searchParams.get('t')! }).toString(),
    });
    expect(signed.status).toBe(303);
    const cookie = signed.headers.getSetCookie()[0]!.split(';')[0]!;
    const page = async (path: string) => {
      const response = await fetch(`${b!.url}${path}`, { headers: { cookie } });
      expect(response.status).toBe(200);
      return response.text();
    };
    expect(await page('/dash/items')).not.toContain('跨实例登记的问题');

    const registered = await say(
      a!,
      '整改 登记 跨实例登记的问题 单位:市社保中心 期限:2027-06-30 处室:社保处 金额:80万元',
    );
    const id = /ZG-\d{4}-\d{3}/.exec(registered)?.[0];
    expect(id, registered).toBeDefined();
    // Nothing sent to B since: its page still shows the item, with its amount.
    const items = await page('/dash/items');
    expect(items).toContain('跨实例登记的问题');
    expect(items).toContain(id!);
    expect(await page(`/dash/items/${id}`)).toContain('80');

    // A close on A is on B's item page at once.
    await say(a!, `整改 销号 ${id} 已整改到位`);
    expect(await page(`/dash/items/${id}`)).toContain('已整改到位');
  }, 120_000);
});
