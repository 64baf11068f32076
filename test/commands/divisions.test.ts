import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import { renderText } from '../../src/reply/render-text';
import { verifyStore } from '../../src/store';
import { ADMIN, coreDeps, NOW, tempDataDir } from '../support/core';

// Divisions beyond the plan's: the bureau has a 财政处 the plan never names, and renames divisions; every
// record made under an old name stays reachable under the new one, and a merge keeps both histories.

let n = 0;
const sayAs =
  (deps: CoreDeps) =>
  async (text: string, userId = ADMIN) => {
    n += 1;
    return renderText(
      await handleMessage({ text, userId, chatId: 'oc_d', messageId: `om_div_${n}`, at: NOW }, deps),
    );
  };

describe('处室 beyond the plan', () => {
  it('adds a division the plan never names, which then takes members, owners and ledger items', async () => {
    const deps = coreDeps();
    const say = sayAs(deps);
    expect(await say('任务 财政处')).toContain('没有找到处室“财政处”');
    expect(await say('处室 添加 财政处 财政')).toContain('已添加处室 财政处(又称 财政)');
    expect(await say('处室 列表')).toContain('财政处(方案之外,管理员添加) 又称 财政');
    expect(await say('成员 添加 ou_cz 财政 处长')).toContain('加入财政处,角色:处长');
    expect(await say('目标 指派 目标2 财政处')).toContain('责任处室设为财政处');
    expect(await say('整改 登记 预算编制不细 单位:市财政局 期限:2027-03-31', 'ou_cz')).toContain(
      '跟踪处室:财政处',
    );
    expect(await say('处室 添加 财政处')).toContain('已经有处室“财政处”');
    expect(await say('处室 添加 宣传部门')).toContain('不像处室名称');
  });

  it('renames a division: old records answer to the new name, and the old name still resolves', async () => {
    const deps = coreDeps();
    const say = sayAs(deps);
    await say('成员 添加 ou_li 社保处 处长');
    await say('进展 3.2 完成养老保险基金审计进点', 'ou_li');
    await say('整改 登记 养老金重复发放 单位:市社保中心 期限:2027-06-30', 'ou_li');
    expect(await say('处室 改名 社保处 社会保障处')).toContain('已将 社保处 改名为 社会保障处');
    expect(await say('成员 列表 社会保障处')).toContain('ou_li(处长)');
    expect(await say('进展 查看 社会保障处')).toContain(
      '社会保障处 ou_li:【3.2 聚焦社会保障体系建设】完成养老保险基金审计进点',
    );
    expect(await say('整改 列表 社会保障处')).toContain('养老金重复发放');
    expect(await say('任务 社会保障处')).toContain('3.2 聚焦社会保障体系建设');
    // The old name is still understood, and means the renamed division.
    expect(await say('任务 社保处')).toContain('社会保障处的任务与目标');
    expect(await say('我的处室', 'ou_li')).toContain('您在社会保障处');
    // Recorded after the rename: under the new name.
    expect(await say('进展 3.2 形成审计报告', 'ou_li')).toContain('社会保障处(牵头)');
  });

  it('merges a division into another, keeping both histories, and survives a restart', async () => {
    const deps = coreDeps();
    const say = sayAs(deps);
    await say('处室 添加 财政处');
    await say('成员 添加 ou_cz 财政处 处长');
    await say('成员 添加 ou_tz 投资处 处长');
    await say('整改 登记 工程款超付 单位:市建设局 期限:2027-01-31', 'ou_tz');
    await say('整改 登记 预算调整未报批 单位:市财政局 期限:2027-02-28', 'ou_cz');
    expect(await say('处室 改名 财政处 投资处')).toContain('已将 财政处 并入 投资处');
    const list = await say('整改 列表 投资处');
    expect(list).toContain('工程款超付');
    expect(list).toContain('预算调整未报批');
    expect(await say('成员 列表 投资处')).toMatch(/ou_cz[\s\S]*ou_tz|ou_tz[\s\S]*ou_cz/);
  });

  it('lets only admins add or rename, and records nothing for anyone else', async () => {
    const deps = coreDeps();
    const say = sayAs(deps);
    await say('成员 添加 ou_li 社保处 处长');
    const before = deps.store.journalLength;
    expect(await say('处室 添加 财政处', 'ou_li')).toContain('只有管理员可以添加处室或改名');
    expect(await say('处室 改名 社保处 社会保障处', 'ou_li')).toContain('只有管理员');
    expect(await say('处室 改名 不存在处 新处')).toContain('没有处室“不存在处”');
    expect(deps.store.journalLength).toBe(before);
  });
});

describe('a rename as the file store keeps it', () => {
  it('reads records of the old name under the new one after a restart, and verifies', async () => {
    const dataDir = tempDataDir();
    const open = () =>
      createCoreDeps({
        admins: [ADMIN],
        clock: fixedClock(NOW),
        logger: silentLogger,
        dataDir,
        plans: coreDeps().plans,
      });
    const first = open();
    const say = sayAs(first);
    await say('成员 添加 ou_li 社保处 处长');
    await say('进展 3.2 完成进点', 'ou_li');
    await say('整改 登记 问题一 单位:某单位 期限:2027-06-30', 'ou_li');
    await say('处室 改名 社保处 社会保障处');
    first.store.close();
    const again = sayAs(open());
    expect(await again('进展 查看 社会保障处')).toContain('完成进点');
    expect(await again('成员 列表 社会保障处')).toContain('ou_li(处长)');
    expect(await again('整改 列表 社会保障处')).toContain('问题一');
    expect(verifyStore(dataDir)).toMatchObject({ ok: true });
  });

  it('keeps an item moved into a division that is renamed later under the new name, after a restart', async () => {
    const dataDir = tempDataDir();
    const open = () =>
      createCoreDeps({
        admins: [ADMIN],
        clock: fixedClock(NOW),
        logger: silentLogger,
        dataDir,
        plans: coreDeps().plans,
      });
    const first = open();
    const say = sayAs(first);
    expect(await say('整改 登记 问题二 单位:某单位 期限:2027-06-30 处室:社保处')).toContain('ZG-2026-001');
    expect(await say('整改 移交 ZG-2026-001 处室:投资处 理由:属工程项目')).toContain('投资处');
    await say('处室 改名 投资处 固定资产投资审计处');
    expect(first.store.item('ZG-2026-001')?.division).toBe('固定资产投资审计处');
    first.store.close();
    const again = open();
    expect(again.store.item('ZG-2026-001')?.division).toBe('固定资产投资审计处');
    expect(await sayAs(again)('整改 列表 固定资产投资审计处')).toContain('问题二');
    expect(verifyStore(dataDir)).toMatchObject({ ok: true });
  });
});
