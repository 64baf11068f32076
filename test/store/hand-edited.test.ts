import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger';
import { openFileStore, storePaths, verifyStore } from '../../src/store';
import { calendarDay } from '../../src/time/calendar-day';
import { TEST_ENCRYPT_KEY } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { deliver } from '../support/lark-delivery';
import { exited, killTestServer, startTestServer, type TestServer } from '../support/test-server';
import { until } from '../support/until';

// State files edited by hand while the server was stopped — a stranger made 秘书处 处长 in roster.json, a
// deadline moved in ledger.jsonl, a progress text changed, a garbage line in the ledger log — then the real
// server started on them. The journal is the truth: nothing edited is served or grants anything, every 整改
// command works, and verify holds.

const HEAD = 'ou_head';
const STRANGER = 'ou_stranger';
const year = calendarDay(new Date()).slice(0, 4);
const ITEM = `ZG-${year}-001`;

describe('state files edited by hand', () => {
  let fake: FakeLark;
  let dataDir: string;
  let server: TestServer | undefined;
  let n = 0;
  /** Sends a message and waits for its one answer (its text). */
  const ask = async (user: string, text: string): Promise<string> => {
    n += 1;
    const id = `om_edit_${n}`;
    expect(await deliver(server!.url, fake, { messageId: id, chatId: `oc_${user}`, user, text })).toBe(true);
    await until(() => fake.repliesTo(id).length > 0, 20_000, `the answer to ${text}`);
    return fake.repliesTo(id)[0]!.content;
  };

  beforeEach(async () => {
    fake = await FakeLark.start();
    dataDir = mkdtempSync(join(tmpdir(), 'hand-edited-'));
    const store = openFileStore({ dataDir, logger: silentLogger, fsync: false });
    const meta = { by: 'ou_admin', at: new Date() };
    store.addMember(meta, { openId: HEAD, division: '社保处', role: '处长' });
    store.registerItem(meta, {
      issue: '养老金重复发放',
      unit: '市社保中心',
      division: '社保处',
      deadline: '2030-06-30',
    });
    store.recordProgress(
      { ...meta, by: HEAD },
      { target: { kind: 'task', id: '3.2' }, division: '社保处', text: '召开进点会' },
    );
    store.close();
  });
  afterEach(async () => {
    await killTestServer(server);
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves none of it: the roster grants nothing, deadlines and texts come from the journal, a garbage line breaks nothing', async () => {
    const paths = storePaths(dataDir);
    const roster = JSON.parse(readFileSync(paths.roster, 'utf8')) as { members: unknown[] };
    roster.members.push({
      openId: STRANGER,
      division: '秘书处',
      role: '处长',
      since: new Date().toISOString(),
    });
    writeFileSync(paths.roster, JSON.stringify(roster));
    writeFileSync(paths.ledger, readFileSync(paths.ledger, 'utf8').replace('2030-06-30', '2035-12-31'));
    appendFileSync(paths.ledger, 'this is not a ledger line\n');
    writeFileSync(paths.progress, readFileSync(paths.progress, 'utf8').replace('召开进点会', '全部整改完毕'));

    server = await startTestServer({
      DATA_DIR: dataDir,
      ...fake.serverEnv(),
      LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY,
    });
    expect(server.stderr()).toContain('store.state-rebuilt');
    const voided = await ask(STRANGER, `整改 作废 ${ITEM} 我说了算`);
    expect(voided).toContain('成员名单');
    const shown = await ask(HEAD, `整改 查看 ${ITEM}`);
    expect(shown).toContain('2030-06-30');
    expect(shown).not.toContain('2035-12-31');
    const history = await ask(HEAD, '进展 查看 3.2');
    expect(history).toContain('召开进点会');
    expect(history).not.toContain('全部整改完毕');
    expect(await ask(HEAD, `整改 进展 ${ITEM} 已追回部分资金`)).toContain(ITEM);
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toEqual({ code: 0, signal: null });

    const journal = readFileSync(paths.journal, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(journal.filter((r) => r.type === 'zg.void')).toHaveLength(0);
    expect(journal.filter((r) => r.type === 'zg.note')).toHaveLength(1);
    const verified = verifyStore(dataDir);
    expect(verified.firstBad).toBeUndefined();
    expect(verified).toMatchObject({ ok: true, notes: [] });
  }, 60_000);
});
