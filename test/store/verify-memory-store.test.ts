import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger';
import { openFileStore, openMemoryStore, verifyMemoryStore } from '../../src/store';

const meta = (seq: number) => ({ by: 'ou_admin', at: new Date(Date.UTC(2026, 10, 26, 2, seq)) });

describe('verifyMemoryStore', () => {
  it('holds for what the store recorded, and names a state its records do not give', () => {
    const store = openMemoryStore();
    store.addMember(meta(1), { openId: 'ou_m', division: '社保处', role: '成员' });
    const item = store.registerItem(meta(2), {
      issue: '问题',
      unit: '单位',
      division: '社保处',
      deadline: '2026-12-31',
    });
    expect(verifyMemoryStore(store)).toMatchObject({ ok: true, records: 2 });
    // The state answered from, changed behind the records' back.
    store.item(item.id)!.issue = '改过的问题';
    expect(verifyMemoryStore(store)).toMatchObject({
      ok: false,
      firstBad: '重放日志得到的状态与当前状态不符',
    });
  });

  it('refuses a store of another kind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-memory-'));
    const store = openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
    try {
      expect(() => verifyMemoryStore(store)).toThrow(/not a memory store/);
    } finally {
      void store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
