import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

// The winter the bureau lives through, end to end through `cli say` and `cli job` on one DATA_DIR, from
// 2026-12-07 to 2027-03-31: five years of records on the 2021—2025 plan behind it (`cli demo-data`); the
// 2027 holiday notice pasted in chat with a make-up day lost in the copy, corrected and confirmed; the
// 2026—2030 plan made current at the new year, every confirmation after naming the new plan's task and
// the old records still named by theirs; amounts typed in 亿 and in Chinese numerals stored exactly; an item
// closed, reopened and closed again with another amount; no reminder or digest on any 2027 day off,
// reminders on the make-up Sunday and Saturday; one total in 整改 统计, the export and the digest.
//
// Chat comes in a few `cli say --json` processes whose stdin lines carry their own instant (`"at"`); each
// stretch of scheduled runs is one `cli job … --now … --now …` process, so the winter takes a dozen
// processes, not hundreds.

const dir = mkdtempSync(join(tmpdir(), 'winter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], input = '') => runCli(dir, args, input);

interface Line {
  text: string;
  user?: string;
  at: string;
}

/** Messages as they arrive, each at its own instant; their replies, in order. */
async function say(lines: Line[]): Promise<string[]> {
  const input = lines.map((l) => JSON.stringify({ ...l, at: `${l.at}+08:00` })).join('\n');
  const { status, stdout, stderr } = await cli(['say', '--json'], input);
  expect(status, stderr).toBe(0);
  const replies = stdout
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { reply: string }).reply);
  expect(replies).toHaveLength(lines.length);
  return replies;
}

/** A job run at each of the days given, at its scheduled time; what it printed and said on stderr. */
async function job(name: 'reminders' | 'digest', days: readonly string[]) {
  const time = name === 'reminders' ? '09:30' : '09:00';
  const run = await cli(['job', name, ...days.flatMap((d) => ['--now', `${d}T${time}:00+08:00`])]);
  expect(run.status, run.stderr).toBe(0);
  return run;
}

/** Every day from `from` to `to`, both included. */
function daysFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** Whether two days fall in the same ISO week (Monday to Sunday). */
function sameWeek(a: string, b: string): boolean {
  const monday = (d: string) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return t - ((new Date(t).getUTCDay() + 6) % 7) * 86_400_000;
  };
  return monday(a) === monday(b);
}

/** The 2027 days off from January to March by the notice: 元旦, 春节, and every weekend but 02-14 and 02-20. */
const MAKE_UP = ['2027-02-14', '2027-02-20'];
const HOLIDAYS = [...daysFrom('2027-01-01', '2027-01-03'), ...daysFrom('2027-02-05', '2027-02-13')];
const DAYS_OFF = daysFrom('2027-01-01', '2027-03-31').filter(
  (d) =>
    HOLIDAYS.includes(d) || (!MAKE_UP.includes(d) && [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())),
);

const NOTICE = readFileSync('test/fixtures/notices/2027-shaped.txt', 'utf8');
/** The notice as pasted: the copy lost the Saturday make-up day of the Spring Festival. */
const PASTED = NOTICE.replace('2月14日（周日）、2月20日（周六）上班', '2月14日（周日）上班');

const idOf = (reply: string) => /已登记整改事项 (ZG-\d{4}-\d{3})/.exec(reply)?.[1] ?? '';
/** The part of a job's output that one message takes: from its title to the next one. */
const messages = (stdout: string) => stdout.split(/\n(?=【(?:整改提醒|审计助手周报|整改督办) · )/);

