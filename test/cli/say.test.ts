import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/run-cli-in-process';

// The operator surface, exercised as scripts use it: `npm run --silent cli -- say …`, in-process with its own
// environment and standard input; one run as a real child process (standard input and output, the exit code).
async function cli(args: string[], input = '', env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cli-say-'));
  return runCliInProcess(args, { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production', ...env }, input);
}

describe('cli say', () => {
  it('runs as a process: one reply a line of standard input on standard output, logs apart, exit 0', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cli-say-'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'say', '--json'], {
      input: '公租房审计谁来管?\n帮助\n',
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production' },
    });
    expect(run.status).toBe(0);
    const replies = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { input: string; reply: string });
    expect(replies.map((r) => r.input)).toEqual(['公租房审计谁来管?', '帮助']);
    expect(replies[0]!.reply).toContain('投资处');
  });

  it('answers one message with the lead division, the task and the clause', async () => {
    const { status, stdout } = await cli(['say', '公租房审计谁来管?']);
    expect(status).toBe(0);
    expect(stdout).toContain('投资处');
    expect(stdout).toContain('3.3');
    expect(stdout).toContain('二(三)3');
  });

  it('prints exactly one {"input","reply"} line per stdin line with --json, plain text or JSON objects', async () => {
    const lines = ['帮助', '{"text":"任务 社保处","user":"ou_x","chat":"oc_y"}', '', '搜索 古城项目群'];
    const { status, stdout } = await cli(['say', '--json'], lines.join('\n'));
    expect(status).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.input)).toEqual(['帮助', '任务 社保处', '搜索 古城项目群']);
    expect(out[1].reply).toContain('聚焦社会保障体系建设');
    expect(typeof out[2].reply).toBe('string');
  });

  it('takes each stdin line’s "at" as the instant it arrives, and refuses a line with an unreadable one', async () => {
    const lines = [
      '{"text":"整改 登记 甲 单位:市财政局 期限:12月1日 处室:社保处","at":"2026-11-26T10:00:00+08:00"}',
      '{"text":"整改 登记 乙 单位:市财政局 期限:12月1日 处室:社保处","at":"2026-12-07T10:00"}',
      '{"text":"整改 列表 全部","at":"昨天"}',
      '整改 登记 丙 单位:市财政局 期限:12月1日 处室:社保处',
    ];
    const { status, stdout, stderr } = await cli(
      ['say', '--json', '--now', '2026-11-20T10:00:00+08:00'],
      lines.join('\n'),
    );
    expect(status).toBe(2);
    const replies = stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { reply: string }).reply);
    expect(replies).toHaveLength(3);
    expect(replies[0]).toMatch(/ZG-2026-001[\s\S]*期限:2026-12-01/);
    // Typed on 7 December, 12月1日 is next year's.
    expect(replies[1]).toMatch(/ZG-2026-002[\s\S]*期限:2027-12-01/);
    // A plain line arrives at --now.
    expect(replies[2]).toMatch(/ZG-2026-003[\s\S]*期限:2026-12-01/);
    expect(stderr).toContain('"at" 需要 ISO-8601 时间');
  });

  it('takes --now without an offset as wall-clock time in TZ_NAME, not the machine zone', async () => {
    // 23:30 on 26 November in Shaoxing; read in the machine's zone (UTC) it would be the 27th there, and
    // `11月26日` would roll over to next year.
    const text = '整改 登记 违规发放 单位:市社保中心 期限:11月26日 处室:社保处';
    const { stdout } = await cli(['say', '--now', '2026-11-26T23:30', text]);
    expect(stdout).toContain('期限:2026-11-26');
  });

  it('reads deadlines and amounts as a bureau types them, and says how it read them', async () => {
    const lines = [
      '整改 登记 专项资金挪用 单位:市财政局 期限:月底 金额:0.5亿元 处室:社保处',
      '整改 登记 补缴税款 单位:市税务局 期限:12月1日 处室:社保处',
      '整改 延期 ZG-2026-001 一季度末 涉及跨年度预算调整',
    ];
    const { status, stdout } = await cli(['say', '--now', '2026-12-07T10:00'], lines.join('\n'));
    expect(status).toBe(0);
    const [registered, nextYear, extended] = stdout.split('\n\n');
    expect(registered).toContain('问题金额:5000 万元');
    expect(registered).toContain('期限:2026-12-31');
    expect(registered).toContain('期限“月底”按 2026-12-31 理解');
    expect(registered).toContain('金额“0.5亿元”按 5000 万元 记录');
    expect(nextYear).toContain('按 2027-12-01 理解');
    expect(extended).toContain('期限由 2026-12-31 延至 2027-03-31');
    expect(extended).toContain('新期限“一季度末”按 2027-03-31 理解:今年的已过,取明年该季度最后一天');
  });

  it('refuses an unreadable --now with the accepted form, exit 2', async () => {
    const { status, stderr, stdout } = await cli(['say', '--now', 'yesterday', '帮助']);
    expect(status).toBe(2);
    expect(stderr).toContain('ISO-8601');
    expect(stdout).toBe('');
  });

  it('follows up across runs on one chat, as a chat does, for the topic’s 30 minutes only', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cli-say-'));
    const say = async (text: string, now: string, chat = 'oc_follow') => {
      const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production' };
      const { status, stdout } = await runCliInProcess(['say', '--chat', chat, '--now', now, text], env);
      expect(status).toBe(0);
      return stdout;
    };
    expect(await say('说下3.1呗', '2026-12-07T10:00:00+08:00')).toContain('任务 3.1');
    // A second run: the chat's topic is still 3.1.
    const coop = await say('那它谁配合', '2026-12-07T10:05:00+08:00');
    expect(coop).toContain('3.1');
    expect(coop).toContain('教科文处');
    expect(await say('那3.3呢', '2026-12-07T10:06:00+08:00')).toContain('投资处');
    // Another chat has no topic, and after the span the first has none either: 它 is said to be unknown, not
    // searched for as a word.
    for (const none of [
      await say('它谁牵头', '2026-12-07T10:07:00+08:00', 'oc_other'),
      await say('那它具体讲什么', '2026-12-07T11:00:00+08:00'),
    ]) {
      expect(none).toContain('不知道“它”指哪一项');
      expect(none).not.toContain('投资处');
    }
    // A damaged topics file is started afresh: nothing recorded lives there.
    writeFileSync(join(dataDir, 'cli-conversation.json'), '{"oc_follow":');
    expect(await say('3.2谁牵头', '2026-12-07T11:01:00+08:00')).toContain('3.2');
    expect(await say('那它配合的呢', '2026-12-07T11:02:00+08:00')).toContain('3.2');
  });
});
