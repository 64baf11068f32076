import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DerivedLog, progressKind, readDerivedLog } from '../../src/store/file/derived-log';
import type { JournalEvent } from '../../src/store/schemas';
import { StoreCorruptError } from '../../src/store/store-errors';

const progress = (seq: number, text: string): JournalEvent => ({
  seq,
  at: '2026-03-02T03:00:00.000Z',
  by: 'ou_zhang',
  msg: `om_${seq}`,
  type: 'progress',
  data: { target: { kind: 'task', id: '3.2' }, division: '社保处', text },
});
const retract = (seq: number, of: number): JournalEvent => ({
  seq,
  at: '2026-03-02T04:00:00.000Z',
  by: 'ou_zhang',
  type: 'progress.retract',
  data: { seq: of },
});

describe('the progress log (a derived log)', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'derived-log-'));
    path = join(dir, 'progress.jsonl');
    const log = DerivedLog.open(path, progressKind, { fsync: false });
    log.append([
      progress(1, '完成进点'),
      { seq: 2, at: '2026-03-02T03:30:00.000Z', by: 'ou_x', type: 'member.remove', data: { openId: 'ou_y' } },
      progress(3, '形成报告'),
      retract(4, 1),
    ]);
    log.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps only its kind of record, and reads back every line with the byte length of the file', () => {
    const log = readDerivedLog(path, progressKind);
    expect(log.items.map((l) => ('retract' in l ? `-${l.retract}` : l.text))).toEqual([
      '完成进点',
      '形成报告',
      '-1',
    ]);
    expect(log.torn).toBeUndefined();
    expect(log.validBytes).toBe(statSync(path).size);
    expect(DerivedLog.open(path, progressKind, { fsync: false }).lastSeq).toBe(4);
  });

  it('sets a line cut off before its newline aside at open, and appends the next line whole', () => {
    const whole = readFileSync(path);
    writeFileSync(
      path,
      Buffer.concat([whole, Buffer.from('{"seq":5,"at":"2026-03-02","by":"ou_z","text":"半')]),
    );
    const log = DerivedLog.open(path, progressKind, { fsync: false });
    expect(log.lastSeq).toBe(4);
    log.append([progress(6, '又一条')]);
    log.close();
    expect(readDerivedLog(path, progressKind).items.map((l) => l.seq)).toEqual([1, 3, 4, 6]);
    expect(readFileSync(`${path}.torn`, 'utf8')).toContain('"text":"半');
  });

  it('sets an unreadable last line aside, but names an unreadable or malformed line before it', () => {
    const lines = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, `${lines.slice(0, 3).join('\n')}\n{"seq":5,"at":"20\n`);
    expect(readDerivedLog(path, progressKind)).toMatchObject({ torn: '{"seq":5,"at":"20' });
    expect(DerivedLog.open(path, progressKind, { fsync: false }).lastSeq).toBe(4);
    // Two unreadable lines at the end are not one torn append: the start stops, nothing is cut away.
    const damaged = `${lines.slice(0, 2).join('\n')}\n{"seq":4,"at\n{"seq":5,"at":"20\n`;
    writeFileSync(path, damaged);
    expect(() => DerivedLog.open(path, progressKind, { fsync: false })).toThrow(StoreCorruptError);
    // Only the torn end was set aside (into .torn); the damaged line before it is left for the operator.
    expect(readFileSync(path, 'utf8')).toBe(damaged.slice(0, damaged.length - '{"seq":5,"at":"20\n'.length));

    writeFileSync(path, `${lines[0]}\n{"seq":2,"at\n${lines[2]}\n`);
    expect(() => readDerivedLog(path, progressKind)).toThrow(StoreCorruptError);
    expect(() => readDerivedLog(path, progressKind)).toThrow(/第 2 行不是有效的 JSON/);

    writeFileSync(path, `${lines[0]}\n${lines[1]!.replace('"seq":3', '"seq":"3"')}\n${lines[2]}\n`);
    expect(() => readDerivedLog(path, progressKind)).toThrow(/第 2 行不符合格式/);
  });
});
