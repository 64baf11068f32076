import { describe, expect, it } from 'vitest';
import { importContextOf } from '../../src/commands/ledger/import-context';
import { applyLedgerImport } from '../../src/ledger-import/apply-ledger-import';
import {
  type ImportPlan,
  importBlocked,
  noHeaderFound,
  planLedgerImport,
} from '../../src/ledger-import/plan-ledger-import';
import { readWorkbook } from '../../src/ledger-import/read-workbook';
import { ask, coreDeps, NOW } from '../support/core';
import {
  day,
  LEDGER_2024_INVEST,
  LEDGER_2025,
  LEDGER_TWO_LEVEL,
  type SheetSpec,
  workbook,
} from './workbooks';

// The bureau's own 台账 read into the ledger in-process: headers found below merged titles by what they mean,
// each row's state, dates, amounts and division, doubtful rows said why, 合计 and blank rows skipped; the real
// import is one transaction, and the same workbook again adds nothing.

async function planOf(sheets: SheetSpec[], deps = coreDeps(), options = {}) {
  const grid = await readWorkbook(await workbook(sheets), '台账.xlsx');
  return { deps, plan: planLedgerImport('台账.xlsx', grid, options, importContextOf(deps, NOW)) };
}

const rowOf = (plan: ImportPlan, sheet: string, row: number) =>
  plan.sheets.find((s) => s.name === sheet)!.rows.find((r) => r.row === row)!;

const itemAt = (plan: ImportPlan, sheet: string, row: number) => {
  const r = rowOf(plan, sheet, row);
  if (r.kind !== 'item') throw new Error(`row ${row} is ${r.kind}: ${JSON.stringify(r)}`);
  return r;
};

