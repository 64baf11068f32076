import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger';
import { openFileStore, verifyStore } from '../../src/store';

const child = join(import.meta.dirname, 'write-burst.child.ts');

/** Runs the writer until it has acknowledged `acks` records, then SIGKILLs it; returns what it acknowledged. */
function burstThenKill(dir: string, acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const seen: string[] = [];
    let buffer = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      seen.push(...lines);
      if (seen.length >= acks && !proc.killed) proc.kill('SIGKILL');
    });
    proc.on('error', reject);
    proc.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(seen) : reject(new Error(`exited ${signal}`)),
    );
  });
}

describe('a writer killed with SIGKILL mid-burst', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('leaves data that verifies and keeps every acknowledged record', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kill-'));
    dirs.push(dir);
    for (const round of [300, 200]) {
      const acked = await burstThenKill(dir, round);
      expect(acked.length).toBeGreaterThanOrEqual(round);
      const result = verifyStore(dir);
      expect(result.firstBad).toBeUndefined();
      const store = openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
      const seqs = new Set(store.progress().map((u) => u.seq));
      for (const line of acked) {
        const [kind, id] = line.split(' ');
        if (kind === 'progress') expect(seqs.has(Number(id))).toBe(true);
        else expect(store.item(id!)).toBeDefined();
      }
      store.close();
      expect(verifyStore(dir)).toMatchObject({ ok: true, notes: [] });
    }
  });
});
