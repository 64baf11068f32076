import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHistory, demoPlanOf } from '../../src/cli/demo-history';
import { createLogger } from '../../src/logger';
import { loadPlan } from '../../src/plan/load-plan';
import type { Store } from '../../src/store';
import { STATE_MODEL_VERSION } from '../../src/store/model/snapshot/model-version';
import { openPgStore } from '../../src/store/pg/open-pg-store';
import { verifyPgStore } from '../../src/store/pg/verify-pg-store';
import { freshDatabase, onDatabase, pgAvailable, type TestDatabase } from '../support/pg-database';

// A start on PostgreSQL does not read the whole journal: it loads the snapshot of the state kept at a record
// (taken when a store closes, or every SNAPSHOT_EVERY records), checks that record's hash, and applies the
// records after it. A snapshot that does not match the journal, or of another model version, is ignored and
// taken again; `verify` still replays everything and names a snapshot whose state the journal does not give.
const available = await pgAvailable();

const NOW = new Date('2026-11-26T09:00:00+08:00');
const meta = (by: string, messageId: string) => ({ by, at: NOW, messageId });
const reply = (text: string) => ({ blocks: [{ type: 'paragraph', content: text }] });

/** What a store answers, for comparing two stores' states. */
function stateOf(store: Store) {
  return {
    members: store.members(),
    owners: store.targetOwners(),
    items: store.items(),
    progress: store.progress({ includeRetracted: true }),
    plans: store.planSettings(),
    calendar: store.calendarOverrides(),
    digest: store.lastDigest(),
    length: store.journalLength,
  };
}

describe.skipIf(!available)('the snapshot of the state on PostgreSQL', () => {
  let db: TestDatabase;
  const lines: string[] = [];
  const logger = createLogger((line) => lines.push(line));
  const open = () => openPgStore({ url: db.url, logger });
  const snapshotRow = async () =>
    (
      await onDatabase<{ seq: number; hash: string; version: number }>(
        db.url,
        'SELECT seq::int AS seq, hash, model_version AS version FROM state_snapshot',
      )
    )[0];
  const journalHash = async (seq: number) =>
    (await onDatabase<{ hash: string }>(db.url, 'SELECT hash FROM journal WHERE seq = $1', [seq]))[0]?.hash;

  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('starts from the snapshot a store kept at its close, and reads only the records after it', async () => {
    const first = await open();
    first.useLegacyPlan('2021-2025');
    await first.importEvents(
      demoHistory({
        plan: demoPlanOf(loadPlan().knowledge),
        updates: 300,
        rectifications: 40,
        end: NOW,
        firstSeq: 1,
        nextItemNumber: () => 1,
      }),
    );
    await first.transact({ messageId: 'om_1' }, () => {
      first.assignTarget(meta('ou_admin', 'om_1'), { kind: 'goal', index: 1, division: '社保处' });
      first.recordProgress(meta('ou_admin', 'om_1'), {
        target: { kind: 'task', id: '3.2' },
        division: '社保处',
        text: '已完成一半',
      });
      return reply('ok');
    });
    const [last] = first.progress({ by: 'ou_admin' }).slice(-1);
    await first.transact({ messageId: 'om_2' }, () => {
      first.retractProgress(meta('ou_admin', 'om_2'), last!.seq);
      return reply('ok');
    });
    const before = stateOf(first);
    await first.close();
    const kept = await snapshotRow();
    expect(kept).toEqual({
      seq: before.length,
      hash: await journalHash(before.length),
      version: STATE_MODEL_VERSION,
    });

    // An early record made unreadable: a start that read it would stop; this one starts from the snapshot.
    const record = await onDatabase<{ record: string }>(
      db.url,
      'SELECT record::text AS record FROM journal WHERE seq = 5',
    );
    await onDatabase(db.url, `UPDATE journal SET record = '{"seq":5}' WHERE seq = 5`);
    const second = await open();
    second.useLegacyPlan('2021-2025');
    expect(stateOf(second)).toEqual(before);
    // It goes on from there: a record after the snapshot, then a start that applies it after the snapshot.
    await second.transact({ messageId: 'om_3' }, () => {
      second.registerItem(meta('ou_admin', 'om_3'), {
        issue: '快照之后登记',
        unit: '市财政局',
        division: '财政处',
        deadline: '2027-06-30',
      });
      return reply('ok');
    });
    const after = stateOf(second);
    await second.close();
    // Fewer than SNAPSHOT_AT_CLOSE records since: the snapshot stays where it was.
    expect((await snapshotRow())!.seq).toBe(kept!.seq);
    const third = await open();
    third.useLegacyPlan('2021-2025');
    expect(stateOf(third)).toEqual(after);
    expect(third.items().some((i) => i.issue === '快照之后登记')).toBe(true);
    await third.close();
    await onDatabase(db.url, 'UPDATE journal SET record = $1::json WHERE seq = 5', [record[0]!.record]);
    expect(lines.join('')).not.toContain('store.snapshot-ignored');

    // verify replays the whole journal and finds the snapshot's state there.
    const verified = await verifyPgStore(db.url, logger);
    expect(verified).toMatchObject({ ok: true, records: after.length, notes: [] });
  });

  it('ignores a snapshot that does not match the journal or is of another version, and takes it again', async () => {
    const expected = await (async () => {
      const s = await open();
      s.useLegacyPlan('2021-2025');
      const state = stateOf(s);
      await s.close();
      return state;
    })();
    await onDatabase(db.url, `UPDATE state_snapshot SET hash = 'not-the-journal''s'`);
    lines.length = 0;
    const s = await open();
    s.useLegacyPlan('2021-2025');
    expect(stateOf(s)).toEqual(expected);
    expect(lines.join('')).toContain('store.snapshot-ignored');
    expect(lines.join('')).toContain('快照与日志不符');
    await s.close();
    // Rebuilt at the close (the whole journal was applied since): its hash is the journal's again.
    expect(await snapshotRow()).toEqual({
      seq: expected.length,
      hash: await journalHash(expected.length),
      version: STATE_MODEL_VERSION,
    });

    // Another version's snapshot is not this version's: this one's is taken beside it.
    await onDatabase(db.url, 'UPDATE state_snapshot SET model_version = $1', [STATE_MODEL_VERSION + 1000]);
    const t = await open();
    t.useLegacyPlan('2021-2025');
    expect(stateOf(t)).toEqual(expected);
    await t.close();
    const rows = await onDatabase<{ version: number; seq: number }>(
      db.url,
      'SELECT model_version AS version, seq::int AS seq FROM state_snapshot ORDER BY model_version',
    );
    expect(rows).toEqual([
      { version: STATE_MODEL_VERSION, seq: expected.length },
      { version: STATE_MODEL_VERSION + 1000, seq: expected.length },
    ]);
  });

  it('verify names a snapshot whose state the journal does not give', async () => {
    // A member made an admin's peer in the snapshot only: a start would serve it.
    await onDatabase(
      db.url,
      `UPDATE state_snapshot SET state = replace(state, '"role":"成员"', '"role":"处长"') WHERE model_version = $1`,
      [STATE_MODEL_VERSION],
    );
    const verified = await verifyPgStore(
      db.url,
      createLogger(() => {}),
    );
    expect(verified.ok).toBe(false);
    expect(verified).toMatchObject({ firstBad: expect.stringContaining('状态快照') });
  });
});
