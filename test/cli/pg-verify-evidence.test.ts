import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/store/sha256-hex';
import { freshDatabase, onDatabase, pgAvailable, type TestDatabase } from '../support/pg-database';
import { runCli } from '../support/run-cli';

// `verify` on PostgreSQL checks the evidence files (佐证材料) as it does in a folder: each file a record names
// is in the database and still hashes to the SHA-256 the record names; a changed or missing one fails the
// check, naming the item and the file.
const available = await pgAvailable();
const NOW = '--now=2026-11-26T09:00:00+08:00';

describe.skipIf(!available)('cli verify on PostgreSQL, evidence files', () => {
  let db: TestDatabase;
  let dir = '';
  beforeAll(async () => {
    db = await freshDatabase();
    dir = mkdtempSync(join(tmpdir(), 'pg-verify-evidence-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db?.drop();
  });

  it('finds a changed and a missing evidence file in the database, naming the item and the file', async () => {
    const data = join(dir, 'data');
    const slip = join(dir, '回单.pdf');
    const report = join(dir, '整改报告.pdf');
    writeFileSync(slip, '%PDF-1.7 the bank slip');
    writeFileSync(report, '%PDF-1.7 the unit’s report');
    const lines = [
      { text: '整改 登记 食堂采购未招标 单位:市一中 期限:2027-03-31 处室:社保处' },
      { text: '整改 附件 ZG-2026-001 退款回单', file: slip },
      { text: '整改 附件 ZG-2026-001 整改报告', file: report },
    ];
    const env = { DATABASE_URL: db.url };
    const said = await runCli(
      data,
      ['say', NOW, '--json'],
      lines.map((l) => JSON.stringify(l)).join('\n'),
      env,
    );
    expect(said.status).toBe(0);
    expect(said.stdout).toContain('已收到 ZG-2026-001 的佐证材料:回单.pdf');

    const sound = await runCli(data, ['verify'], '', env);
    expect(sound.status).toBe(0);

    const slipSha = sha256Hex(Buffer.from('%PDF-1.7 the bank slip'));
    const reportSha = sha256Hex(Buffer.from('%PDF-1.7 the unit’s report'));
    await onDatabase(db.url, 'UPDATE evidence_blobs SET bytes = $1 WHERE sha256 = $2', [
      Buffer.from('%PDF-1.7 another slip'),
      slipSha,
    ]);
    const changed = await runCli(data, ['verify'], '', env);
    expect(changed.status).not.toBe(0);
    expect(changed.stdout + changed.stderr).toContain('整改事项 ZG-2026-001 的佐证材料“回单.pdf”');
    expect(changed.stdout + changed.stderr).toContain('被改动');

    await onDatabase(db.url, 'DELETE FROM evidence_blobs WHERE sha256 = $1', [reportSha]);
    const missing = await runCli(data, ['verify'], '', env);
    expect(missing.status).not.toBe(0);
    // The first problem fails the check; the others are listed with it.
    expect(missing.stdout + missing.stderr).toContain('“回单.pdf”');
    expect(missing.stdout + missing.stderr).toMatch(/“整改报告\.pdf”[^\n]*缺失/);
  }, 120_000);
});
