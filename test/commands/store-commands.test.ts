import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import type { IncomingMessage } from '../../src/message/incoming-message';
import { renderText } from '../../src/reply/render-text';
import { openFileStore, openMemoryStore, type Store, verifyMemoryStore, verifyStore } from '../../src/store';

const ADMIN = 'ou_admin';
const NOW = new Date('2026-11-26T09:00:00+08:00');

describe('recording commands', () => {
  let dir: string;
  let deps: CoreDeps;
  let n = 0;
  /** On the memory backend (the rules are every backend's); the restart on the file store. */
  const open = (store: Store = openMemoryStore()) => {
    deps = createCoreDeps({
      admins: [ADMIN],
      clock: fixedClock(NOW),
      logger: silentLogger,
      dataDir: dir,
      store,
    });
  };
  const say = async (text: string, user = ADMIN, extra: Partial<IncomingMessage> = {}) => {
    n += 1;
    const msg = { text, userId: user, chatId: 'oc_t', messageId: `om_${n}`, at: NOW, ...extra };
    return renderText(await handleMessage(msg, deps));
  };
  const journal = () => deps.store.journalLength;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cmds-'));
    open();
    await say('成员 添加 ou_head 社保处 处长');
    await say('成员 添加 ou_m 社保处');
    await say('成员 添加 ou_sec 秘书处 成员');
    await say('成员 添加 ou_edu 教科文处 处长');
  });
  afterEach(() => {
    deps.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('成员', () => {
    it('adds a person by @-mention with the mention’s name and default role 成员', async () => {
      const reply = await say('成员 添加 法规处', ADMIN, {
        mentions: [{ key: '@_user_1', openId: 'ou_wang', name: '王五' }],
      });
      expect(reply).toContain('王五(ou_wang)');
      expect(deps.store.member('ou_wang')).toMatchObject({ division: '法规处', role: '成员', name: '王五' });
    });

    it('refuses a non-admin and records nothing', async () => {
      const before = journal();
      expect(await say('成员 添加 ou_x 法规处', 'ou_head')).toMatch(/只有管理员/);
      expect(await say('成员 移除 ou_m', 'ou_sec')).toMatch(/只有管理员/);
      expect(journal()).toBe(before);
    });

    it('explains the form when the division is missing or unknown', async () => {
      expect(await say('成员 添加 ou_x 火星处')).toMatch(/用法:成员 添加.*处室可以是:.*社保处/);
    });

    it('removes, lists and tells people their division', async () => {
      expect(await say('成员 移除 ou_m')).toMatch(/移出社保处/);
      expect(await say('成员 移除 ou_m')).toMatch(/不在成员名单/);
      expect(await say('成员 列表')).toMatch(/社保处\(1 人\)[\s\S]*ou_head\(处长\)/);
      expect(await say('我的处室', 'ou_head')).toMatch(/社保处,角色:处长/);
      expect(await say('我的处室', 'ou_nobody')).toMatch(/不在成员名单/);
    });
  });

  describe('进展', () => {
    it('records on a task by id and echoes id, title, content and how to undo', async () => {
      const reply = await say('进展 3.2 完成社保基金审计进点', 'ou_m');
      expect(reply).toMatch(/3\.2 聚焦社会保障体系建设/);
      expect(reply).toContain('完成社保基金审计进点');
      expect(reply).toContain('撤销');
      expect(deps.store.progress({ target: { kind: 'task', id: '3.2' } })).toHaveLength(1);
    });

    it('takes a keyword that matches one task, and asks which when several match', async () => {
      expect(await say('进展 社会保障 召开会议', 'ou_head')).toMatch(/3\.2/);
      const before = journal();
      const reply = await say('进展 审计 召开会议', 'ou_head');
      expect(reply).toMatch(/对应多项任务/);
      expect(journal()).toBe(before);
    });

    it('lists the valid ids for an unknown task and records nothing', async () => {
      const before = journal();
      const reply = await say('进展 9.9 乱写', 'ou_head');
      expect(reply).toMatch(/方案中没有编号为“9\.9”的任务/);
      for (const id of deps.knowledge.plan.tasks.map((t) => t.id)) expect(reply).toContain(id);
      expect(journal()).toBe(before);
    });

    it('lets any division report as 配合 on a task supported by 相关处室', async () => {
      const reply = await say('进展 1.1 配合调研', 'ou_head');
      expect(reply).toMatch(/社保处\(配合\)/);
      expect(reply).toMatch(/相关处室/);
    });

    it('refuses people not on the roster politely, naming who grants access', async () => {
      const before = journal();
      const reply = await say('进展 3.2 试一下', 'ou_stranger');
      expect(reply).toMatch(/管理员.*成员 添加/);
      expect(journal()).toBe(before);
    });

    it('asks for the content when only a task is given', async () => {
      expect(await say('进展 3.2', 'ou_head')).toMatch(/写上进展内容/);
    });

    it('records against a goal only once it has an owner', async () => {
      expect(await say('进展 目标3 推进中', 'ou_head')).toMatch(/还没有责任处室/);
      expect(await say('目标 指派 目标3 社保处', 'ou_head')).toMatch(/只有管理员和秘书处/);
      expect(await say('目标 指派 目标3 社保处', 'ou_sec')).toMatch(/设为社保处/);
      expect(deps.store.targetOwner('goal', 3)?.division).toBe('社保处');
      expect(await say('进展 目标 3 五项基金轮审推进', 'ou_head')).toMatch(/社保处\(负责\)/);
      expect(await say('进展 目标3 越权', 'ou_edu')).toMatch(/既不牵头也不配合/);
      expect(await say('目标 指派 指标99 社保处')).toMatch(/没有指标99/);
      expect(await say('目标 指派 指标5 法规处')).toMatch(/指标5.*法规处/);
    });

    it('shows history latest first, paged, and 撤销 takes back only the author’s last update', async () => {
      for (let i = 1; i <= 12; i += 1) await say(`进展 3.2 第${i}次`, 'ou_m');
      await say('进展 3.2 处长的', 'ou_head');
      expect(await say('撤销', 'ou_m')).toMatch(/已撤销您的进展.*第12次/);
      const page1 = await say('进展 查看 3.2');
      expect(page1.indexOf('处长的')).toBeLessThan(page1.indexOf('第11次'));
      expect(page1).not.toContain('第12次');
      expect(page1).toMatch(/共 12 条,第 1\/2 页.*进展 查看 3\.2 第2页/);
      expect(await say('进展 查看 3.2 第2页')).toMatch(/第1次[\s\S]*第 2\/2 页/);
      expect(await say('进展 查看 社保处')).toContain('处长的');
      expect(await say('撤销', 'ou_edu')).toMatch(/没有可以撤销/);
    });
  });

  describe('整改', () => {
    it('takes an @-mentioned 责任人 with their open_id, so reminders can @ them', async () => {
      const reply = await say(
        '整改 登记 公租房违规分配 单位:市住建局 期限:2026-12-31 责任人: 处室:投资处',
        ADMIN,
        {
          mentions: [{ key: '@_user_2', openId: 'ou_zhang', name: '张三' }],
        },
      );
      const id = /ZG-2026-\d{3}/.exec(reply)?.[0];
      expect(id).toBeDefined();
      expect(deps.store.item(id!)).toMatchObject({ responsible: '张三', responsibleId: 'ou_zhang' });
      expect(verifyMemoryStore(deps.store).ok).toBe(true);
    });

    it('registers with keys in any order, full-width colons and a default division', async () => {
      const reply = await say(
        '整改 登记 专项资金结存未使用 期限：2026年12月31日  任务:3.2 单位： 市社保中心 责任人:王五',
        'ou_m',
      );
      expect(reply).toContain('ZG-2026-001');
      expect(deps.store.item('ZG-2026-001')).toMatchObject({
        unit: '市社保中心',
        responsible: '王五',
        division: '社保处',
        taskId: '3.2',
        deadline: '2026-12-31',
        issue: '专项资金结存未使用',
      });
      expect(await say('整改 登记 第二个 单位:x 期限:12月1日', 'ou_m')).toContain('ZG-2026-002');
      expect(deps.store.item('ZG-2026-002')?.deadline).toBe('2026-12-01');
    });

    it('accepts a past deadline as overdue at once', async () => {
      expect(await say('整改 登记 旧问题 单位:x 期限:2025-01-01', 'ou_m')).toMatch(/逾期 \d+ 天/);
      expect(await say('整改 逾期')).toContain('ZG-2026-001');
    });

    it('refuses impossible dates and missing fields with the accepted forms; nothing recorded', async () => {
      const before = journal();
      expect(await say('整改 登记 问题 单位:x 期限:2026-02-30', 'ou_m')).toMatch(
        /没有 2026-02-30.*2026年12月31日/,
      );
      expect(await say('整改 登记 问题 单位:x 期限:12/31', 'ou_m')).toMatch(/日期可以写作/);
      expect(await say('整改 登记 问题 期限:2026-12-31', 'ou_m')).toMatch(/缺少单位/);
      expect(await say('整改 登记 问题 单位:x 期限:2026-12-31 任务:8.8', 'ou_m')).toMatch(
        /没有编号为“8.8”的任务/,
      );
      expect(journal()).toBe(before);
    });

    it('keeps divisions apart: a member registers and updates only their own division’s items', async () => {
      expect(await say('整改 登记 问题 单位:x 期限:2026-12-31 处室:教科文处', 'ou_m')).toMatch(
        /只能登记本处/,
      );
      await say('整改 登记 问题 单位:x 期限:2026-12-31', 'ou_m');
      const before = journal();
      expect(await say('整改 进展 ZG-2026-001 越权', 'ou_edu')).toMatch(/由社保处跟踪/);
      expect(await say('整改 进展 ZG-2026-001 路人', 'ou_stranger')).toMatch(/不在审计助手的成员名单/);
      expect(journal()).toBe(before);
      expect(await say('整改 进展 ZG-2026-001 秘书处督办', 'ou_sec')).toMatch(/已记录/);
    });

    it('extends keeping the old deadline, and a member’s 销号 waits for 审核', async () => {
      await say('整改 登记 问题 单位:x 期限:2026-12-31', 'ou_m');
      expect(await say('整改 延期 zg-2026-1 2027/3/31 跨年度预算', 'ou_head')).toMatch(
        /2026-12-31 → 2027-03-31/,
      );
      expect(await say('整改 延期 ZG-2026-001 2027-02-29 理由', 'ou_m')).toMatch(/没有 2027-02-29/);
      expect(await say('整改 延期 ZG-2026-001 2027-04-30', 'ou_m')).toMatch(/延期理由/);
      expect(await say('整改 审核 ZG-2026-001', 'ou_head')).toMatch(/没有待审核的申请/);
      expect(await say('整改 销号 ZG-2026-001 已整改', 'ou_m')).toMatch(/待审核/);
      expect(await say('整改 审核 ZG-2026-001', 'ou_m')).toMatch(/只有社保处处长/);
      expect(await say('整改 审核 ZG-2026-001', 'ou_head')).toMatch(/审核通过,已销号/);
      expect(await say('整改 进展 ZG-2026-001 再写', 'ou_head')).toMatch(/已于 .* 销号/);
      expect(await say('整改 查看 ZG-2026-001')).toMatch(/延期[\s\S]*申请销号[\s\S]*审核通过/);
      expect(await say('整改 列表 社保处')).toMatch(/没有未销号/);
    });

    it('closes at once for a 处长, and explains unknown or malformed ids', async () => {
      await say('整改 登记 问题 单位:x 期限:2026-12-31', 'ou_head');
      expect(await say('整改 销号 ZG-2026-001 已整改', 'ou_head')).toMatch(/ZG-2026-001 已销号/);
      expect(await say('整改 查看 ZG-2026-077')).toMatch(/没有编号为 ZG-2026-077/);
      expect(await say('整改 查看 abc')).toMatch(/不是整改编号/);
      expect(await say('整改 销号 ZG-2026-001')).toMatch(/销号说明|已于/);
    });

    it('lists open items most urgent first with graded warnings, and pages them', async () => {
      await say('整改 登记 远的 单位:x 期限:2027-06-30', 'ou_m');
      await say('整改 登记 近的 单位:x 期限:2026-11-30', 'ou_m');
      await say('整改 登记 过的 单位:x 期限:2026-11-01', 'ou_m');
      const reply = await say('整改 列表', 'ou_m');
      expect(reply.indexOf('[逾期] ZG-2026-003')).toBeLessThan(reply.indexOf('[临期] ZG-2026-002'));
      expect(reply.indexOf('[临期] ZG-2026-002')).toBeLessThan(reply.indexOf('[正常] ZG-2026-001'));
      for (let i = 0; i < 20; i += 1) await say(`整改 登记 批量${i} 单位:x 期限:2027-01-01`, 'ou_m');
      expect(await say('整改 列表 全部')).toMatch(/第 1\/2 页;下一页:整改 列表 全部 第2页/);
      expect(await say('整改 列表 火星处')).toMatch(/没有“火星处”/);
    });
  });

  it('keeps everything across a restart, and the data verifies', async () => {
    const fileStore = () => openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
    deps.store.close();
    open(fileStore());
    await say('成员 添加 ou_m 社保处');
    await say('整改 登记 问题 单位:x 期限:2026-12-31', 'ou_m');
    await say('进展 3.2 跨进程', 'ou_m');
    deps.store.close();
    open(fileStore());
    expect(await say('进展 查看 3.2')).toContain('跨进程');
    expect(await say('整改 查看 ZG-2026-001')).toContain('问题');
    expect(await say('撤销', 'ou_m')).toContain('跨进程');
    expect(verifyStore(dir).ok).toBe(true);
  });
});
