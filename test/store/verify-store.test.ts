import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger';
import { openFileStore, storePaths, verifyStore } from '../../src/store';
import { chainHash } from '../../src/store/file/journal';

describe('verify', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'verify-'));
    const store = openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
    const meta = (n: number) => ({ by: 'ou_a', at: new Date(Date.UTC(2026, 0, n)), messageId: `om_${n}` });
    store.addMember(meta(1), { openId: 'ou_a', division: '社保处', role: '处长' });
    for (let n = 2; n <= 6; n += 1) {
      store.recordProgress(meta(n), {
        target: { kind: 'task', id: '3.2' },
        division: '社保处',
        text: `第${n}天`,
      });
    }
    store.registerItem(meta(7), { issue: '问题', unit: '单位', division: '社保处', deadline: '2026-03-01' });
    store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const journalLines = () => readFileSync(storePaths(dir).journal, 'utf8').trimEnd().split('\n');
  const writeLines = (lines: string[]) => writeFileSync(storePaths(dir).journal, `${lines.join('\n')}\n`);

  it('passes an untouched store', () => {
    expect(verifyStore(dir)).toEqual({
      ok: true,
      records: 7,
      head: expect.stringMatching(/^[0-9a-f]{64}$/),
      notes: [],
    });
  });

  it('names the record whose text was edited', () => {
    const lines = journalLines();
    lines[3] = lines[3]!.replace('第4天', '第9天');
    writeLines(lines);
    const result = verifyStore(dir);
    expect(result.ok).toBe(false);
    expect(result.firstBad).toMatch(/第 4 条记录.*哈希不符/);
  });

  it('names the next record when an edited record’s own hash was recomputed', () => {
    const lines = journalLines();
    const raw = JSON.parse(lines[2]!);
    raw.data.text = '改过';
    const { hash: _h, ...fields } = raw;
    raw.hash = chainHash(raw.prev, JSON.stringify(fields));
    lines[2] = JSON.stringify(raw);
    writeLines(lines);
    expect(verifyStore(dir).firstBad).toMatch(/第 4 行.*不相接/);
  });

  it('names the earliest bad record when there are several, whatever kind each fault is', () => {
    const lines = journalLines();
    lines[1] = lines[1]!.replace('第2天', '第8天');
    const raw = JSON.parse(lines[4]!);
    raw.data.text = '改过';
    const { hash: _h, ...fields } = raw;
    raw.hash = chainHash(raw.prev, JSON.stringify(fields));
    lines[4] = JSON.stringify(raw);
    writeLines(lines);
    expect(verifyStore(dir).firstBad).toMatch(/第 2 条记录.*哈希不符/);
  });

  it('notices a deleted record in the middle and a journal cut short', () => {
    const lines = journalLines();
    writeLines(lines.filter((_, i) => i !== 2));
    expect(verifyStore(dir).firstBad).toMatch(/第 3 行/);
    writeLines(lines.slice(0, 5));
    expect(verifyStore(dir).firstBad).toMatch(/截短/);
  });

  it('notices a derived ledger line that disagrees with the journal', () => {
    const { ledger } = storePaths(dir);
    writeFileSync(ledger, readFileSync(ledger, 'utf8').replace('2026-03-01', '2027-03-01'));
    const result = verifyStore(dir);
    expect(result.ok).toBe(false);
    expect(result.firstBad).toMatch(/ledger\.jsonl: 第 1 行\(seq 7\)/);
  });

  it('notices a state file that disagrees with the journal', () => {
    const { roster } = storePaths(dir);
    writeFileSync(roster, readFileSync(roster, 'utf8').replace('社保处', '投资处'));
    const result = verifyStore(dir);
    expect(result.ok).toBe(false);
    expect(result.firstBad).toMatch(/roster\.json.*ou_a/);
  });
});

describe('verify and the dashboard’s sign-in', () => {
  it('passes a store with a signing secret and used links, and names an altered secret without showing it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-signin-'));
    try {
      const secret = 'q'.repeat(43);
      const store = openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
      const at = new Date('2026-11-26T01:00:00Z');
      store.keepSignInSecret({ by: 'dash', at }, secret);
      store.useSignInLink({ by: 'ou_a', at }, 'n1', new Date(at.getTime() + 600_000));
      store.close();
      expect(verifyStore(dir)).toMatchObject({ ok: true, records: 2 });
      const path = storePaths(dir).access;
      writeFileSync(path, readFileSync(path, 'utf8').replace(secret, 'z'.repeat(43)));
      const result = verifyStore(dir);
      expect(result.ok).toBe(false);
      expect(result.firstBad).toContain('看板签名密钥(内容不显示)');
      expect(JSON.stringify(result)).not.toContain(secret);
      expect(JSON.stringify(result)).not.toContain('z'.repeat(43));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
