import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, pgAvailable, type TestDatabase } from '../support/pg-database';
import { runCli } from '../support/run-cli';

// The operator's verbs on a PostgreSQL store (DATABASE_URL): `say` records in the database, not in DATA_DIR,
// and `verify` checks the database's chain.
const available = await pgAvailable();

describe.skipIf(!available)('the CLI with DATABASE_URL', () => {
  let db: TestDatabase;
  let dir = '';
  beforeAll(async () => {
    db = await freshDatabase();
    dir = mkdtempSync(join(tmpdir(), 'pg-cli-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db?.drop();
  });
  const cli = (args: string[], input = '') => runCli(dir, args, input, { DATABASE_URL: db.url });

  it('records in the database and verify reads its chain there', async () => {
    const lines = [
      '整改 登记 专项资金挪用 单位:市财政局 期限:12月31日 处室:社保处',
      '整改 进展 ZG-2026-001 已追回部分资金',
    ];
    const said = await cli(['say', '--now', '2026-12-07T10:00'], lines.join('\n'));
    expect(said.status).toBe(0);
    expect(said.stdout).toContain('ZG-2026-001');
    // Nothing of the store is in the folder.
    expect(readdirSync(dir).filter((f) => f.endsWith('.jsonl'))).toEqual([]);
    const listed = await cli(['say', '--now', '2026-12-07T10:05', '整改 查看 ZG-2026-001']);
    expect(listed.stdout).toContain('已追回部分资金');
    const verified = await cli(['verify']);
    expect(verified.stdout).toMatch(/校验通过: 数据库 t_\w+ 共 4 条日志记录/);
    expect(verified.status).toBe(0);
  });
});
