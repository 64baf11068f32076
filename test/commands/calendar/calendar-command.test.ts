import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreDeps } from '../../../src/commands/context';
import { handleMessage } from '../../../src/commands/handle-message';
import { workingCalendarOf } from '../../../src/core-deps';
import { silentLogger } from '../../../src/logger';
import { renderText } from '../../../src/reply/render-text';
import { openFileStore, type Store, verifyStore } from '../../../src/store';
import { ADMIN, coreDeps, tempDataDir } from '../../support/core';

// `日历` through the real core on a real store in a temp DATA_DIR: the State Council's notice imported in
// chat, corrected, confirmed; days set and deleted by ranges; the years not confirmed flagged in every reply.

const NOTICE_2027 = readFileSync('test/fixtures/notices/2027-shaped.txt', 'utf8');
const SECRETARY = 'ou_secretary';
const MEMBER = 'ou_member';
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

describe('日历', () => {
  let dir: string;
  let store: Store;
  let deps: CoreDeps;
  let seq = 0;

  const open = () => {
    store = openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
    deps = {
      ...coreDeps(),
      admins: new Set([ADMIN]),
      store,
      calendar: workingCalendarOf(dir, store, silentLogger),
    };
  };
  beforeEach(() => {
    dir = tempDataDir();
    open();
    const meta = { by: ADMIN, at: at('2026-11-01') };
    store.addMember(meta, { openId: SECRETARY, division: '秘书处', role: '成员', name: '秘书小李' });
    store.addMember(meta, { openId: MEMBER, division: '社会保障审计处', role: '成员' });
  });
  afterEach(() => store.close());

  const say = async (text: string, userId = ADMIN, day = '2026-12-08') =>
    renderText(
      await handleMessage({ text, userId, chatId: 'oc_chat', messageId: `om_${++seq}`, at: at(day) }, deps),
    );

  it('tells how a day counts, and flags next year as not confirmed from 1 November', async () => {
    expect(await say('日历 2026-10-01')).toContain('2026-10-01:休息日(国庆节)');
    expect(await say('日历 2026年9月20日')).toContain('工作日(国庆节调休上班)');
    expect(await say('日历 2026-10-01', ADMIN, '2026-10-20')).not.toContain('2027 年的节假日安排未确认');
    const december = await say('日历', ADMIN, '2026-12-08');
    expect(december).toContain('⚠ 2027 年的节假日安排未确认');
    expect(december).toContain('日历 导入');
    expect(await say('日历 2099-01-01')).toContain('2099 年未覆盖');
  });

  it('imports the notice pasted in the message: every day listed with its weekday, nothing changed before 确认', async () => {
    const reply = await say(`日历 导入\n${NOTICE_2027}`, SECRETARY);
    expect(reply).toContain('2027 年节假日安排 · 待确认');
    expect(reply).toContain('放假 29 天、调休上班 6 天');
    expect(reply).toContain('春节:放假 9 天 2027-02-05(周五)、2027-02-06(周六)');
    expect(reply).toContain('调休上班 2027-02-14(周日)、2027-02-20(周六)');
    expect(reply).toContain('端午节:放假 1 天 2027-06-09(周三)');
    expect(reply).toContain('日历 导入 确认');
    // Nothing applies yet: a Monday of the Spring Festival still counts as working, the year unconfirmed.
    expect(deps.calendar.isWorkingDay('2027-02-08')).toBe(true);
    expect(deps.calendar.knowsYear(2027)).toBe(false);
    expect(await say('日历 2027')).toContain('通知已导入,尚待确认');

    const confirmed = await say('日历 导入 确认', SECRETARY);
    expect(confirmed).toContain('已确认导入 2027 年节假日安排:放假 29 天、调休上班 6 天');
    expect(confirmed).toContain('据通知导入(国务院办公厅),2026-12-08 由 秘书小李 确认');
    expect(confirmed).not.toContain('未确认');
    expect(deps.calendar.isWorkingDay('2027-02-08')).toBe(false);
    expect(deps.calendar.describe('2027-02-08')).toBe('春节');
    expect(deps.calendar.isWorkingDay('2027-02-14')).toBe(true);
    expect(deps.calendar.describe('2027-02-14')).toBe('春节调休上班');
    expect(deps.calendar.knowsYear(2027)).toBe(true);
    const year = await say('日历 2027');
    expect(year).toContain('春节(9 天):2027-02-05(周五)');
    expect(year).toContain('调休上班:2027-02-14(周日)春节、2027-02-20(周六)春节');
    expect(year).not.toContain('⚠');
    expect(verifyStore(dir)).toMatchObject({ ok: true });
  });

  it('takes a correction with 日历 设置 / 删除 before 确认, which the confirmation keeps', async () => {
    await say(`日历 导入 ${NOTICE_2027}`);
    // The bureau works Saturday 2月20日 after all? It was read as a make-up day: take it out; and add a day.
    expect(await say('日历 删除 2027-02-20')).toContain('从待确认的通知导入里去掉了');
    expect(await say('日历 设置 2027-02-22 休息日 春节')).toContain('已将 2027-02-22 设为休息日(春节)');
    expect(deps.calendar.isWorkingDay('2027-02-22')).toBe(false); // set by hand: at once
    expect(deps.calendar.isWorkingDay('2027-02-08')).toBe(true); // the notice: not yet
    expect(await say('日历 导入 确认')).toContain('放假 29 天、调休上班 5 天');
    expect(deps.calendar.isWorkingDay('2027-02-08')).toBe(false);
    expect(deps.calendar.isWorkingDay('2027-02-20')).toBe(false); // a Saturday again
    expect(deps.calendar.isWorkingDay('2027-02-22')).toBe(false);
    expect(deps.calendar.holidayName('2027-02-22')).toBe('春节');
    // After confirmation, a correction applies at once, and a deleted day counts by its weekday again.
    expect(await say('日历 删除 2027-06-09')).toContain('2027-06-09(周三) 工作日');
    expect(deps.calendar.isWorkingDay('2027-06-09')).toBe(true);
    expect(verifyStore(dir)).toMatchObject({ ok: true });
  });

  it('refuses a member or a stranger importing, confirming, setting or deleting, recording nothing', async () => {
    await say(`日历 导入 ${NOTICE_2027}`);
    const before = store.journalLength;
    for (const user of [MEMBER, 'ou_stranger']) {
      expect(await say(`日历 导入 ${NOTICE_2027}`, user)).toContain('只有管理员和秘书处可以导入');
      expect(await say('日历 导入 确认', user)).toContain('只有管理员和秘书处可以确认');
      expect(await say('日历 设置 2027-01-04 休息日', user)).toContain('只有管理员和秘书处可以设置');
      expect(await say('日历 删除 2027-02-20', user)).toContain('只有管理员和秘书处可以删除');
    }
    expect(store.journalLength).toBe(before);
    expect(deps.calendar.knowsYear(2027)).toBe(false);
    // Anyone may look.
    expect(await say('日历 2027', MEMBER)).toContain('2027 年工作日历');
  });

  it('says so when 确认 finds nothing waiting, and when a notice cannot be read, changing nothing', async () => {
    expect(await say('日历 导入 确认')).toContain('没有待确认的节假日通知');
    expect(await say('日历 导入')).toContain('全文粘贴在“日历 导入”后面');
    expect(await say('日历 导入 关于召开会议的通知 请各处室准时参加')).toContain('这不是节假日安排通知');
    const wrongYear = NOTICE_2027.replaceAll('2027年', '2028年');
    expect(await say(`日历 导入 ${wrongYear}`)).toContain('写的是周五,但 2028-01-01 是周六');
    expect(await say(`日历 导入 ${readFileSync('test/fixtures/notices/2026.txt', 'utf8')}`)).toContain(
      '官方数据已包含 2026 年',
    );
    expect(store.journalLength).toBe(2);
  });

  it('keeps an import waiting for confirmation across a restart', async () => {
    await say(`日历 导入 ${NOTICE_2027}`);
    store.close();
    open();
    expect(await say('日历 2027')).toContain('通知已导入,尚待确认');
    expect(await say('日历 导入 确认')).toContain('已确认导入 2027 年');
    expect(deps.calendar.isWorkingDay('2027-10-04')).toBe(false);
  });

  it('sets and deletes a range of days, each one recorded', async () => {
    const before = store.journalLength;
    expect(await say('日历 设置 2027-01-04 至 2027-01-08 休息日')).toContain(
      '已将 2027-01-04 至 2027-01-08(共 5 天) 设为休息日',
    );
    expect(store.journalLength - before).toBe(5 + 1); // five days, and the reply's outcome
    expect(await say('日历 设置 2027年1月4日至8日 休息日')).toContain('已经是休息日,无需设置');
    expect(await say('日历 删除 2027-01-05至01-06')).toContain('已删除 2 天的设定');
    expect(deps.calendar.isWorkingDay('2027-01-05')).toBe(true);
    expect(deps.calendar.isWorkingDay('2027-01-07')).toBe(false);
    expect(await say('日历 删除 2027-03-01')).toContain('没有设定过,无需删除');
    expect(await say('日历 设置 2027-01-01至2027-06-30 休息日')).toContain('一次最多 62 天');
  });

  it('never lets a few days set by hand silence the year’s warning', async () => {
    await say('日历 设置 2027-01-01 休息日');
    expect(deps.calendar.knowsYear(2027)).toBe(false);
    const reply = await say('日历 2027');
    expect(reply).toContain('⚠ 2027 年的节假日安排未确认');
    expect(reply).toContain('和已设定的 1 天');
    expect(await say('日历 设置 2027-01-02 休息日')).toContain('⚠ 2027 年的节假日安排未确认');
  });

  it('asks about a day of a past year or beyond next year, naming the year, and does it once confirmed', async () => {
    const typo = await say('日历 设置 2026-02-09 休息日', ADMIN, '2027-01-15');
    expect(typo).toContain('2026-02-09 是 2026 年(已经过去)的日子,今年是 2027 年。是不是想写 2027-02-09?');
    expect(typo).toContain('日历 设置 2026-02-09 休息日 确认');
    expect(await say('日历 设置 2099-01-01 休息日', ADMIN, '2027-01-15')).toContain('比明年(2028 年)还远');
    expect(await say('日历 删除 2025-01-01', ADMIN, '2027-01-15')).toContain('2025 年(已经过去)');
    expect(store.journalLength).toBe(2);
    expect(await say('日历 设置 2026-02-09 休息日 确认', ADMIN, '2027-01-15')).toContain(
      '已将 2026-02-09 设为休息日',
    );
    expect(deps.calendar.isWorkingDay('2026-02-09')).toBe(false);
  });
});

describe('日历 in a fresh data folder', () => {
  it('reads a notice sent as a file by an admin as the year’s calendar, not as a plan', async () => {
    const deps = coreDeps();
    const bytes = new TextEncoder().encode(NOTICE_2027);
    const reply = renderText(
      await handleMessage(
        {
          text: '',
          userId: ADMIN,
          chatId: 'oc_p2p',
          messageId: 'om_file',
          at: at('2026-12-08'),
          attachment: { kind: 'file', key: 'file_v3_1', name: '2027年放假安排.txt' },
        },
        deps,
        { fetchAttachment: async () => ({ ok: true, bytes }) },
      ),
    );
    expect(reply).toContain('从文件 2027年放假安排.txt 里的通知读到 2027 年放假 29 天');
    expect(deps.store.calendarSettings().pending).toMatchObject({ year: 2027, file: '2027年放假安排.txt' });
    expect(deps.store.planSettings().plans).toEqual({});
    deps.store.close();
  });
});
