import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { workingCalendarOf } from '../../src/core-deps';
import { JobState } from '../../src/jobs/job-state';
import { type JobRunDeps, runJob } from '../../src/jobs/run-job';
import { silentLogger } from '../../src/logger';
import { renderText } from '../../src/reply/render-text';
import type { AddressedReply } from '../../src/reply/reply';
import { openFileStore, type Store, verifyStore } from '../../src/store';
import { addDays } from '../../src/time/zoned-time';
import { DIGEST_CHAT, planKnowledge, shanghai } from '../jobs/job-fixture';
import { coreDeps } from '../support/core';

// Which days each digest covers, through the job the scheduler runs (runJob) on a real store that is closed
// and reopened between runs, as a restarted server would: across the Mid-Autumn and National Day holidays of
// 2026 (09-25–09-27, 10-01–10-07; 调休 on Sunday 09-20 and Saturday 10-10) and a missed Monday.

describe('digest windows', () => {
  let dir: string;
  let store: Store;
  let sent: AddressedReply[];

  const reopen = () => {
    store.close();
    store = openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
  };
  const deps = (): JobRunDeps => ({
    store,
    knowledge: planKnowledge(),
    calendar: workingCalendarOf(dir, store, silentLogger),
    timeZone: 'Asia/Shanghai',
    reminderChatId: 'oc_work',
    digestChatId: DIGEST_CHAT,
    state: JobState.open(dir),
    logger: silentLogger,
    send: async (reply) => {
      sent.push(reply);
    },
  });
  /** Runs the digest job at 09:00 on `day` (after a restart) and returns the digests it sent. */
  const digestOn = async (day: string) => {
    reopen();
    const before = sent.length;
    await runJob('digest', shanghai(day, '09:00'), deps());
    return sent.slice(before).filter((r) => r.reply.title?.startsWith('审计助手周报'));
  };
  /** The number of updates a digest counted, from its first line. */
  const counted = (r: AddressedReply) => Number(/进展 【(\d+) 条】/.exec(renderText(r.reply))?.[1]);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'windows-'));
    store = openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
    sent = [];
    // One update at noon every day, holidays and weekends included, 09-14 → 10-25.
    for (let day = '2026-09-14'; day <= '2026-10-25'; day = addDays(day, 1)) {
      store.recordProgress(
        { by: 'ou_a', at: shanghai(day, '12:00') },
        { target: { kind: 'task', id: '3.2' }, division: '社保处', text: `${day} 的进展` },
      );
    }
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts every day in exactly one digest across holidays, 调休 and a missed run, and titles each with its days', async () => {
    const titles: string[] = [];
    let total = 0;
    for (const day of ['2026-09-21', '2026-09-28', '2026-10-01', '2026-10-08', '2026-10-13', '2026-10-19']) {
      for (const digest of await digestOn(day)) {
        titles.push(digest.reply.title!);
        total += counted(digest);
        expect(digest.chatId).toBe(DIGEST_CHAT);
      }
    }
    expect(titles).toEqual([
      '审计助手周报 · 2026-09-14 至 2026-09-20', // the first: the 7 days before (the Sunday 调休 included)
      '审计助手周报 · 2026-09-21 至 2026-09-27', // Mid-Autumn holidays included
      // 10-01 is a holiday: nothing sent. 10-08, the first working day after National Day:
      '审计助手周报 · 2026-09-28 至 2026-10-07',
      // Monday 10-12 was missed; the catch-up on Tuesday covers through Monday.
      '审计助手周报 · 2026-10-08 至 2026-10-12',
      '审计助手周报 · 2026-10-13 至 2026-10-18',
    ]);
    // 7 + 7 + 10 + 5 + 6 days, one update each: every update in one digest, none twice.
    const counts = sent.filter((r) => r.reply.title?.startsWith('审计助手周报')).map(counted);
    expect(counts).toEqual([7, 7, 10, 5, 6]);
    expect(total).toBe(35);
    expect(renderText(sent[2]!.reply)).toContain('接上期周报(覆盖至 2026-09-27)');
    expect(verifyStore(dir).ok).toBe(true);
  });

  it('sends nothing more the same day, even when the job state is lost: the window is in the journal', async () => {
    expect(await digestOn('2026-09-28')).toHaveLength(1);
    expect(await digestOn('2026-09-28')).toHaveLength(0);
    rmSync(join(dir, 'jobs-state.json'));
    expect(await digestOn('2026-09-28')).toHaveLength(0);
    const [next] = await digestOn('2026-10-08');
    expect(next!.reply.title).toBe('审计助手周报 · 2026-09-28 至 2026-10-07');
  });

  it('shows on demand (周报) what the next digest will cover, from the last one’s end to now, and says so', async () => {
    await digestOn('2026-09-28');
    const core: CoreDeps = { ...coreDeps(), store };
    const ask = async (at: Date) =>
      renderText(await handleMessage({ text: '周报', userId: 'ou_anyone', chatId: 'oc', at }, core));
    const text = await ask(shanghai('2026-09-30', '15:00'));
    expect(text).toContain('【审计助手周报 · 2026-09-28 至今】');
    expect(text).toContain('本期 2026-09-28 至今(2026-09-30 15:00)进展 【3 条】');
    expect(text).toContain('接上期周报(覆盖至 2026-09-27)');
    // Before noon on 09-30, that day's update is not there yet: “now” is the end.
    expect(await ask(shanghai('2026-09-30', '11:00'))).toContain('进展 【2 条】');
  });

  it('adds the period’s ledger events (opened, closed, rejected, voided) and the ledger’s figures as it stands when sent', async () => {
    const at = (day: string, time = '10:00') => ({ by: 'ou_head', at: shanghai(day, time) });
    const member = (day: string) => ({ by: 'ou_m', at: shanghai(day, '10:00') });
    // Before the period: one item, due 09-20, closed in the period after a rejection.
    const a = store.registerItem(at('2026-09-01'), {
      issue: '甲',
      unit: '单位',
      division: '社保处',
      deadline: '2026-09-20',
    }).id;
    // In the period (09-21 – 09-27): two registered, one of them voided; the first item closed after a 驳回.
    const b = store.registerItem(at('2026-09-22'), {
      issue: '乙',
      unit: '单位',
      division: '社保处',
      deadline: '2026-09-24',
    }).id;
    const c = store.registerItem(at('2026-09-22'), {
      issue: '丙',
      unit: '单位',
      division: '社保处',
      deadline: '2026-12-31',
    }).id;
    store.closeItem(member('2026-09-22'), a, '已整改', true);
    store.rejectRequest(at('2026-09-23'), a, '材料不全');
    store.closeItem(member('2026-09-24'), a, '补齐材料', true);
    store.approveItem(at('2026-09-27', '16:00'), a);
    store.voidItem(at('2026-09-23'), c, '重复登记');
    // After the period's end (on the send day itself): not an event of the period, but part of the ledger now.
    store.closeItem(at('2026-09-28', '08:00'), b, '已整改', false, 12.5);
    await digestOn('2026-09-21');
    const [digest] = await digestOn('2026-09-28');
    const text = renderText(digest!.reply);
    // c, voided, is out of the counts: it shows as voided only.
    expect(text).toContain('整改事项新登记 1、销号 1、驳回 1、作废 1');
    // As 整改 统计 would say at 09:00 on 09-28: a and b closed (c voided, not counted): 2 ÷ 2.
    expect(text).toContain(
      '截至 2026-09-28 09:00:整改率 【100%】(已销号 2 ÷ 应整改 2),问题金额 0 万元,整改金额 12.5 万元。',
    );
    expect(text).toMatch(new RegExp(`✅ 本期销号:1 项:${a}`));
    expect(text).toMatch(new RegExp(`↩️ 本期驳回:1 项:${a}`));
    expect(text).toMatch(new RegExp(`🗑️ 本期作废:1 项:${c}`));
  });

  it('escalates items overdue more than 30 days to the secretariat chat once a week, listed by division', async () => {
    const meta = { by: 'ou_admin', at: shanghai('2026-09-01') };
    store.addMember(meta, { openId: 'ou_sec', division: '秘书处', role: '处长', name: '孙秘' });
    store.addMember(meta, { openId: 'ou_head', division: '社保处', role: '处长', name: '王处' });
    store.registerItem(meta, { issue: '老问题', unit: '甲', division: '社保处', deadline: '2026-09-10' });
    store.registerItem(meta, { issue: '工程', unit: '乙', division: '投资处', deadline: '2026-09-15' });
    store.registerItem(meta, { issue: '刚逾期', unit: '丙', division: '投资处', deadline: '2026-10-10' });
    await digestOn('2026-10-08');
    const before = sent.length;
    await digestOn('2026-10-19');
    const escalations = sent.slice(before).filter((r) => r.reply.title?.startsWith('整改督办'));
    expect(escalations).toHaveLength(1);
    expect(escalations[0]!.chatId).toBe(DIGEST_CHAT);
    const text = renderText(escalations[0]!.reply);
    expect(text).toMatch(/^【整改督办 · 逾期超过 30 天 · 2026-10-19】\n@孙秘 以下 2 项/);
    expect(text).toMatch(/■ 投资处\(1 项,处长:未指定\)\n· 【ZG-2026-002】 工程[^\n]*逾期 34 天/);
    expect(text).toMatch(/■ 社保处\(1 项,处长:王处\)\n· 【ZG-2026-001】 老问题[^\n]*逾期 39 天/);
    expect(text).not.toContain('刚逾期');
    // Once a week: a second run that week sends neither the digest nor the escalation again.
    const again = sent.length;
    await runJob('digest', shanghai('2026-10-20', '09:00'), deps());
    expect(sent.slice(again).map((r) => r.reply.title?.slice(0, 4))).toEqual(['审计助手']);
    expect(sent.at(-1)!.reply.title).toBe('审计助手周报 · 2026-10-19 至 2026-10-19');
  });
});
