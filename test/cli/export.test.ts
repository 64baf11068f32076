import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

// The export as the secretariat opens it: a workbook with real dates and numbers, a frozen, filtered header,
// each item's task named beside its number and plan; CSV one file per table, or one table alone; 预警 as of
// the instant given. In-process on a real DATA_DIR, as an operator runs them.

const cli = runCli;

describe('export', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cli-export-'));
    const script = [
      '成员 添加 ou_li 社保处 处长',
      '{"text":"进展 3.2 完成养老保险基金审计进点","user":"ou_li"}',
      '{"text":"整改 登记 养老金违规发放 单位:市社保中心 期限:2026-12-20 任务:3.2 金额:0.5亿元","user":"ou_li"}',
      '{"text":"整改 登记 专项资金闲置 单位:市财政局 期限:2026-12-31 金额:35.5万","user":"ou_li"}',
      '{"text":"整改 销号 ZG-2026-002 已盘活 金额:12万元","user":"ou_li"}',
    ];
    expect((await cli(dir, ['say', '--now', '2026-11-26T14:38:00+08:00'], script.join('\n'))).status).toBe(0);
  });

  it('writes a workbook with dates as dates, amounts as numbers, a frozen filtered header and task titles', async () => {
    const out = join(dir, 'ledger.xlsx');
    expect(
      (await cli(dir, ['export', '--format', 'xlsx', '--out', out, '--now', '2026-11-27T09:00:00+08:00']))
        .status,
    ).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['整改台账', '进展记录', '整改经过', '汇总']);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
    const items = book.worksheets[0]!;
    const header = (items.getRow(1).values as unknown[]).slice(1);
    const cell = (row: number, name: string) => items.getRow(row).getCell(header.indexOf(name) + 1);
    expect(cell(2, '编号').value).toBe('ZG-2026-001');
    expect(cell(2, '关联任务').value).toBe('3.2');
    expect(cell(2, '关联任务名称').value).toBe('聚焦社会保障体系建设');
    expect(cell(2, '关联任务所属方案').value).toBe('2021-2025');
    expect(header.indexOf('关联任务名称')).toBe(header.indexOf('关联任务') + 1);
    expect(cell(2, '期限').value).toEqual(new Date('2026-12-20T00:00:00Z'));
    expect(cell(2, '期限').numFmt).toBe('yyyy-mm-dd');
    // Registered at 14:38 Shanghai time: the workbook shows that wall-clock time.
    expect(cell(2, '登记时间').value).toEqual(new Date('2026-11-26T14:38:00Z'));
    expect(cell(2, '问题金额(万元)').value).toBe(5000);
    expect(cell(3, '整改金额(万元)').value).toBe(12);
    expect(cell(2, '整改金额(万元)').value).toBeNull();
    const summary = book.worksheets[3]!;
    expect((summary.getRow(2).values as unknown[]).slice(1)).toEqual([
      '合计',
      2,
      1,
      0,
      1,
      1,
      1,
      0,
      5035.5,
      12,
      0,
    ]);
    expect(summary.getRow(2).getCell(7).numFmt).toBe('0.0%');
  });

  it('writes one CSV per table into a folder, or one table alone, keeping the one-file form', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'cli-export-out-')), 'tables/');
    expect((await cli(dir, ['export', '--out', folder])).status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['history.csv', 'items.csv', 'progress.csv', 'summary.csv']);
    expect(readFileSync(join(folder, 'items.csv'), 'utf8')).toMatch(/^\uFEFF编号,问题,责任单位/);
    expect(readFileSync(join(folder, 'history.csv'), 'utf8')).toMatch(
      /ZG-2026-002,\d+,2026-11-26 14:38:00,销号,[^\n]*,12,/,
    );
    const progress = await cli(dir, ['export', '--table', 'progress']);
    expect(progress.status).toBe(0);
    expect(progress.stdout).toMatch(/^\uFEFF记录号,时间,任务或目标,任务或目标名称,所属方案/);
    expect(progress.stdout).not.toContain('# ');
    expect(progress.stdout.trim().split('\r\n')).toHaveLength(2);
    const one = (await cli(dir, ['export'])).stdout;
    expect(one).toMatch(/^\uFEFF# 整改台账\r\n[\s\S]*# 进展记录\r\n[\s\S]*# 汇总\r\n/);
    expect((await cli(dir, ['export', '--table', 'people'])).status).toBe(2);
  });

  it('gives 预警 as of --now', async () => {
    const warning = async (now: string) => {
      const lines = (await cli(dir, ['export', '--table', 'items', '--now', now])).stdout.split('\r\n');
      const header = lines[0]!.replace('\uFEFF', '').split(',');
      return lines[1]!.split(',')[header.indexOf('预警')];
    };
    expect(await warning('2026-11-27T09:00:00+08:00')).toBe('正常');
    expect(await warning('2026-12-15T09:00:00+08:00')).toBe('临期');
    expect(await warning('2026-12-21T09:00:00+08:00')).toBe('逾期');
  });
});
