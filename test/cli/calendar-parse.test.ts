import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxPackage } from '../plan/docx-package';
import { runCliInProcess } from '../support/run-cli-in-process';

// `calendar parse FILE [--json]` as an operator runs it (in-process) on real files.
async function cli(args: string[]) {
  return runCliInProcess(['calendar', ...args], { ...process.env, NODE_ENV: 'production' });
}

const notice2026 = 'test/fixtures/notices/2026.txt';

describe('calendar parse', () => {
  it('prints {year, off, work} for a notice with --json', async () => {
    const { status, stdout, stderr } = await cli(['parse', notice2026, '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(['year', 'off', 'work']);
    expect(doc.year).toBe(2026);
    expect(doc.off).toHaveLength(33);
    expect(doc.off.slice(0, 4)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-02-15']);
    expect(doc.work).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('reads the notice from a .docx, listing each holiday’s days with their weekdays without --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-calendar-'));
    const docx = join(dir, '2027年放假安排.docx');
    const lines = readFileSync('test/fixtures/notices/2027-shaped.txt', 'utf8').split('\n').filter(Boolean);
    writeFileSync(docx, await docxPackage(lines, { official: true }));
    const { status, stdout } = await cli(['parse', docx]);
    expect(status).toBe(0);
    const out = stdout.split('\n');
    expect(out[0]).toBe('2027 年节假日安排:放假 29 天,调休上班 6 天');
    expect(stdout).toContain('调休上班 2027-02-14(周日)、2027-02-20(周六)');
    expect(out.find((l) => l.startsWith('端午节'))).toBe('端午节:放假 1 天 2027-06-09(周三)');
    expect((await cli(['parse', docx, '--json'])).stdout).toBe(
      (await cli(['parse', 'test/fixtures/notices/2027-shaped.txt', '--json'])).stdout,
    );
  });

  describe('answers a file that is no readable notice with one line on stderr and exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-calendar-bad-'));
    const meeting = join(dir, 'meeting.txt');
    writeFileSync(meeting, '关于召开会议的通知\n请各处室准时参加。\n');
    const list = join(dir, 'list.txt');
    writeFileSync(list, `一、元旦${readFileSync(notice2026, 'utf8').split('一、元旦')[1]}`);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const broken = join(dir, 'broken.docx');
    writeFileSync(broken, 'not a zip');
    it.each([
      ['a meeting notice', meeting, /meeting\.txt.*不是节假日安排通知/],
      ['the list without its title', list, /list\.txt.*读不出这份通知是哪一年的/],
      ['an empty file', empty, /通知文件 .*empty\.txt 是空的/],
      ['a broken .docx', broken, /通知文件 .*broken\.docx 已损坏/],
      ['a missing file', join(dir, 'missing.txt'), /找不到通知文件/],
      ['a plan', 'seeds/shaoxing-audit-common-prosperity-2021-2025.txt', /不是节假日安排通知/],
    ])('%s', async (_, file, message) => {
      const { status, stdout, stderr } = await cli(['parse', file, '--json']);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
    });
  });

  it('answers a missing file name or an unknown sub-command with usage and exit 2', async () => {
    for (const args of [['parse'], ['show', notice2026], []]) {
      const { status, stderr } = await cli(args);
      expect(status).toBe(2);
      expect(stderr).toContain('calendar parse FILE [--json]');
    }
  });
});
