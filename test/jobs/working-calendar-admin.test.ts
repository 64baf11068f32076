import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { workingCalendarOf } from '../../src/core-deps';
import { renderText } from '../../src/reply/render-text';
import { verifyStore } from '../../src/store';
import { coreDeps } from '../support/core';
import { ADMIN, type JobFixture, jobFixture, shanghai } from './job-fixture';

describe('日历', () => {
  let f: JobFixture;
  let deps: CoreDeps;
  beforeEach(() => {
    f = jobFixture();
    const base = coreDeps();
    deps = {
      ...base,
      admins: new Set([ADMIN]),
      store: f.store,
      calendar: workingCalendarOf(f.dir, f.store, base.logger),
    };
  });
  afterEach(() => f.cleanup());

  const say = async (text: string, userId = ADMIN) =>
    renderText(await handleMessage({ text, userId, chatId: 'oc_chat', at: shanghai('2026-11-26') }, deps));

  it('tells how a day counts and which years the official data covers', async () => {
    expect(await say('日历 2026-10-01')).toContain('2026-10-01:休息日(国庆节)');
    expect(await say('日历 2026年9月20日')).toContain('工作日(国庆节调休上班)');
    expect(await say('日历 2099-01-01')).toContain('2099 年未覆盖');
  });

  it('lets an admin set a day for a year the package does not know, which the running scheduler then follows', async () => {
    // The scheduler's view is built like the core's, over the same store.
    const calendar = f.deps().calendar;
    expect(calendar.isWorkingDay('2099-01-01')).toBe(true);
    expect(await say('日历 设置 2099-01-01 休息日')).toContain('已将 2099-01-01 设为休息日');
    expect(calendar.isWorkingDay('2099-01-01')).toBe(false);
    expect(await say('日历 设置 2099-01-04 工作日')).toContain('设为工作日');
    expect(calendar.isWorkingDay('2099-01-04')).toBe(true); // a Sunday
    expect(await say('日历 2099-01-01')).toContain('管理员设定 2 天');
    // Recorded like any change: in the journal, with who and when, and it verifies.
    expect(verifyStore(f.dir)).toMatchObject({ ok: true, records: 4 });
  });

  it('refuses anyone but admins and 秘书处, and bad dates, recording nothing', async () => {
    expect(await say('日历 设置 2099-01-01 休息日', 'ou_stranger')).toContain('只有管理员和秘书处');
    f.store.addMember(
      { by: ADMIN, at: shanghai('2026-11-01') },
      { openId: 'ou_sec', division: '秘书处', role: '成员' },
    );
    expect(await say('日历 设置 2099-01-02 休息日', 'ou_sec')).toContain('设为休息日');
    expect(await say('日历 设置 2099-02-30 休息日')).toContain('没有 2099-02-30 这一天');
    expect(await say('日历 设置 2099-01-03 放假吧')).toContain('应为 休息日 或 工作日');
    const calendar = f.deps().calendar;
    expect(calendar.describe('2099-01-01')).toBe('工作日');
    expect(calendar.describe('2099-01-02')).toBe('管理员设定的休息日');
    expect(calendar.describe('2099-01-03')).toBe('周末');
  });
});
