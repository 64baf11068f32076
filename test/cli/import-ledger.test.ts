import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gbk } from '../ledger-import/gbk';
import { LEDGER_2024_INVEST, LEDGER_2025, type SheetSpec, workbook } from '../ledger-import/workbooks';
import { runCli } from '../support/run-cli';

// `import ledger` as an operator runs it, child processes on a real DATA_DIR: the dry run row by row, a broken
// row refusing the whole real run, a re-import adding nothing, CSV files in UTF-8 (with a BOM) and GBK.

const NOW = ['--now', '2026-12-07T10:00:00+08:00'];
const BROKEN: SheetSpec = {
  name: '2026年',
  titles: ['2026年审计整改台账'],
  header: ['序号', '整改单位', '问题内容', '金额', '完成时限', '整改进展', '状态', '主办处室'],
  rows: [
    [1, '市水务局', '管网工程超概算', '12万元', '2026年9月', '已核减', '整改中', '投资处'],
    [2, '市体育局', '场馆收入未入账', '8', '下个月吧', null, '未整改', '教科文处'],
    ['小计', null, null, 20, null, null, null, null],
  ],
};

async function itemRows(dir: string): Promise<string[]> {
  const run = await runCli(dir, ['export', '--table', 'items', ...NOW]);
  expect(run.status).toBe(0);
  return run.stdout.replace('\uFEFF', '').trim().split('\n');
}

// Each case runs several CLI processes: on a loaded machine that takes longer than vitest's default.
const SLOW = 180_000;

describe('import ledger', () => {
  let files: string;
  beforeAll(async () => {
    files = mkdtempSync(join(tmpdir(), 'ledger-files-'));
    writeFileSync(join(files, 'broken.xlsx'), await workbook([BROKEN]));
    writeFileSync(join(files, '台账.xlsx'), await workbook([LEDGER_2025, LEDGER_2024_INVEST]));
  }, SLOW);

  it(
    'dry-runs row by row, naming a broken row, and refuses the whole real run',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cli-import-'));
      const dry = await runCli(dir, ['import', 'ledger', join(files, 'broken.xlsx'), '--dry-run', ...NOW]);
      expect(dry.status).toBe(0);
      expect(dry.stdout).toContain('工作表「2026年」:第 2 行为表头,按 2026 年的台账读');
      expect(dry.stdout).toContain('完成时限→期限');
      expect(dry.stdout).toMatch(
        /第 3 行 导入:原编号 1 · 市水务局 · 管网工程超概算 · 期限 2026-09-30 · .*存疑:完成时限“2026年9月”只写到月份/,
      );
      expect(dry.stdout).toContain('第 4 行 有误:完成时限“下个月吧”读不懂');
      expect(dry.stdout).toContain('第 5 行 跳过:合计/小计行');
      expect(dry.stdout).toContain('有误 1 行');
      const real = await runCli(dir, ['import', 'ledger', join(files, 'broken.xlsx'), ...NOW]);
      expect(real.status).toBe(1);
      expect(real.stdout).toContain('一行也没有导入');
      expect(real.stdout).toContain('第 4 行 有误');
      expect(await itemRows(dir)).toHaveLength(1);
    },
    SLOW,
  );

  it(
    'imports a workbook once: the same workbook again adds nothing, and the export shows 原编号',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cli-import-'));
      const file = join(files, '台账.xlsx');
      const first = await runCli(dir, ['import', 'ledger', file, ...NOW]);
      expect(first.status).toBe(0);
      expect(first.stdout).toContain('已导入台账 台账.xlsx:7 项');
      expect(first.stdout).toContain('第 4 行 导入为 ZG-2026-001');
      const again = await runCli(dir, ['import', 'ledger', file, ...NOW]);
      expect(again.status).toBe(0);
      expect(again.stdout).toContain('没有要导入的新行');
      expect(again.stdout).toContain('第 4 行 跳过:已导入过(ZG-2026-001)');
      const rows = await itemRows(dir);
      expect(rows).toHaveLength(8);
      const column = rows[0]!.split(',').indexOf('原编号');
      expect(column).toBeGreaterThan(0);
      expect(rows.map((r) => r.split(',')[column])).toEqual([
        '原编号',
        '1',
        '2',
        '3',
        '4',
        '5',
        'TZ-01',
        'TZ-02',
      ]);
      expect((await runCli(dir, ['verify'])).status).toBe(0);
    },
    SLOW,
  );

  it(
    'reads CSV in UTF-8 with a BOM and quoted fields, and in GBK; a missing sheet is named',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cli-import-'));
      const csv = [
        '序号,被审计单位,审计发现问题,"问题金额(万元)",整改时限,整改状态,处室',
        '1,市审计中心,"购置设备未入账,金额较大",10,2026/3/31,整改中,内审处',
        '2,市档案馆,"档案经费""结余""未上缴\n涉及两个年度",,2026.4.30,已销号,内审处',
      ].join('\r\n');
      writeFileSync(
        join(files, 'utf8.csv'),
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]),
      );
      const utf8 = await runCli(dir, ['import', 'ledger', join(files, 'utf8.csv'), '--dry-run', ...NOW]);
      expect(utf8.status).toBe(0);
      expect(utf8.stdout).toContain(
        '第 2 行 导入:原编号 1 · 市审计中心 · 购置设备未入账,金额较大 · 期限 2026-03-31',
      );
      expect(utf8.stdout).toContain('档案经费"结余"未上缴 涉及两个年度');
      writeFileSync(join(files, 'gbk.csv'), gbk(csv));
      const fromGbk = await runCli(dir, ['import', 'ledger', join(files, 'gbk.csv'), ...NOW]);
      expect(fromGbk.status).toBe(0);
      expect(fromGbk.stdout).toContain('已导入台账 gbk.csv:2 项');
      expect((await itemRows(dir))[2]).toContain('已销号');
      const missing = await runCli(dir, [
        'import',
        'ledger',
        join(files, '台账.xlsx'),
        '--sheet',
        '2023年',
        '--dry-run',
      ]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('没有名为「2023年」的工作表;工作簿里有:2025年、投资处2024');
    },
    SLOW,
  );
});
