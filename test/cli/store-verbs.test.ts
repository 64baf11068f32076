import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

// verify, export and demo-data as an operator runs them (in-process) on a real DATA_DIR.
const cli = runCli;

describe('store verbs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cli-store-'));
    const script = [
      '成员 添加 ou_li 社保处 处长',
      '{"text":"进展 3.2 完成养老保险基金审计进点","user":"ou_li"}',
      '{"text":"整改 登记 养老金违规发放 单位:市社保中心 期限:2026-12-20 责任人:王五","user":"ou_li"}',
    ];
    expect((await cli(dir, ['say', '--now', '2026-11-26T14:38:00+08:00'], script.join('\n'))).status).toBe(0);
  });

  it('exports both tables as CSV, each under its header line, with ids and Shanghai local times', async () => {
    const { status, stdout } = await cli(dir, ['export', '--now', '2026-11-27T09:00:00+08:00']);
    expect(status).toBe(0);
    // A UTF-8 BOM first: Excel, as Chinese users open a CSV, otherwise reads it as GBK and garbles it.
    expect(stdout.startsWith('\uFEFF# 整改台账')).toBe(true);
    const lines = stdout.slice(1).split(/\r?\n/);
    const ledgerAt = lines.indexOf('# 整改台账');
    const progressAt = lines.indexOf('# 进展记录');
    expect(ledgerAt).toBeGreaterThanOrEqual(0);
    expect(progressAt).toBeGreaterThan(ledgerAt);
    expect(lines[ledgerAt + 1]).toMatch(/^编号,问题,责任单位/);
    expect(lines[ledgerAt + 2]).toMatch(
      /^ZG-2026-001,养老金违规发放,市社保中心,王五,社保处,,,,2026-12-20,整改中,正常,2026-11-26 14:38:00/,
    );
    expect(lines[progressAt + 2]).toMatch(
      /^\d+,2026-11-26 14:38:00,3\.2,聚焦社会保障体系建设,2021-2025,社保处,ou_li,完成养老保险基金审计进点,有效/,
    );
  });

  it('exports an xlsx workbook with one sheet per table, and the items’ events on a third', async () => {
    const out = join(dir, 'ledger.xlsx');
    expect((await cli(dir, ['export', '--format', 'xlsx', '--out', out])).status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['整改台账', '进展记录', '整改经过', '汇总']);
    expect(book.worksheets[0]?.getRow(1).getCell(1).value).toBe('编号');
    expect(book.worksheets[0]?.getRow(2).getCell(1).value).toBe('ZG-2026-001');
    expect(book.worksheets[1]?.rowCount).toBe(2);
    const history = book.worksheets[2]!;
    expect(history.getRow(1).values).toEqual(
      expect.arrayContaining(['编号', '经过', '原期限', '新期限', '审核人']),
    );
    expect([history.getRow(2).getCell(1).value, history.getRow(2).getCell(4).value]).toEqual([
      'ZG-2026-001',
      '登记',
    ]);
  });

  it('refuses an unknown format with the usage and exit 2', async () => {
    const { status, stderr } = await cli(dir, ['export', '--format', 'pdf']);
    expect(status).toBe(2);
    expect(stderr).toContain('--format csv|xlsx');
  });

  it('verifies an intact store and names the first bad record of a tampered one', async () => {
    expect(await cli(dir, ['verify'])).toMatchObject({ status: 0 });
    const copy = mkdtempSync(join(tmpdir(), 'cli-tamper-'));
    spawnSync('cp', ['-r', `${dir}/.`, copy]);
    const journal = join(copy, 'journal.jsonl');
    const lines = readFileSync(journal, 'utf8').split('\n');
    // The progress record itself (not the reply that quotes it): the first line that holds the text.
    const at = lines.findIndex((l) => l.includes('"type":"progress"'));
    lines[at] = lines[at]!.replace('完成养老保险基金审计进点', '完成全部审计');
    writeFileSync(journal, lines.join('\n'));
    const { status, stdout } = await cli(copy, ['verify']);
    expect(status).toBe(1);
    expect(stdout).toMatch(new RegExp(`第 ${at + 1} 条记录\\(seq ${at + 1}\\)`));
  });

  it('demo-data writes a history that verifies, with one summary line', async () => {
    const demo = mkdtempSync(join(tmpdir(), 'cli-demo-'));
    const { status, stdout } = await cli(demo, ['demo-data', '--updates', '300', '--rectifications', '40']);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toContain('300 条进展');
    expect((await cli(demo, ['verify'])).status).toBe(0);
    appendFileSync(join(demo, 'journal.jsonl'), '{"seq":');
    // A torn last line (a crash mid-write) is set aside at start, not fatal; what was confirmed still verifies.
    expect((await cli(demo, ['say', '帮助'])).status).toBe(0);
    expect((await cli(demo, ['verify'])).status).toBe(0);
  });
});
