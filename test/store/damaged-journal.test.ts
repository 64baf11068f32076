import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger';
import { openFileStore, storePaths, verifyStore } from '../../src/store';
import { calendarDay } from '../../src/time/calendar-day';
import { TEST_ENCRYPT_KEY } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { deliver } from '../support/lark-delivery';
import {
  exited,
  killTestServer,
  runServerToExit,
  startTestServer,
  type TestServer,
} from '../support/test-server';
import { until } from '../support/until';

// A damaged line in the journal or the inbox — the two files that are not caches — found by the real
// server's start: it stops in one line naming the file and the line, with no stack, touching nothing and
// sending nothing; once the file is put right it starts and serves what was recorded, and verify holds. A
// last line that is not JSON is a torn write (never acknowledged): set aside, and the start goes on.

const HEAD = 'ou_head';
const year = calendarDay(new Date()).slice(0, 4);
const ITEM = `ZG-${year}-001`;

/** Every file in the folder with its size and modification time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const st = statSync(join(dir, name));
    if (st.isFile()) out[name] = `${st.size}:${st.mtimeMs}`;
  }
  return out;
}

describe('a damaged journal or inbox line at start', () => {
  let fake: FakeLark;
  let dataDir: string;
  let server: TestServer | undefined;
  let n = 0;
  const env = () => ({ DATA_DIR: dataDir, ...fake.serverEnv(), LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY });
  /** Sends a message and waits for its one answer (its text). */
  const ask = async (text: string): Promise<string> => {
    n += 1;
    const id = `om_damaged_${n}`;
    expect(await deliver(server!.url, fake, { messageId: id, chatId: 'oc_head', user: HEAD, text })).toBe(
      true,
    );
    await until(() => fake.repliesTo(id).length > 0, 20_000, `the answer to ${text}`);
    return fake.repliesTo(id)[0]!.content;
  };
  /** Starts the server on the folder as it is, expecting a refusal: its one line. */
  const refusedStart = async (): Promise<string> => {
    const before = snapshot(dataDir);
    const sent = fake.requests.length;
    const refused = await runServerToExit(env());
    expect(refused.code).toBe(1);
    // One line for the operator (the plan may have logged its own start, as a JSON log line, before it).
    const lines = refused.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('{"time"'));
    expect(lines, refused.stderr).toHaveLength(1);
    expect(lines[0]).not.toMatch(/ {4}at |Error:/);
    expect(snapshot(dataDir)).toEqual(before);
    expect(fake.requests.slice(sent).filter((r) => r.path.startsWith('/open-apis/im/'))).toEqual([]);
    return lines[0]!;
  };
  /** The server started on the folder serves what was recorded, and records what it is told once. */
  const servesTheRecords = async () => {
    server = await startTestServer(env());
    const shown = await ask(`整改 查看 ${ITEM}`);
    expect(shown).toContain('养老金重复发放');
    expect(shown).toContain('2030-06-30');
    expect(await ask('进展 查看 3.2')).toContain('召开进点会');
    expect(await ask(`整改 进展 ${ITEM} 已追回部分资金`)).toContain(ITEM);
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toEqual({ code: 0, signal: null });
    const verified = verifyStore(dataDir);
    expect(verified.firstBad).toBeUndefined();
    expect(verified).toMatchObject({ ok: true });
  };

  beforeEach(async () => {
    n = 0;
    fake = await FakeLark.start();
    dataDir = mkdtempSync(join(tmpdir(), 'damaged-journal-'));
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

  it('stops at a garbage or malformed journal line naming the file and the line, touching nothing; starts once it is put right', async () => {
    const { journal } = storePaths(dataDir);
    const good = readFileSync(journal, 'utf8');
    const lines = good.split('\n');
    expect(lines.length).toBeGreaterThan(3);

    writeFileSync(journal, [lines[0], 'this is not a journal line', ...lines.slice(1)].join('\n'));
    const garbage = await refusedStart();
    expect(garbage).toContain(journal);
    expect(garbage).toContain('第 2 行');

    // Whole JSON, but not a record: written whole, so tampering, not a torn write.
    const record = JSON.parse(lines[1]!) as Record<string, unknown>;
    writeFileSync(
      journal,
      [lines[0], JSON.stringify({ seq: record.seq, type: 'zg.close' }), ...lines.slice(2)].join('\n'),
    );
    const malformed = await refusedStart();
    expect(malformed).toContain(journal);
    expect(malformed).toContain('第 2 行');
    expect(verifyStore(dataDir)).toMatchObject({ ok: false });

    writeFileSync(journal, good);
    await servesTheRecords();
  }, 90_000);

  it('stops at a damaged inbox line naming the file and the line', async () => {
    server = await startTestServer(env());
    expect(await ask('进展 查看 3.2')).toContain('召开进点会');
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toEqual({ code: 0, signal: null });
    const inbox = join(dataDir, 'inbox.jsonl');
    const good = readFileSync(inbox, 'utf8');
    const lines = good.split('\n');
    expect(lines.length).toBeGreaterThan(2);
    writeFileSync(inbox, ['{"not":"an inbox line"', ...lines].join('\n'));
    const line = await refusedStart();
    expect(line).toContain(inbox);
    expect(line).toContain('第 1 行');

    writeFileSync(inbox, good);
    await servesTheRecords();
    // The answer given before the damage is not given again.
    expect(fake.repliesTo('om_damaged_1')).toHaveLength(1);
  }, 90_000);

  it('sets a torn last journal line aside and starts', async () => {
    const { journal } = storePaths(dataDir);
    const good = readFileSync(journal, 'utf8');
    writeFileSync(journal, `${good}{"seq":99,"type":"progr`);
    await servesTheRecords();
    expect(readFileSync(`${journal}.torn`, 'utf8')).toContain('"seq":99');
    expect(readFileSync(journal, 'utf8').startsWith(good)).toBe(true);
  }, 60_000);
});
