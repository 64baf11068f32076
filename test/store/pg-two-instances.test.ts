import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobState } from '../../src/jobs/job-state';
import { runOnceAcross } from '../../src/jobs/run-once-across';
import { silentLogger } from '../../src/logger';
import type { Store } from '../../src/store';
import { openPgStore } from '../../src/store/pg/open-pg-store';
import { verifyPgStore } from '../../src/store/pg/verify-pg-store';
import { freshDatabase, onDatabase, pgAvailable, type TestDatabase } from '../support/pg-database';

// Two stores on one PostgreSQL database, as two server instances are: each transaction first catches up on
// what the other appended (under the journal's lock), so rules are checked on the latest state, a message is
// recorded once whichever instance runs it, and the chain stays one chain that `verify` accepts.
const available = await pgAvailable();
let db: TestDatabase | undefined;

const meta = (by: string, messageId: string) => ({ by, at: new Date('2026-03-02T02:00:00Z'), messageId });
const reply = (text: string) => ({ blocks: [{ type: 'paragraph', content: text }] });

describe.skipIf(!available)('two instances on one PostgreSQL database', () => {
  let a: Store;
  let b: Store;
  beforeAll(async () => {
    db = await freshDatabase();
    // Two starts at once: the schema is created once (the second waits on its lock and finds it done).
    [a, b] = await Promise.all([
      openPgStore({ url: db.url, logger: silentLogger }),
      openPgStore({ url: db.url, logger: silentLogger }),
    ]);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  it('checks each rule on the latest state and records a message once, whichever instance runs it', async () => {
    await a.transact({ messageId: 'om_1' }, () => {
      a.addMember(meta('ou_admin', 'om_1'), { openId: 'ou_head', division: '社保处', role: '处长' });
      a.registerItem(meta('ou_admin', 'om_1'), {
        issue: '资金闲置',
        unit: '市社保中心',
        division: '社保处',
        deadline: '2026-06-30',
      });
      return reply('已登记');
    });
    // b has not looked yet; its transaction catches up first, so the item is there to close.
    const closed = await b.transact({ messageId: 'om_2' }, () => {
      b.closeItem(meta('ou_head', 'om_2'), 'ZG-2026-001', '已整改', false);
      return reply('已销号');
    });
    expect(closed.kind).toBe('done');
    // a's next transaction sees b's close: a note on a closed item is refused by the rule, on a's side.
    await expect(
      a.transact({ messageId: 'om_3' }, () => {
        a.noteItem(meta('ou_head', 'om_3'), 'ZG-2026-001', '补充');
        return reply('x');
      }),
    ).rejects.toMatchObject({ code: 'item-closed' });
    // The same message delivered to the other instance is a replay there: nothing runs, the stored reply comes back.
    const again = await a.transact({ messageId: 'om_2' }, () => {
      throw new Error('must not run');
    });
    expect(again).toEqual({ kind: 'replayed', outcome: reply('已销号') });
    expect(a.journalLength).toBe(b.journalLength);
  });

  it('serialises transactions of both instances: concurrent messages each recorded once, in one chain', async () => {
    const before = a.journalLength;
    const run = (s: Store, n: number) =>
      s.transact({ messageId: `om_p${n}` }, () => {
        s.recordProgress(meta('ou_head', `om_p${n}`), {
          target: { kind: 'task', id: '3.2' },
          division: '社保处',
          text: `进展 ${n}`,
        });
        return reply(`已记录 ${n}`);
      });
    // Every message reaches both instances at once (Lark's retry to the other one).
    const runs = [];
    for (let n = 0; n < 20; n += 1) runs.push(run(a, n), run(b, n));
    const results = await Promise.all(runs);
    expect(results.filter((r) => r.kind === 'done')).toHaveLength(20);
    expect(results.filter((r) => r.kind === 'replayed')).toHaveLength(20);
    await a.refresh();
    await b.refresh();
    for (const s of [a, b]) {
      expect(s.journalLength).toBe(before + 40);
      expect(
        s
          .progress()
          .map((p) => p.text)
          .sort(),
      ).toEqual(Array.from({ length: 20 }, (_, n) => `进展 ${n}`).sort());
    }
    const verified = await verifyPgStore(db!.url, silentLogger);
    expect(verified).toMatchObject({ ok: true, records: before + 40 });
  });

  it('lets a job run on one instance see what the other recorded a moment before', async () => {
    await a.transact({ messageId: 'om_job_1' }, () => {
      a.registerItem(meta('ou_admin', 'om_job_1'), {
        issue: '专项资金挪用',
        unit: '市民政局',
        division: '社保处',
        deadline: '2026-02-27',
      });
      return reply('已登记');
    });
    // b has not looked since: left alone it would not know the item a reminder must speak of.
    expect(b.items().some((i) => i.issue === '专项资金挪用')).toBe(false);
    const pool = new pg.Pool({ connectionString: db!.url });
    try {
      let seen: string[] = [];
      const runOnB = runOnceAcross(
        pool,
        JobState.held(),
        () => true,
        async () => {
          seen = b.items().map((i) => i.issue);
        },
        () => b.refresh(),
      );
      await runOnB('reminders', new Date('2026-03-02T01:30:00Z'));
      expect(seen).toContain('专项资金挪用');
    } finally {
      await pool.end();
    }
  });

  it('verify names a record edited in the database', async () => {
    await onDatabase(
      db!.url,
      `UPDATE journal SET record = replace(record::text, '进展 3', '进展 9')::json WHERE record::text LIKE '%进展 3"%'`,
    );
    const verified = await verifyPgStore(db!.url, silentLogger);
    expect(verified.ok).toBe(false);
    expect(verified.firstBad).toMatch(/哈希不符/);
  });
});