describe('导入台账 (reading)', () => {
  it('finds the header below merged title rows and maps each column by meaning', async () => {
    const { plan } = await planOf([LEDGER_2025, LEDGER_2024_INVEST]);
    const [y2025, y2024] = plan.sheets;
    expect(y2025!.header!.row).toBe(3);
    const mapping = Object.fromEntries(y2025!.header!.columns.map((c) => [c.header, c.field]));
    expect(mapping).toMatchObject({
      序号: 'original',
      审计发现问题: 'issue',
      '问题金额（万元）': 'amount',
      整改责任单位: 'unit',
      整改时限: 'deadline',
      整改责任人: 'responsible',
      整改情况: 'note',
      整改状态: 'state',
      销号时间: 'close',
      备注: 'remark',
      责任处室: 'division',
    });
    expect(y2025!.header!.columns.find((c) => c.field === 'amount')!.unit).toBe('万元');
    expect(y2024!.header!.row).toBe(1);
    const other = Object.fromEntries(y2024!.header!.columns.map((c) => [c.header, c.field]));
    expect(other).toMatchObject({
      问题编号: 'original',
      单位: 'unit',
      问题描述: 'issue',
      '涉及金额(元)': 'amount',
      完成时限: 'deadline',
      状态: 'state',
      完成时间: 'close',
      整改措施: 'note',
    });
  });

  it('reads states, Excel and text dates, amounts in the header’s or the cell’s unit, and divisions', async () => {
    const { plan } = await planOf([LEDGER_2025, LEDGER_2024_INVEST]);
    const closed = itemAt(plan, '2025年', 4);
    expect(closed.item).toMatchObject({
      original: '1',
      unit: '市社保中心',
      issue: '专项资金结存未使用',
      amount: 120.5,
      deadline: '2025-06-30',
      responsible: '王五',
      division: '社保处',
      closed: { day: '2025-05-20' },
    });
    expect(closed.doubts).toEqual([]);
    expect(itemAt(plan, '2025年', 5).item).toMatchObject({ deadline: '2026-06-30', amount: 35 });
    expect(itemAt(plan, '2025年', 5).item.closed).toBeUndefined();
    // An Excel serial in a plain number cell; 持续整改 is open, of that 类型.
    expect(itemAt(plan, '2025年', 6).item).toMatchObject({
      deadline: '2026-06-30',
      kind: '持续整改',
      division: '教科文处',
      note: '备注:需跟踪',
    });
    expect(itemAt(plan, '2025年', 6).item.amount).toBeUndefined();
    // A unit in the cell wins over the header's: 3000元 is 0.3 万元.
    expect(itemAt(plan, '2025年', 7).item).toMatchObject({ deadline: '2026-06-30', amount: 0.3 });
    // 已整改 without a 销号时间: closed on its deadline, said.
    const noDay = itemAt(plan, '2025年', 8);
    expect(noDay.item.closed).toEqual({ day: '2025-12-31' });
    expect(noDay.doubts.join()).toContain('销号时间为空');
    expect(rowOf(plan, '2025年', 9)).toMatchObject({ kind: 'skip', reason: '空行' });
    expect(rowOf(plan, '2025年', 10)).toMatchObject({ kind: 'skip', reason: '合计/小计行' });
    // The sheet's name gives the division; 元 in the header; a date without a year is the ledger's year.
    expect(itemAt(plan, '投资处2024', 2).item).toMatchObject({
      original: 'TZ-01',
      division: '投资处',
      amount: 125,
      closed: { day: '2024-10-15' },
    });
    const yearless = itemAt(plan, '投资处2024', 3);
    expect(yearless.item.deadline).toBe('2024-12-31');
    expect(yearless.doubts.join()).toContain('未写年份');
    expect(plan.counts).toEqual({ items: 7, doubtful: 2, skipped: 2, broken: 0 });
    expect(plan.needDivision).toEqual([]);
  });

  it('names a broken row with what is wrong, and asks for a division no column or sheet gives', async () => {
    const sheet: SheetSpec = {
      name: '问题清单',
      titles: ['审计整改台账'],
      header: ['编号', '被审计单位', '问题内容', '金额', '整改期限', '是否整改'],
      rows: [
        ['1', '市水务局', '管网工程超概算', '若干', '下个月吧', '否'],
        ['2', null, '少缴税款', '12', '2026-03-31', '否'],
        ['3', '市文旅局', '门票收入未上缴', '8.5', '2026-03-31', '已完成'],
      ],
    };
    const { plan } = await planOf([sheet]);
    expect(rowOf(plan, '问题清单', 3)).toMatchObject({ kind: 'broken' });
    const broken = rowOf(plan, '问题清单', 3);
    if (broken.kind !== 'broken') throw new Error('not broken');
    expect(broken.problems).toEqual(['整改期限“下个月吧”读不懂', '金额“若干”读不懂']);
    expect(rowOf(plan, '问题清单', 4)).toMatchObject({ kind: 'broken', problems: ['缺少责任单位'] });
    // A bare number under a header with no unit is 万元, said as a guess.
    const guessed = itemAt(plan, '问题清单', 5);
    expect(guessed.item.amount).toBe(8.5);
    expect(guessed.doubts.join()).toContain('未写单位');
    expect(plan.needDivision).toEqual(['问题清单']);
    const told = await planOf([sheet], coreDeps(), { division: '农环处' });
    expect(itemAt(told.plan, '问题清单', 5).item.division).toBe('农环处');
    expect(told.plan.needDivision).toEqual([]);
  });
});

