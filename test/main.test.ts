import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from './support/free-port';

// `npm start` as operators run it (through npm: it builds dist/ first, then runs it), environment variables
// only. `--silent` keeps npm's own banner off standard output.

const root = join(import.meta.dirname, '..');

function start(env: Record<string, string>) {
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exit, output: () => ({ stderr, stdout }) };
}

describe('npm start', () => {
  it('starts in local mode without credentials, says so, and answers /healthz within 10 s', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'main-local-'));
    const started = Date.now();
    const server = start({ PORT: String(port), DATA_DIR: dataDir, LARK_APP_ID: '', LARK_APP_SECRET: '' });
    try {
      let health: { ok?: boolean; mode?: string } | undefined;
      while (!health && Date.now() - started < 10_000) {
        health = await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.json() as Promise<{ ok: boolean; mode: string }>,
          () => undefined,
        );
        if (!health) await new Promise((r) => setTimeout(r, 100));
      }
      expect(health).toMatchObject({ ok: true, mode: 'local' });
      expect(server.output().stderr).toContain('本地模式');
      server.child.kill('SIGTERM');
      expect(await server.exit).toBe(0);
      expect(server.output().stdout).toBe('');
    } finally {
      server.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('stops with one line naming a wrong variable, and never echoes a secret', async () => {
    const server = start({ PORT: 'eighty', LARK_APP_SECRET: 'sekrit-value' });
    expect(await server.exit).not.toBe(0);
    const lines = server.output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PORT');
    expect(server.output().stderr).not.toContain('sekrit-value');
  });
});
