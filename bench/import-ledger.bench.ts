// Does importing a 台账 cost the same per row however long the workbook is? In one run: workbooks of 200 and
// 2,000 rows (shaped like the bureau's: title rows, serial and text dates, amounts, a third closed), each read,
// planned (the dry run) and imported in one transaction into an empty store; then the 2,000 rows again (every
// row skipped as imported before). Figures are per-row costs side by side, and their ratio; machines here are
// shared and noisy.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../src/clock';
import { importContextOf } from '../src/commands/ledger/import-context';
import { createCoreDeps } from '../src/core-deps';
import { applyLedgerImport } from '../src/ledger-import/apply-ledger-import';
import { planLedgerImport } from '../src/ledger-import/plan-ledger-import';
import { readWorkbook } from '../src/ledger-import/read-workbook';
import { silentLogger } from '../src/logger';
import { workbook } from '../test/ledger-import/workbooks';

const NOW = new Date('2026-12-07T10:00:00+08:00');
const HEADER = [
  '序号',
  '被审计单位',
  '审计发现问题',
  '问题金额（万元）',
  '整改时限',
  '整改责任人',
  '整改情况',
  '整改状态',
  '销号时间',
  '责任处室',
];

function ledger(rows: number) {
  const body = [];
  for (let i = 1; i <= rows; i += 1)
    body.push([
      i,
      `单位${i % 50}`,
      `第${i}个审计发现问题`,
      i % 7 === 0 ? null : (i % 300) + 0.5,
      i % 2 ? '2026.6.30' : 46203,
      '张三',
      `整改情况${i}`,
      i % 3 === 0 ? '已销号' : '整改中',
      i % 3 === 0 ? '2026-05-01' : null,
      ['社保处', '投资处', '农环处'][i % 3]!,
    ]);
  return workbook([{ name: '2026年', titles: ['2026年审计整改台账'], header: HEADER, rows: body }]);
}

const dirs: string[] = [];
async function run(rows: number) {
  const bytes = await ledger(rows);
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  dirs.push(dir);
  const deps = createCoreDeps({ admins: [], clock: fixedClock(NOW), logger: silentLogger, dataDir: dir });
  const t0 = performance.now();
  const sheets = await readWorkbook(bytes, 'ledger.xlsx');
  const t1 = performance.now();
  const plan = planLedgerImport('ledger.xlsx', sheets, {}, importContextOf(deps, NOW));
  const t2 = performance.now();
  await applyLedgerImport(
    plan,
    { by: 'bench', at: NOW, messageId: `bench-${rows}` },
    deps.store,
    deps.timeZone,
  );
  const t3 = performance.now();
  const again = planLedgerImport('ledger.xlsx', sheets, {}, importContextOf(deps, NOW));
  const t4 = performance.now();
  if (plan.counts.items !== rows || again.counts.items !== 0)
    throw new Error('bench workbook not read whole');
  deps.store.close();
  const per = (ms: number) => (ms * 1000) / rows;
  return { read: per(t1 - t0), plan: per(t2 - t1), write: per(t3 - t2), again: per(t4 - t3) };
}

try {
  await run(50); // warm-up: exceljs and the readers compiled
  const small = await run(200);
  const large = await run(2000);
  const line = (name: string, a: number, b: number) =>
    `${name.padEnd(28)} ${a.toFixed(0).padStart(6)} µs/row   ${b.toFixed(0).padStart(6)} µs/row   ×${(b / a).toFixed(2)}`;
  process.stdout.write(
    `${'per row'.padEnd(28)} ${'200 rows'.padStart(13)}   ${'2,000 rows'.padStart(13)}   ratio\n`,
  );
  process.stdout.write(`${line('read (exceljs)', small.read, large.read)}\n`);
  process.stdout.write(`${line('plan (the dry run)', small.plan, large.plan)}\n`);
  process.stdout.write(`${line('import (one transaction)', small.write, large.write)}\n`);
  process.stdout.write(`${line('plan again (all skipped)', small.again, large.again)}\n`);
} finally {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