describe('导入台账 (two-level headers, divisions, closes)', () => {
  it('reads a two-level header: an amount over 合计 and 已整改, a state ticked under 整改情况', async () => {
    const { plan } = await planOf([LEDGER_TWO_LEVEL]);
    const sheet = plan.sheets[0]!;
    expect(sheet.header).toMatchObject({ row: 2, depth: 2 });
    const mapping = Object.fromEntries(sheet.header!.columns.map((c) => [c.header, c.field]));
    expect(mapping).toMatchObject({
      序号: 'original',
      '问题金额（万元）/合计': 'amount',
      '问题金额（万元）/其中:已整改': 'rectified',
      整改时限: 'deadline',
      责任处室: 'division',
    });
    expect(sheet.header!.marks.map((m) => m.state)).toEqual(['已整改', '部分整改', '未整改']);
    // Ticked 已整改 with no 销号时间: closed on its deadline, with the amount rectified under the same group.
    const ticked = itemAt(plan, '2025年度', 4);
    expect(ticked.item).toMatchObject({
      amount: 12000,
      deadline: '2025-06-30',
      closed: { day: '2025-06-30', amount: 5000 },
      division: '社保处',
    });
    expect(ticked.doubts.join()).toContain('处室“社保审计处”按名单中的 社保处 记录');
    // Words under 部分整改 instead of a tick: open, the words kept in the note.
    const partly = itemAt(plan, '2025年度', 5);
    expect(partly.item.closed).toBeUndefined();
    expect(partly.item).toMatchObject({ deadline: '2026-12-31', note: '整改情况/部分整改:已招标一半' });
    // 长期坚持 on a past year's ledger: this year's end, not overdue the day it comes in.
    const longTerm = itemAt(plan, '2025年度', 6);
    expect(longTerm.item).toMatchObject({ deadline: '2026-12-31', kind: '持续整改' });
    expect(longTerm.item.closed).toBeUndefined();
    const twice = itemAt(plan, '2025年度', 7);
    expect(twice.item.closed).toBeUndefined();
    expect(twice.doubts.join()).toContain('都打了勾,按整改中');
    expect(plan.counts).toEqual({ items: 4, doubtful: 3, skipped: 0, broken: 0 });
  });

  it('holds rows whose 处室 the roster lacks until the import is told one, keeping what was written', async () => {
    const { plan } = await planOf([LEDGER_TWO_LEVEL]);
    expect(plan.unknownDivisions).toEqual(['文化处', '财政处']);
    expect(plan.needDivision).toEqual([]);
    expect(importBlocked(plan)).toBe(true);
    const unknown = itemAt(plan, '2025年度', 6);
    expect(unknown.item.division).toBeUndefined();
    expect(unknown.doubts.join()).toContain('处室“文化处”不在处室名单中');
    const told = await planOf([LEDGER_TWO_LEVEL], coreDeps(), { division: '教科文处' });
    expect(importBlocked(told.plan)).toBe(false);
    expect(itemAt(told.plan, '2025年度', 6).item).toMatchObject({
      division: '教科文处',
      note: '责任处室:文化处',
    });
    // A 处室 the roster knows keeps its own division whatever the import was told.
    expect(itemAt(told.plan, '2025年度', 5).item.division).toBe('投资处');
    const meta = { by: 'ou_secretary', at: NOW, messageId: 'om_import_two_level' };
    const result = await applyLedgerImport(told.plan, meta, told.deps.store, told.deps.timeZone);
    expect(result.kind).toBe('done');
    expect(told.deps.store.items().map((i) => [i.original, i.division, i.status])).toEqual([
      ['1', '社保处', '已销号'],
      ['2', '投资处', '整改中'],
      ['3', '教科文处', '整改中'],
      ['4', '教科文处', '整改中'],
    ]);
  });

  it('dates a close with no day of its own and a deadline to come on the import day; refuses a later one', async () => {
    const sheet: SheetSpec = {
      name: '社保处',
      header: ['序号', '被审计单位', '问题描述', '整改时限', '整改状态', '销号时间'],
      rows: [
        [1, '市医保局', '违规结算', day('2026-12-31'), '已整改', null],
        [2, '市人社局', '资金滞留', day('2026-12-31'), '已销号', day('2026-12-20')],
      ],
    };
    const { plan } = await planOf([sheet]);
    const early = itemAt(plan, '社保处', 2);
    expect(early.item.closed).toEqual({ day: '2026-11-26' });
    expect(early.doubts.join()).toContain('期限未到,按导入当天 2026-11-26 记为销号时间');
    expect(rowOf(plan, '社保处', 3)).toMatchObject({
      kind: 'broken',
      problems: ['销号时间 2026-12-20 晚于今天'],
    });
  });

  it('refuses a workbook whose sheets hold no 台账 header (a title alone)', async () => {
    const { plan } = await planOf([
      { name: 'Sheet1', titles: ['2025年审计整改台账'], header: ['填表说明'], rows: [] },
    ]);
    expect(noHeaderFound(plan)).toBe(true);
    expect(importBlocked(plan)).toBe(true);
  });
});

