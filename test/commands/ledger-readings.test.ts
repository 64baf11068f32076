import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import { renderText } from '../../src/reply/render-text';
import { openMemoryStore, verifyMemoryStore } from '../../src/store';

// Dates and amounts typed as a bureau types them, through the real core on a real store: every ledger and
// calendar command reads them with the same two readers, records exactly what they read, and says how it
// read them. Monday 2026-12-07, the winter before the new plan.

const ADMIN = 'ou_admin';
const MONDAY = new Date('2026-12-07T10:00:00+08:00');

describe('dates and amounts in commands', () => {
  let dir: string;
  let deps: CoreDeps;
  let n = 0;
  const say = async (text: string, user = ADMIN, at = MONDAY) => {
    n += 1;
    return renderText(
      await handleMessage({ text, userId: user, chatId: 'oc_t', messageId: `om_r${n}`, at }, deps),
    );
  };
  const refused = async (text: string, user = ADMIN) => {
    const before = deps.store.journalLength;
    const reply = await say(text, user);
    expect(deps.store.journalLength, `“${text}” recorded something: ${reply}`).toBe(before);
    expect(verifyMemoryStore(deps.store).ok).toBe(true);
    return reply;
  };
  const item = (id = 'ZG-2026-001') => deps.store.item(id)!;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'readings-'));
    deps = createCoreDeps({
      admins: [ADMIN],
      clock: fixedClock(MONDAY),
      logger: silentLogger,
      dataDir: dir,
      store: openMemoryStore(),
    });
    await say('成员 添加 ou_head 社保处 处长');
    await say('成员 添加 ou_m 社保处');
  });
  afterEach(() => {
    deps.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads 延期, 销号 and 查看 typed without 整改 when an item id follows, and an amount written 金额12万元', async () => {
    await say('整改 登记 涉及金额50万元的补贴未发放 单位:市民政局 期限:2026-12-20', 'ou_head');
    expect(item().issue).toBe('涉及金额50万元的补贴未发放');
    expect(item().amount).toBeUndefined();
    expect(await say('延期 ZG-2026-001 到年底 因汛期影响', 'ou_head')).toContain('延至 2026-12-31');
    expect(item().deadline).toBe('2026-12-31');
    expect(await say('查看 ZG-2026-001', 'ou_m')).toContain('【整改事项 ZG-2026-001】');
    expect(await say('销号 ZG-2026-001 整改完成 金额12万元', 'ou_head')).toContain('已销号');
    expect(item().status).toBe('已销号');
    expect(item().rectifiedAmount).toBe(12);
  });

  it('registers 期限:月底 金额:0.5亿元 as 2026-12-31 and exactly 5000 万元, and says how it read them', async () => {
    const reply = await say('整改 登记 专项资金挪用 单位:市财政局 期限:月底 金额:0.5亿元', 'ou_m');
    expect(item()).toMatchObject({ issue: '专项资金挪用', deadline: '2026-12-31', amount: 5000 });
    expect(reply).toContain('问题金额:5000 万元');
    expect(reply).toContain('期限“月底”按 2026-12-31 理解:当月最后一天');
    expect(reply).toContain('金额“0.5亿元”按 5000 万元 记录');
  });

  it('takes each field’s whole value: no unit, 整 or 前 is left in the problem, in any order and separator', async () => {
    await say('整改 登记 多发补贴 金额:12万元整 期限:2027年1月底前 单位:市民政局', 'ou_m');
    expect(item()).toMatchObject({ issue: '多发补贴', deadline: '2027-01-31', amount: 12, unit: '市民政局' });
    await say('整改 登记 工程超概算，单位：市城投，金额：1.2亿，期限：一季度末', 'ou_m');
    expect(item('ZG-2026-002')).toMatchObject({
      issue: '工程超概算',
      unit: '市城投',
      amount: 12000,
      deadline: '2027-03-31',
    });
    await say('整改 登记 违规列支、期限 : 下月底、金额 : 三十五万、单位:市教育局', 'ou_m');
    expect(item('ZG-2026-003')).toMatchObject({
      issue: '违规列支',
      unit: '市教育局',
      amount: 35,
      deadline: '2027-01-31',
    });
    await say('整改 登记 资金滞留 期限:１２月３１日 金额:123.45元 涉及两个乡镇 单位:市农业农村局', 'ou_m');
    expect(item('ZG-2026-004')).toMatchObject({
      issue: '资金滞留 涉及两个乡镇',
      deadline: '2026-12-31',
      amount: 0.012345,
    });
    expect(await say('整改 查看 ZG-2026-004')).toContain('问题金额:0.012345 万元');
  });

  it('says a date without a year read as next year: 12月1日 on 12-07 is 2027-12-01', async () => {
    const reply = await say('整改 登记 补缴税款 单位:市税务局 期限:12月1日', 'ou_m');
    expect(item().deadline).toBe('2027-12-01');
    expect(reply).toContain('按 2027-12-01 理解');
  });

  it('refuses what it cannot read exactly, recording nothing', async () => {
    expect(await refused('整改 登记 x 单位:y 期限:12/31', 'ou_m')).toMatch(/“12\/31”有不止一种读法/);
    expect(await refused('整改 登记 x 单位:y 期限:尽快', 'ou_m')).toMatch(/看不懂日期“尽快”[\s\S]*下周五/);
    expect(await refused('整改 登记 x 单位:y 期限:春节后', 'ou_m')).toMatch(
      /工作日历里还没有 2027 年春节的放假安排/,
    );
    expect(await refused('整改 登记 x 单位:y 期限:月底 金额:30多万', 'ou_m')).toMatch(/金额要写确数/);
    expect(await refused('整改 登记 x 单位:y 期限:月底 金额:5千', 'ou_m')).toMatch(/没有写单位/);
    expect(await refused('整改 登记 x 单位:y 期限:月底 金额:0.001元', 'ou_m')).toMatch(/最多记到分/);
  });

  it('extends to 下周五 with the reason after it, saying which day that is', async () => {
    await say('整改 登记 养老金违规发放 单位:市社保中心 期限:2026-12-11', 'ou_m');
    const reply = await say('整改 延期 ZG-2026-001 下周五 单位还在整改', 'ou_head');
    expect(reply).toMatch(/期限由 2026-12-11 延至 2026-12-18/);
    expect(reply).toContain('新期限“下周五”按 2026-12-18 理解');
    expect(item().history.at(-1)).toMatchObject({ newDeadline: '2026-12-18', text: '单位还在整改' });
    expect(await refused('整改 延期 ZG-2026-001 年底', 'ou_head')).toMatch(/请写上延期理由/);
  });

  it('refuses a year typo in January for an extension, naming the year meant', async () => {
    await say('整改 登记 养老金违规发放 单位:市社保中心 期限:2026-12-31', 'ou_m');
    const january = new Date('2027-01-15T10:00:00+08:00');
    const before = deps.store.journalLength;
    const reply = await say('整改 延期 ZG-2026-001 2026-02-09 跨年', 'ou_head', january);
    expect(reply).toMatch(/2026-02-09[\s\S]*是否想写 2027-02-09\?年份应为 2027/);
    expect(deps.store.journalLength).toBe(before);
  });

  it('closes with an amount in 亿 or Chinese numerals, stored exactly', async () => {
    await say('整改 登记 违规出借资金 单位:市国资委 期限:2026-12-31', 'ou_m');
    const reply = await say('整改 销号 ZG-2026-001 已全部收回 金额:一点五亿', 'ou_head');
    expect(item()).toMatchObject({ status: '已销号', rectifiedAmount: 15000 });
    expect(reply).toContain('整改金额“一点五亿”按 15000 万元 记录');
    expect(item().history.at(-1)?.text).toBe('已全部收回');
  });

  it('reads 春节后 from the 2027 notice once it is imported and confirmed, and refuses it before', async () => {
    expect(await refused('整改 登记 x 单位:y 期限:春节后', 'ou_m')).toMatch(/还没有 2027 年春节的放假安排/);
    const notice = readFileSync('test/fixtures/notices/2027-shaped.txt', 'utf8');
    await say(`日历 导入\n${notice}`);
    await say('日历 导入 确认');
    // The notice gives 02-05 … 02-13 off and Sunday 02-14 worked in lieu: the first working day after.
    const reply = await say('整改 登记 春节后才能办 单位:市民政局 期限:春节后', 'ou_m');
    expect(item().deadline).toBe('2027-02-14');
    expect(reply).toContain('期限“春节后”按 2027-02-14 理解:2027 年春节假期后第一个工作日');
    await say('整改 登记 节前办完 单位:市民政局 期限:春节前', 'ou_m');
    expect(item('ZG-2026-002').deadline).toBe('2027-02-04');
  });

  it('sets a calendar day typed as 2027年1月底, saying which day that is', async () => {
    // 2027-01-31 is a Sunday: made a working day, as a make-up day would be.
    const reply = await say('日历 设置 2027年1月底 工作日');
    expect(reply).toMatch(/已将 2027-01-31 设为工作日/);
    expect(reply).toContain('“2027年1月底”按 2027-01-31 理解');
    expect(deps.calendar.isWorkingDay('2027-01-31')).toBe(true);
    expect(await say('日历 2027 年 1 月 31 日')).toMatch(/2027-01-31:工作日/);
    expect(await say('日历 下周五')).toMatch(/“下周五”按 2026-12-18 理解[\s\S]*2026-12-18:工作日/);
    expect(await refused('日历 设置 12/31 休息日')).toMatch(/有不止一种读法/);
  });
});
