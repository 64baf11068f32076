import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storePaths } from '../../src/store';
import { runCli } from '../support/lark-delivery';
import { runServerToExit } from '../support/test-server';

// What an operator reads when the server or a verb cannot go on: one line naming the port or the file and
// what to do, never a stack trace or Node's bare errno text.

describe('operator messages', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'operator-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('a port in use: one line naming the port, the data folder untouched', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const run = await runServerToExit({
        LARK_APP_ID: '',
        LARK_APP_SECRET: '',
        PORT: String(port),
        DATA_DIR: join(dataDir, 'never'),
      });
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`端口 ${port}`);
      expect(lines[0]).toContain('PORT');
      expect(run.stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
    } finally {
      holder.close();
    }
  }, 30_000);

  it('a directory where the journal belongs: npm start and verify name the file in one line (EISDIR)', async () => {
    const journal = storePaths(dataDir).journal;
    mkdirSync(journal);
    const run = await runServerToExit({ LARK_APP_ID: '', LARK_APP_SECRET: '', PORT: '0', DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(journal);
    expect(run.stderr).toContain('这是一个目录');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const verify = await runCli(['verify'], { DATA_DIR: dataDir });
    expect(verify.code).toBe(1);
    expect(verify.stdout.trim().split('\n')).toHaveLength(1);
    expect(verify.stdout).toContain(journal);
    expect(`${verify.stdout}${verify.stderr}`).not.toMatch(/\n\s+at /);
  }, 30_000);
});