describe('导入台账 (writing)', () => {
  it('imports every row in one transaction, keeps 原编号 and history, and adds nothing the second time', async () => {
    const { deps, plan } = await planOf([LEDGER_2025, LEDGER_2024_INVEST]);
    const before = deps.store.journalLength;
    const meta = { by: 'ou_secretary', at: NOW, messageId: 'om_import_1' };
    const result = await applyLedgerImport(plan, meta, deps.store, deps.timeZone);
    expect(result.kind).toBe('done');
    const items = deps.store.items();
    expect(items).toHaveLength(7);
    const first = items.find((i) => i.original === '1')!;
    expect(first).toMatchObject({
      status: '已销号',
      amount: 120.5,
      division: '社保处',
      deadline: '2025-06-30',
    });
    expect(first.source).toMatchObject({ file: '台账.xlsx', sheet: '2025年', row: 4 });
    expect(first.closedAt).toBe('2025-05-19T16:00:00.000Z');
    expect(first.history.map((h) => h.kind)).toEqual(['登记', '进展', '销号']);
    expect(first.history[1]!.text).toBe('已上缴财政');
    const open = items.find((i) => i.original === '2')!;
    expect(open.status).toBe('整改中');
    // One transaction: the records of every row, then its outcome.
    expect(deps.store.journalLength - before).toBe(
      7 +
        items.filter((i) => i.closedAt).length +
        items.filter((i) => i.history.some((h) => h.kind === '进展')).length +
        1,
    );

    const again = await planOf([LEDGER_2025, LEDGER_2024_INVEST], deps);
    expect(again.plan.counts.items).toBe(0);
    expect(rowOf(again.plan, '2025年', 4)).toMatchObject({ kind: 'skip', reason: `已导入过(${first.id})` });
    const length = deps.store.journalLength;
    await applyLedgerImport(again.plan, { ...meta, messageId: 'om_import_2' }, deps.store, deps.timeZone);
    expect(deps.store.journalLength).toBe(length);
    expect(deps.store.items()).toHaveLength(7);

    // The workbook's own number finds the item: 查看 and 列表.
    expect(await ask('整改 查看 TZ-01', {}, deps)).toContain('原编号:TZ-01');
    const listed = await ask('整改 列表 原编号:tz-02', {}, deps);
    expect(listed).toContain('(原编号 TZ-02) 项目未批先建');
    expect(listed).toContain('共 1 项');
  });

  it('refuses the whole import when a row cannot be registered, and keeps nothing of it', async () => {
    const { deps, plan } = await planOf([LEDGER_2025]);
    // The store refuses what the plan did not foresee (an item registered meanwhile): nothing is kept.
    await ask('整改 登记 超标准配备公务用车 单位:市交通局 期限:2026-12-31 处室:投资处', {}, deps);
    const length = deps.store.journalLength;
    const meta = { by: 'ou_secretary', at: NOW, messageId: 'om_import_3' };
    await expect(applyLedgerImport(plan, meta, deps.store, deps.timeZone)).rejects.toThrow(/item-duplicate/);
    expect(deps.store.journalLength).toBe(length);
    expect(deps.store.items()).toHaveLength(1);
  });
});
