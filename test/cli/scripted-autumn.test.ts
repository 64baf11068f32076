import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/run-cli-in-process';

// An autumn of the ledger as a new user lives it, end to end through the same core the chat uses: each
// scripted day is one `cli say --now … --json` run (in-process) reading the day's messages on stdin (one JSON
// line `{"text","user"}` each), and the scheduled jobs run as `cli job … --now …`, on one real DATA_DIR.
// The calendar is 2026's: Mid-Autumn 09-25–09-27, National Day 10-01–10-07, 调休 on Sunday 09-20 and
// Saturday 10-10. `verify` is run after the days with refused or rejected inputs.

const dir = mkdtempSync(join(tmpdir(), 'autumn-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], input = '') {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    DATA_DIR: dir,
    NODE_ENV: 'production',
  };
  return runCliInProcess(args, env, input);
}

/** One scripted day: the messages, in order, as they arrive at `now`; the replies, in order. */
async function day(now: string, messages: { text: string; user?: string }[]): Promise<string[]> {
  const { status, stdout, stderr } = await cli(
    ['say', '--now', now, '--json'],
    messages.map((m) => JSON.stringify(m)).join('\n'),
  );
  expect(status, stderr).toBe(0);
  const replies = stdout
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { reply: string }).reply);
  expect(replies).toHaveLength(messages.length);
  return replies;
}

async function job(name: 'reminders' | 'digest', now: string) {
  const run = await cli(['job', name, '--now', now]);
  expect(run.status, run.stderr).toBe(0);
  return run;
}

async function verifies() {
  const run = await cli(['verify']);
  expect(run.status, run.stdout).toBe(0);
}

const seqOf = (reply: string) => /记录号:#(\d+)/.exec(reply)?.[1];

