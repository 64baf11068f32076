import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProgressLogWriter, readProgressLog } from '../../src/store/progress-log';
import { StoreCorruptError } from '../../src/store/store-errors';

const update = (seq: number, text: string) => ({
  seq,
  at: '2026-03-02T03:00:00.000Z',
  by: 'ou_zhang',
  msg: `om_${seq}`,
  target: { kind: 'task' as const, id: '3.2' },
  division: '社保处',
  text,
});

describe('the progress log', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'progress-log-'));
    path = join(dir, 'progress.jsonl');
    const writer = new ProgressLogWriter(path, false);
    writer.append([
      update(1, '完成进点'),
      update(2, '形成报告'),
      { seq: 3, at: '2026-03-02T04:00:00.000Z', by: 'ou_zhang', retract: 1 },
    ]);
    writer.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back every line the writer wrote, updates and retractions, with the byte length of the file', () => {
    const log = readProgressLog(path);
    expect(log.lines.map((l) => ('retract' in l ? `-${l.retract}` : l.text))).toEqual([
      '完成进点',
      '形成报告',
      '-1',
    ]);
    expect(log.torn).toBeUndefined();
    expect(log.validBytes).toBe(statSync(path).size);
  });

  it('counts a line cut off before its newline as torn, in bytes of the whole lines before it', () => {
    const whole = readFileSync(path);
    writeFileSync(
      path,
      Buffer.concat([whole, Buffer.from('{"seq":4,"at":"2026-03-02","by":"ou_z","text":"半')]),
    );
    const log = readProgressLog(path);
    expect(log.lines).toHaveLength(3);
    expect(log.validBytes).toBe(whole.length);
    expect(log.torn).toBe('{"seq":4,"at":"2026-03-02","by":"ou_z","text":"半');
  });

  it('counts an unreadable last line as torn, but names an unreadable or malformed line before it', () => {
    const lines = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, `${lines.slice(0, 3).join('\n')}\n{"seq":4,"at":"20\n`);
    expect(readProgressLog(path)).toMatchObject({ torn: '{"seq":4,"at":"20' });

    writeFileSync(path, `${lines[0]}\n{"seq":2,"at\n${lines[2]}\n`);
    expect(() => readProgressLog(path)).toThrow(StoreCorruptError);
    expect(() => readProgressLog(path)).toThrow(/第 2 行不是有效的 JSON/);

    writeFileSync(path, `${lines[0]}\n${lines[1]!.replace('"seq":2', '"seq":"2"')}\n${lines[2]}\n`);
    expect(() => readProgressLog(path)).toThrow(/第 2 行不符合格式/);
  });
});