describe('a winter through cli say and cli job', () => {
  it('switches plan and calendar at the new year with every record right and one total everywhere', async () => {
    // ——— Five years on the 2021—2025 plan, and the 2026—2030 plan added, waiting for 方案 启用 ———
    expect(
      (
        await cli([
          'demo-data',
          '--updates',
          '400',
          '--rectifications',
          '60',
          '--now',
          '2026-12-01T18:00:00+08:00',
        ])
      ).status,
    ).toBe(0);
    expect((await cli(['plan', 'add', 'test/fixtures/plan-switch/2026-2030.txt'])).stdout).toContain(
      '已导入方案 2026-2030',
    );

    // ——— December: the roster, records on the old plan, items with amounts, the 2027 notice ———
    const december = await say([
      { text: '成员 添加 ou_sec 秘书处 处长', at: '2026-12-07T09:00:00' },
      { text: '成员 添加 ou_li 社保处 处长', at: '2026-12-07T09:01:00' },
      { text: '成员 添加 ou_wang 社保处', at: '2026-12-07T09:02:00' },
      { text: '成员 添加 ou_wen 教科文处', at: '2026-12-07T09:03:00' },
      { text: '成员 添加 ou_tz 投资处 处长', at: '2026-12-07T09:04:00' },
      { text: '进展 3.2 完成养老保险基金审计进点', user: 'ou_li', at: '2026-12-07T10:10:00' },
      {
        text: '整改 登记 保障房分配不规范 单位:市住建局 期限:2027-01-29 任务:3.3 金额:0.5亿元',
        user: 'ou_tz',
        at: '2026-12-07T10:20:00',
      },
      {
        text: '整改 登记 违规发放津贴 单位:市教育局 期限:2027-02-26 金额:一百二十万元',
        user: 'ou_wen',
        at: '2026-12-07T10:30:00',
      },
      { text: '日历 2027', user: 'ou_sec', at: '2026-12-08T10:00:00' },
      { text: `日历 导入\n${PASTED}`, user: 'ou_sec', at: '2026-12-08T10:05:00' },
      { text: '日历 设置 2027-02-20 工作日 春节', user: 'ou_sec', at: '2026-12-08T10:10:00' },
      { text: '日历 导入 确认', user: 'ou_sec', at: '2026-12-08T10:15:00' },
      // The new year: the 2026—2030 plan made current on the first working day, before the digest.
      { text: '方案 启用 十五五', user: 'ou_sec', at: '2027-01-04T08:30:00' },
    ]);
    const [housing, allowance] = [idOf(december[6]!), idOf(december[7]!)];
    expect(december[5]).toContain('任务:3.2 聚焦社会保障体系建设\n');
    expect(december[6]).toMatch(/问题金额:5000 万元[\s\S]*关联任务:3\.3 聚焦安居工程深入实施\n/);
    expect(december[7]).toContain('问题金额:120 万元');
    expect(december[7]).not.toMatch(/问题:[^\n]*(万元|亿)/);
    expect(december[8]).toContain('2027 年的节假日安排未确认');
    expect(december[9]).toContain('调休上班 2027-02-14(周日)\n');
    expect(december[10]).toContain('已将 2027-02-20 设为工作日');
    expect(december[11]).toContain('已确认导入 2027 年节假日安排');
    expect(december[11]).toContain('2027-02-14(周日)春节、2027-02-20(周六)春节');
    expect(december[12]).toContain('已启用方案 2026-2030');

    // ——— Jobs of December and the new year's first days ———
    const firstDigests = await job('digest', [
      '2026-12-14',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
      '2027-01-04',
    ]);
    expect(firstDigests.stdout.match(/【审计助手周报 · /g)).toHaveLength(2);
    expect(firstDigests.stdout).toContain('【审计助手周报 · 2026-12-14 至 2027-01-03】');
    // The new plan, current for an hour, has no silent task; the old plan's update is named by its plan.
    const newYearDigest = firstDigests.stdout.slice(firstDigests.stdout.indexOf('2026-12-14 至 2027-01-03'));
    expect(newYearDigest).not.toContain('沉寂');
    for (const day of ['2027-01-01', '2027-01-02', '2027-01-03'])
      expect(firstDigests.stderr).toContain(`${day} 是非工作日`);

    // ——— January: on the new plan ———
    const january = await say([
      { text: '进展 养老 召开养老服务审计进点会', user: 'ou_li', at: '2027-01-04T10:00:00' },
      { text: '进展 3.3 医保基金审计进点', user: 'ou_li', at: '2027-01-04T10:02:00' },
      { text: '进展 3.3 医保基金审计进点', user: 'ou_li', at: '2027-01-04T10:05:00' },
      { text: '目标 指派 目标4 法规处', user: 'ou_sec', at: '2027-01-04T10:10:00' },
      {
        text: '整改 登记 养老机构补贴发放不规范 单位:市民政局 期限:2027-02-10 任务:3.1 金额:1.2亿',
        user: 'ou_li',
        at: '2027-01-04T10:15:00',
      },
      { text: `整改 查看 ${housing}`, user: 'ou_sec', at: '2027-01-04T10:20:00' },
      { text: '进展 查看 十四五3.2', user: 'ou_sec', at: '2027-01-04T10:25:00' },
      { text: '整改 列表 全部 任务:3.3', user: 'ou_sec', at: '2027-01-04T10:26:00' },
      { text: '整改 列表 全部 任务:十四五3.3', user: 'ou_sec', at: '2027-01-04T10:27:00' },
      { text: `整改 销号 ${housing} 已整改 金额:120万元`, user: 'ou_tz', at: '2027-01-05T10:00:00' },
      { text: `整改 重开 ${housing} 复查发现仍有两户未清退`, user: 'ou_sec', at: '2027-01-06T10:00:00' },
      { text: `整改 销号 ${housing} 补充整改到位 金额:二十万元`, user: 'ou_tz', at: '2027-01-20T10:00:00' },
      { text: `整改 查看 ${housing} 经过`, user: 'ou_sec', at: '2027-01-20T10:05:00' },
    ]);
    const pension = idOf(january[4]!);
    expect(january[0]).toContain('任务:3.1 聚焦养老服务体系建设\n');
    expect(january[1]).toContain('任务:3.3 聚焦医疗卫生服务能力提升\n');
    expect(january[2]).toMatch(/这条进展您已在 10:02 记录过[\s\S]*没有重复记录/);
    expect(january[3]).toContain('「目标4 推动审计整改提质增效」的责任处室设为法规处');
    expect(january[4]).toMatch(/问题金额:12000 万元[\s\S]*关联任务:3\.1 聚焦养老服务体系建设\n/);
    // Every confirmation on the new plan names the new plan's target, none the old plan.
    for (const reply of january.slice(0, 5)) expect(reply).not.toContain('2021-2025');
    // The old records, named by their own plan.
    expect(january[5]).toContain('关联任务:3.3 聚焦安居工程深入实施(2021-2025 方案)');
    expect(january[6]).toMatch(
      /进展记录:3\.2 聚焦社会保障体系建设\(2021-2025 方案\)[\s\S]*完成养老保险基金审计进点/,
    );
    expect(january[7]).toContain('没有未销号的整改事项');
    expect(january[8]).toContain(housing);
    // Each close keeps its own amount; the item's 整改金额 is the standing close's.
    expect(january[9]).toContain('整改金额:120 万元');
    expect(january[11]).toMatch(/\n整改金额:20 万元\n/);
    expect(january[11]).toContain('此前销号(已重开,不计入):2027-01-05 整改金额 120 万元');
    expect(january[12]).toMatch(
      /销号 ou_tz:已整改,整改金额 120 万元[\s\S]*重开 ou_sec[\s\S]*销号 ou_tz:补充整改到位,整改金额 20 万元/,
    );

    // ——— The rest of the winter's scheduled runs: every day from 01-05 to 03-30 ———
    const winter = daysFrom('2027-01-05', '2027-03-30');
    const reminders = await job('reminders', winter);
    const titles = [...reminders.stdout.matchAll(/【整改提醒 · ([^ ]+) · (\d{4}-\d{2}-\d{2})】/g)];
    const remindedDays = new Set(titles.map((m) => m[2]));
    for (const day of DAYS_OFF.filter((d) => d >= '2027-01-05')) {
      expect(remindedDays.has(day), `reminded on ${day}`).toBe(false);
      expect(reminders.stderr).toContain(`${day} 是非工作日`);
    }
    // The make-up Sunday and Saturday are working days: reminded, 02-20 only because it was corrected.
    for (const day of MAKE_UP) expect(remindedDays.has(day), `not reminded on ${day}`).toBe(true);
    // 教科文处 has no 处长: its reminder @-mentions the member who registered the item, not 秘书处 alone.
    const education = messages(reminders.stdout).find((m) =>
      m.startsWith('【整改提醒 · 教科文处 · 2027-02-20】'),
    )!;
    expect(education).toMatch(new RegExp(`${allowance}[^\\n]*@ou_wen$`, 'm'));

    // Digests as the scheduler runs them — each week's first working day — and tried on every day off: none
    // there. The Spring Festival week's first working day is its make-up Sunday.
    const working = (d: string) => !DAYS_OFF.includes(d);
    const weekFirsts = winter.filter(
      (d) => working(d) && !daysFrom('2027-01-04', d).some((e) => e < d && sameWeek(e, d) && working(e)),
    );
    expect(weekFirsts).toContain('2027-02-14');
    const digests = await job(
      'digest',
      winter.filter((d) => weekFirsts.includes(d) || DAYS_OFF.includes(d)),
    );
    const windows = [...digests.stdout.matchAll(/【审计助手周报 · (\S+) 至 (\S+)】/g)].map(
      (m) => `${m[1]}/${m[2]}`,
    );
    expect(windows).toContain('2027-02-01/2027-02-13');
    expect(windows).toHaveLength(weekFirsts.length);
    for (const day of DAYS_OFF.filter((d) => d >= '2027-01-05'))
      expect(digests.stderr).toContain(`${day} 是非工作日`);
    // Each digest covers the days after the last: together, every day once.
    for (let i = 1; i < windows.length; i += 1)
      expect(Date.parse(windows[i]!.split('/')[0]!) - Date.parse(windows[i - 1]!.split('/')[1]!)).toBe(
        86_400_000,
      );

    // ——— 03-31: one total in 整改 统计, the export and the digest ———
    const [stats] = await say([{ text: '整改 统计 全部', user: 'ou_sec', at: '2027-03-31T09:00:00' }]);
    const figure = (label: string) => new RegExp(`${label}:([\\d.]+) 万元`).exec(stats!)?.[1];
    const rate = /整改率:([\d.]+%)/.exec(stats!)?.[1];
    const summary = (await cli(['export', '--table', 'summary', '--now', '2027-03-31T09:00:00+08:00']))
      .stdout;
    const [header, total] = summary.replace('\uFEFF', '').split('\r\n');
    const column = (name: string) => total!.split(',')[header!.split(',').indexOf(name)];
    expect(column('问题金额(万元)')).toBe(figure('问题金额'));
    expect(column('整改金额(万元)')).toBe(figure('整改金额'));
    expect(column('整改率')).toBe(rate);
    const items = (await cli(['export', '--table', 'items', '--now', '2027-03-31T09:00:00+08:00'])).stdout;
    const rows = items.replace('\uFEFF', '').trim().split('\r\n');
    const rectified = rows[0]!.split(',').indexOf('整改金额(万元)');
    const itemRow = (id: string) => rows.find((r) => r.startsWith(`${id},`))!;
    expect(itemRow(housing).split(',')[rectified]).toBe('20');
    expect(itemRow(pension)).toMatch(/,3\.1,聚焦养老服务体系建设,2026-2030,/);
    expect(itemRow(housing)).toMatch(/,3\.3,聚焦安居工程深入实施,2021-2025,/);
    const last = (await job('digest', ['2027-03-31'])).stdout;
    expect(last).toContain(`整改率 【${rate}】`);
    expect(last).toContain(`问题金额 ${figure('问题金额')} 万元,整改金额 ${figure('整改金额')} 万元`);

    const verify = await cli(['verify']);
    expect(verify.status, verify.stdout).toBe(0);
  }, 240_000);
});