describe('a scripted autumn through cli say and cli job', () => {
  it('runs the ledger, its reminders and its digests from September to late October', async () => {
    // ——— Monday 09-14: the roster, the first items, the first mistakes ———
    const d1 = await day('2026-09-14T10:00:00+08:00', [
      { text: '成员 添加 ou_sec 秘书处 处长' },
      { text: '成员 添加 ou_head 社保处 处长' },
      { text: '成员 添加 ou_m 社保处' },
      { text: '成员 添加 ou_y 社保处 科长' },
      {
        text: '整改 登记 养老金违规发放 单位：市社保中心 期限：２０２６－１２－３１ 类型：限期整改 金额：１２０万元',
        user: 'ou_m',
      },
      { text: '整改 登记 养老金违规发放 单位:市社保中心 期限:2026-12-31', user: 'ou_m' },
      { text: '整改 登记 笔误事项 单位:市医保局 期限:3026-12-31', user: 'ou_m' },
      { text: '整改 登记 重复录入的事项 单位:市医保局 期限:2026-10-15', user: 'ou_m' },
      { text: '整改 作废 ZG-2026-002 录入有误', user: 'ou_m' },
      { text: '进展 3.2 完成养老保险基金审计进点', user: 'ou_m' },
      { text: '整改 登记 专项资金闲置 单位:市人社局 期限:2026-09-25', user: 'ou_head' },
      { text: '整改 查看 ZG-2026-0O1', user: 'ou_m' },
    ]);
    expect(d1[3]).toMatch(/角色只能是:处长、成员\(收到“科长”\)/);
    expect(d1[4]).toMatch(/已登记整改事项 ZG-2026-001[\s\S]*类型:限期整改[\s\S]*问题金额:120 万元/);
    expect(d1[4]).toContain('期限:2026-12-31');
    expect(d1[5]).toMatch(/已登记为 ZG-2026-001[\s\S]*未重复登记/);
    expect(d1[6]).toMatch(/3026-12-31 在 10 年以后/);
    expect(d1[8]).toMatch(/ZG-2026-002 已作废/);
    expect(d1[10]).toContain('ZG-2026-003');
    expect(d1[11]).toMatch(/不是整改编号/);
    const first = seqOf(d1[9]!);
    expect(first).toBeDefined();
    await verifies();

    // ——— Sunday 09-20, a 调休 working day: reminders go out; the 处长 reports ———
    const rem1 = await job('reminders', '2026-09-20T09:30:00+08:00');
    expect(rem1.stdout).toMatch(
      /整改提醒 · 社保处 · 2026-09-20[\s\S]*ZG-2026-003[^\n]*还剩 5 天[^\n]*@ou_head/,
    );
    expect(rem1.stdout).not.toContain('ZG-2026-002');
    const d2 = await day('2026-09-20T10:00:00+08:00', [
      { text: '进展 3.2 调休日召开推进会', user: 'ou_head' },
    ]);
    const headsUpdate = seqOf(d2[0]!);

    // ——— Monday 09-21: the first digest, the 7 days before it ———
    const dg1 = (await job('digest', '2026-09-21T09:00:00+08:00')).stdout;
    expect(dg1).toContain('【审计助手周报 · 2026-09-14 至 2026-09-20】');
    expect(dg1).toContain('进展 【2 条】');
    expect(dg1).toContain('整改事项新登记 2、销号 0、驳回 0、作废 1');

    // ——— Monday 09-28: digest of the Mid-Autumn week; a close asked for, then rejected ———
    expect((await job('digest', '2026-09-28T09:00:00+08:00')).stdout).toContain(
      '【审计助手周报 · 2026-09-21 至 2026-09-27】',
    );
    const d3 = await day('2026-09-28T10:00:00+08:00', [
      { text: '进展 3.2 九月二十八日的进展', user: 'ou_m' },
      { text: '整改 销号 ZG-2026-001 资金已追回 金额:100万元', user: 'ou_m' },
      { text: '整改 审核 ZG-2026-001 再看看', user: 'ou_head' },
      { text: '整改 审核 ZG-2026-001 驳回 材料不全', user: 'ou_head' },
    ]);
    expect(d3[1]).toMatch(/已申请销号,待审核/);
    expect(d3[2]).toMatch(/“再看看”不是审核结论,没有记录任何内容/);
    expect(d3[3]).toMatch(
      /已驳回 ZG-2026-001 的销号申请[\s\S]*状态:整改中[\s\S]*@ou_m 您的销号申请被驳回:材料不全/,
    );
    expect(d3[3]).not.toMatch(/审核通过|已销号/);
    await verifies();

    // ——— Wednesday 09-30: an extension asked for (an earlier date refused); 周报 on demand ———
    const d4 = await day('2026-09-30T15:00:00+08:00', [
      { text: '进展 3.2 国庆前最后一条', user: 'ou_m' },
      { text: '整改 延期 ZG-2026-001 2026-11-01 提前', user: 'ou_m' },
      { text: '整改 延期 ZG-2026-001 2027-03-31 跨年度预算', user: 'ou_m' },
      { text: '周报', user: 'ou_sec' },
    ]);
    expect(d4[1]).toMatch(/不晚于 ZG-2026-001 现在的期限 2026-12-31:延期只能延后/);
    expect(d4[2]).toMatch(/已申请延期至 2027-03-31,待审核[\s\S]*期限:2026-12-31/);
    expect(d4[3]).toContain('【审计助手周报 · 2026-09-28 至今】');
    expect(d4[3]).toContain('本期 2026-09-28 至今(2026-09-30 15:00)进展 【2 条】');

    // ——— Thursday 10-01, National Day: nothing is sent ———
    const holiday = await job('reminders', '2026-10-01T09:30:00+08:00');
    expect(holiday.stdout).toBe('');
    expect(holiday.stderr).toContain('国庆节');

    // ——— Thursday 10-08, the first working day after the holidays ———
    const dg3 = (await job('digest', '2026-10-08T09:00:00+08:00')).stdout;
    expect(dg3).toContain('【审计助手周报 · 2026-09-28 至 2026-10-07】');
    expect(dg3).toContain('进展 【2 条】'); // 09-28 and 09-30: in this digest, and in no other
    expect(dg3).toContain('驳回 1');
    const d5 = await day('2026-10-08T10:00:00+08:00', [
      { text: '整改 审核 ZG-2026-001 通过', user: 'ou_head' },
      { text: '进展 3.2 节后第一条', user: 'ou_m' },
      { text: '整改 进展 ZG-2026-001 已制定整改方案', user: 'ou_m' },
      { text: '撤销', user: 'ou_m' },
      { text: `撤销 #${headsUpdate}`, user: 'ou_m' },
      { text: `撤销 #${first}`, user: 'ou_m' },
      { text: '成员 移除 ou_head' },
    ]);
    expect(d5[0]).toMatch(/延期审核通过:期限由 2026-12-31 延至 2027-03-31/);
    expect(d5[3]).toMatch(
      /最近的一条记录是 2026-10-08 对 ZG-2026-001 的“进展”[\s\S]*整改 进展 ZG-2026-001 <更正说明>/,
    );
    expect(d5[4]).toMatch(new RegExp(`进展 #${headsUpdate} 是 ou_head 记录的,只能撤销您自己的进展`));
    expect(d5[5]).toMatch(new RegExp(`已撤销您的进展 #${first}[^\\n]*完成养老保险基金审计进点`));
    await verifies();

    // ——— Saturday 10-10, 调休: reminders; the 处长 left, so the secretariat is mentioned ———
    const rem2 = (await job('reminders', '2026-10-10T09:30:00+08:00')).stdout;
    expect(rem2).toMatch(/整改提醒 · 社保处 · 2026-10-10[\s\S]*ZG-2026-003[^\n]*已逾期 15 天[^\n]*@ou_sec/);
    expect(rem2).not.toContain('@ou_head');

    // ——— Monday 10-12 the digest was missed; Tuesday's catch-up covers through Monday ———
    const dg4 = (await job('digest', '2026-10-13T09:00:00+08:00')).stdout;
    expect(dg4).toContain('【审计助手周报 · 2026-10-08 至 2026-10-12】');

    // ——— Monday 10-26: the digest, and ZG-2026-003 overdue more than 30 days is escalated ———
    const dg5 = (await job('digest', '2026-10-26T09:00:00+08:00')).stdout;
    expect(dg5).toContain('【审计助手周报 · 2026-10-13 至 2026-10-25】');
    expect(dg5).toMatch(
      /【整改督办 · 逾期超过 30 天 · 2026-10-26】\n@ou_sec 以下 1 项[\s\S]*■ 社保处\(1 项,处长:未指定\)\n· 【ZG-2026-003】[^\n]*逾期 31 天/,
    );
    // Run again the same day: nothing is sent, and the operator is told why in the digest's own words.
    const again = await job('digest', '2026-10-26T10:00:00+08:00');
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('周报');
    expect(again.stderr).not.toContain('整改事项');
    await verifies();

    // ——— The 台账 as exported ———
    const csv = await cli(['export', '--now', '2026-10-26T12:00:00+08:00']);
    expect(csv.status).toBe(0);
    expect(csv.stdout.startsWith('\uFEFF# 整改台账\r\n')).toBe(true);
    expect(csv.stdout).toMatch(
      /\r\nZG-2026-001,养老金违规发放,市社保中心,,社保处,,,,2027-03-31,整改中,正常,[^\r]*,限期整改,120,,,1\r\n/,
    );
    expect(csv.stdout).toMatch(/\r\nZG-2026-002,重复录入的事项,市医保局,,社保处,,,,2026-10-15,已作废,/);
    expect(csv.stdout).toContain('# 进展记录');
    const out = join(dir, 'ledger.xlsx');
    expect((await cli(['export', '--format', 'xlsx', '--out', out])).status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['整改台账', '进展记录', '整改经过', '汇总']);
    // Dates are the workbook's dates (a day at midnight; an instant as the bureau's wall-clock time).
    const shown = (v: unknown) =>
      v instanceof Date
        ? v.toISOString().slice(11, 19) === '00:00:00'
          ? v.toISOString().slice(0, 10)
          : v.toISOString().slice(0, 19).replace('T', ' ')
        : (v ?? '');
    const rows = book.worksheets[2]!.getSheetValues().map((r) =>
      Array.isArray(r) ? r.slice(1).map(shown).join('|') : '',
    );
    expect(
      rows.some((r) =>
        /^ZG-2026-001\|\d+\|2026-09-28 10:00:00\|驳回销号\|ou_head\|材料不全\|\|\|ou_m\|ou_head\|/.test(r),
      ),
    ).toBe(true);
    expect(
      rows.some((r) =>
        /^ZG-2026-001\|\d+\|2026-10-08 10:00:00\|批准延期\|ou_head\|\|2026-12-31\|2027-03-31\|ou_m\|ou_head\|/.test(
          r,
        ),
      ),
    ).toBe(true);
    expect(rows.some((r) => /^ZG-2026-002\|\d+\|[^|]*\|作废\|ou_m\|录入有误\|/.test(r))).toBe(true);
  }, 300_000);
});
