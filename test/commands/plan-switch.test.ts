import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import { renderText } from '../../src/reply/render-text';
import { openFileStore, verifyStore } from '../../src/store';
import { ADMIN, tempDataDir } from '../support/core';

// The bureau switches to its 2026—2030 plan at the new year, with a month of records on the 2021—2025 plan
// behind it. After `方案 启用`, every confirmation, refusal, journal text and filter names the task, goal or
// indicator of the plan the record is on; a record of the old plan says so; the new plan's tasks are not
// "silent" a week after the switch. The new plan's 3.1 is 养老服务体系建设, its 3.3 医疗卫生, its 目标4 整改 —
// the old plan's are 教育现代化, 安居工程 and 重大项目.

const BEFORE = new Date('2026-12-20T10:00:00+08:00');
const SWITCH = new Date('2027-01-04T09:00:00+08:00');
const AFTER = new Date('2027-01-04T10:00:00+08:00');

describe('a plan switch that labels every record right', () => {
  let dir: string;
  let deps: CoreDeps;
  let n = 0;
  const say = async (text: string, user = ADMIN, at = AFTER) => {
    n += 1;
    const msg = { text, userId: user, chatId: 'oc_t', messageId: `om_switch_${n}`, at };
    return renderText(await handleMessage(msg, deps));
  };
  /** The reply the journal keeps for a message (its outcome record), as text. */
  const journalled = (messageId: string) =>
    readFileSync(join(dir, 'journal.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.includes(`"msg":"${messageId}"`) && l.includes('"type":"outcome"'))
      .join('\n');

  beforeAll(async () => {
    dir = tempDataDir();
    mkdirSync(join(dir, 'plans'));
    copyFileSync('test/fixtures/plan-switch/2026-2030.txt', join(dir, 'plans', '2026-2030.txt'));
    const store = openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
    store.addPlan({ by: 'cli', at: BEFORE }, { id: '2026-2030', file: '2026-2030.txt', title: '十五五' });
    deps = createCoreDeps({
      admins: [ADMIN],
      clock: fixedClock(BEFORE),
      logger: silentLogger,
      dataDir: dir,
      store,
    });
    await say('成员 添加 ou_li 社保处 处长', ADMIN, BEFORE);
    await say('成员 添加 ou_tz 投资处 处长', ADMIN, BEFORE);
    expect(await say('进展 3.2 完成养老保险基金审计进点', 'ou_li', BEFORE)).toContain(
      '3.2 聚焦社会保障体系建设',
    );
    await say('整改 登记 保障房分配不规范 单位:市住建局 期限:2027-03-31 任务:3.3', 'ou_tz', BEFORE);
    await say('目标 指派 目标4 投资处', ADMIN, BEFORE);
    expect(await say('方案 启用 十五五', ADMIN, SWITCH)).toContain('已启用方案 2026-2030');
  });

  it('records and confirms a keyword, a number and a goal on the new plan, in the reply and in the journal', async () => {
    const byWord = await say('进展 养老 召开养老服务审计进点会', 'ou_li');
    expect(byWord).toContain('任务:3.1 聚焦养老服务体系建设\n');
    const byNumber = await say('进展 3.3 医保基金审计进点', 'ou_li');
    expect(byNumber).toContain('任务:3.3 聚焦医疗卫生服务能力提升\n');
    const goal = await say('目标 指派 目标4 法规处');
    expect(goal).toContain('「目标4 推动审计整改提质增效」的责任处室设为法规处');
    for (const [id, reply] of [
      [n - 2, byWord],
      [n - 1, byNumber],
      [n, goal],
    ] as const) {
      const kept = journalled(`om_switch_${id}`);
      expect(kept).not.toContain('2021-2025');
      expect(kept).toContain(
        reply.includes('养老')
          ? '聚焦养老服务体系建设'
          : reply.includes('医疗')
            ? '聚焦医疗'
            : '推动审计整改',
      );
    }
    const mine = deps.store.progress({ by: 'ou_li' });
    expect(mine.map((u) => [u.target.kind === 'task' && u.target.id, u.target.plan ?? 'legacy'])).toEqual([
      ['3.2', '2021-2025'],
      ['3.1', '2026-2030'],
      ['3.3', '2026-2030'],
    ]);
    // The old plan's 目标4 keeps its owner; the new plan's has its own.
    expect(deps.store.targetOwner('goal', 4, '2021-2025')?.division).toBe('投资处');
    expect(deps.store.targetOwner('goal', 4, '2026-2030')?.division).toBe('法规处');
    expect(await say('撤销', 'ou_li')).toContain('(3.3 聚焦医疗卫生服务能力提升)');
    expect(verifyStore(dir).ok).toBe(true);
  });

  it('refuses a task number the new plan lacks by listing the new plan’s tasks', async () => {
    const reply = await say('进展 3.4 内容', 'ou_li');
    expect(reply).toContain('方案中没有编号为“3.4”的任务');
    expect(reply).toContain('3.1 聚焦养老服务体系建设');
    expect(reply).not.toContain('安居工程');
  });

  it('says which plan an old record is on, and reads a plan-qualified task in filters and views', async () => {
    expect(await say('整改 查看 ZG-2026-001')).toContain('关联任务:3.3 聚焦安居工程深入实施(2021-2025 方案)');
    // 任务:3.3 is the current plan's 3.3; the old item is found under the old plan's name for it.
    expect(await say('整改 列表 全部 任务:3.3')).toMatch(/没有未销号的整改事项\(全部 · 任务 3\.3 聚焦医疗/);
    for (const ref of ['十四五3.3', '2021-2025/3.3', '2021—2025年 3.3']) {
      const list = await say(`整改 列表 全部 任务:${ref}`);
      expect(list, ref).toMatch(/任务 3\.3 聚焦安居工程深入实施\(2021-2025 方案\)[\s\S]*ZG-2026-001/);
    }
    expect(await say('进展 查看 3.2')).toMatch(/「3\.2 聚焦教育优质均衡发展」还没有进展记录/);
    for (const text of ['进展 查看 十四五3.2', '方案 2021-2025 进展 查看 3.2', '十四五方案 进展 查看 3.2']) {
      const view = await say(text);
      expect(view, text).toContain('进展记录:3.2 聚焦社会保障体系建设(2021-2025 方案)');
      expect(view, text).toContain('完成养老保险基金审计进点');
    }
    expect(await say('进展 查看 社保处')).toContain(
      '【3.2 聚焦社会保障体系建设(2021-2025 方案)】完成养老保险基金审计进点',
    );
    // An old plan's task card points at the old task, not at the current plan's task of that number.
    expect(await say('十四五3.3')).toContain('记录进展:进展 2021-2025/3.3 <内容>');
  });

  it('switches plans named as people name them, and says when a plan is current already', async () => {
    expect(await say('方案 启用 2026—2030')).toContain('2026-2030 已经是当前方案');
    expect(await say('方案 启用 “十五五”规划')).toContain('2026-2030 已经是当前方案');
    expect(await say('方案 十四五')).toMatch(/^【方案 2021-2025】/);
    expect(await say('方案 启用 十五五方案')).toContain('2026-2030 已经是当前方案');
    expect(await say('方案 启用 十六五')).toContain('没有编号为“十六五”的方案');
  });

  it('counts a new plan’s silence from the day it became current, not from its period’s start', async () => {
    const week = await say('周报', ADMIN, new Date('2027-01-11T09:00:00+08:00'));
    expect(week).not.toMatch(/沉寂 14 天以上/);
    const later = await say('周报', ADMIN, new Date('2027-01-19T09:00:00+08:00'));
    expect(later).toMatch(/沉寂 14 天以上[^\n]*1\.2 聚焦现代化产业体系建设\(自 2027-01-04 起未报送\)/);
    expect(later).toMatch(/沉寂 14 天以上[^\n]*3\.1 聚焦养老服务体系建设\(上次 2027-01-04\)/);
  });
});
