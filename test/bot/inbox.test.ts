import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INBOX_FILE, Inbox } from '../../src/bot/worker/inbox';
import type { InboxItem } from '../../src/bot/worker/inbox-item';
import type { Clock } from '../../src/clock';

const job = (chatId: string): InboxItem => ({ kind: 'welcome', eventId: `ev-${chatId}`, chatId });
const clockAt = (t: { ms: number }): Clock => ({ now: () => new Date(t.ms) });

describe('Inbox', () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'inbox-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('keeps pending entries and sent parts across a reopen, and forgets nothing it acknowledged', async () => {
    const d = dir();
    const t = { ms: Date.parse('2026-01-05T01:00:00Z') };
    const a = await Inbox.open(d, clockAt(t));
    expect(await a.add('m:1', job('c1'))).toBe(true);
    expect(await a.add('m:2', job('c2'))).toBe(true);
    await a.markSent('m:1', 0);
    await a.markDone('m:2');
    await a.close();
    const b = await Inbox.open(d, clockAt(t));
    expect(b.pending().map((e) => e.key)).toEqual(['m:1']);
    expect([...b.pending()[0]!.sent]).toEqual([0]);
    expect(await b.add('m:2', job('c2'))).toBe(false);
    await b.close();
  });

  it('remembers handled keys for at least 8 hours and drops them after the window', async () => {
    const d = dir();
    const t = { ms: Date.parse('2026-01-05T01:00:00Z') };
    const a = await Inbox.open(d, clockAt(t), { ttlMs: 12 * 3600_000 });
    await a.add('m:old', job('c'));
    await a.markDone('m:old');
    await a.close();
    t.ms += 8 * 3600_000;
    const b = await Inbox.open(d, clockAt(t), { ttlMs: 12 * 3600_000 });
    expect(b.has('m:old')).toBe(true);
    await b.close();
    t.ms += 5 * 3600_000;
    const c = await Inbox.open(d, clockAt(t), { ttlMs: 12 * 3600_000 });
    expect(c.has('m:old')).toBe(false);
    await c.close();
  });

  it('sets a torn last line aside, and the next line is written whole after it, not glued to it', async () => {
    const d = dir();
    const t = { ms: Date.now() };
    const a = await Inbox.open(d, clockAt(t));
    await a.add('m:1', job('c1'));
    await a.close();
    appendFileSync(join(d, INBOX_FILE), '{"t":"in","k":"m:2","at":1,"jo');
    const b = await Inbox.open(d, clockAt(t));
    expect(b.pending().map((e) => e.key)).toEqual(['m:1']);
    await b.add('m:3', job('c3'));
    await b.close();
    expect(readFileSync(join(d, `${INBOX_FILE}.torn`), 'utf8')).toContain('"k":"m:2"');
    const c = await Inbox.open(d, clockAt(t));
    expect(c.pending().map((e) => e.key)).toEqual(['m:1', 'm:3']);
    await c.close();
  });

  it('refuses to start on an unreadable line that is not the last, naming the file and the line', async () => {
    const d = dir();
    const t = { ms: Date.now() };
    const a = await Inbox.open(d, clockAt(t));
    await a.add('m:1', job('c1'));
    await a.add('m:2', job('c2'));
    await a.close();
    const path = join(d, INBOX_FILE);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[0] = lines[0]!.slice(0, 10);
    writeFileSync(path, lines.join('\n'));
    const before = readFileSync(path, 'utf8');
    await expect(Inbox.open(d, clockAt(t))).rejects.toThrow(/inbox\.jsonl.*第 1 行/);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('writes one small line per event and compacts to the live window', async () => {
    const d = dir();
    const t = { ms: Date.now() };
    const a = await Inbox.open(d, clockAt(t), { ttlMs: 1000, fsync: false });
    for (let i = 0; i < 3000; i += 1) {
      await a.add(`m:${i}`, job(`c${i}`));
      await a.markDone(`m:${i}`);
      t.ms += 10;
    }
    await a.close();
    const lines = readFileSync(join(d, INBOX_FILE), 'utf8').trim().split('\n');
    // 30 s of traffic, a 1 s window: compaction keeps the file far below the 6000 records appended.
    expect(lines.length).toBeLessThan(2500);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(200);
    writeFileSync(join(d, 'unused'), '');
  });
});
