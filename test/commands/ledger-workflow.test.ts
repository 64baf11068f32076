import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { actorOf } from '../../src/commands/access';
import type { CoreDeps } from '../../src/commands/context';
import { isReply } from '../../src/commands/define-command';
import { handleMessage } from '../../src/commands/handle-message';
import { itemActions } from '../../src/commands/ledger/item-actions';
import { matchCommand } from '../../src/commands/match-command';
import { commands } from '../../src/commands/registry';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import type { IncomingMessage } from '../../src/message/incoming-message';
import { renderText } from '../../src/reply/render-text';
import type { Reply } from '../../src/reply/reply';
import { openMemoryStore, verifyMemoryStore } from '../../src/store';
import { normalise } from '../../src/text/normalise';

// The 挂号销号 workflow as people type it, through the real core (handleMessage) on a real store (the memory
// backend: the rules and the transactions are the same on every backend; the file store's own guarantees are
// test/store's). After every refused or rejected input, nothing was recorded and `verify` holds.

const ADMIN = 'ou_admin';
const TODAY = new Date('2026-11-26T10:00:00+08:00');
const TOMORROW = new Date('2026-11-27T10:00:00+08:00');

describe('the 挂号销号 workflow', () => {
  let dir: string;
  let deps: CoreDeps;
  let n = 0;
  const say = async (text: string, user = ADMIN, extra: Partial<IncomingMessage> = {}) =>
    renderText(await sayReply(text, user, extra));
  const sayReply = async (
    text: string,
    user = ADMIN,
    extra: Partial<IncomingMessage> = {},
  ): Promise<Reply> => {
    n += 1;
    const msg = { text, userId: user, chatId: 'oc_t', messageId: `om_${n}`, at: TODAY, ...extra };
    return handleMessage(msg, deps);
  };
  /** Sends a message that must be refused: it records nothing and the data still verifies. */
  const refused = async (text: string, user = ADMIN, extra: Partial<IncomingMessage> = {}) => {
    const before = deps.store.journalLength;
    const reply = await say(text, user, extra);
    expect(deps.store.journalLength, `“${text}” recorded something: ${reply}`).toBe(before);
    expect(verifyMemoryStore(deps.store).ok).toBe(true);
    return reply;
  };
  const item = (id = 'ZG-2026-001') => deps.store.item(id)!;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-'));
    const store = openMemoryStore();
    deps = createCoreDeps({
      admins: [ADMIN],
      clock: fixedClock(TODAY),
      logger: silentLogger,
      dataDir: dir,
      store,
    });
    await say('成员 添加 ou_head 社保处 处长');
    await say('成员 添加 ou_head2 社保处 处长');
    await say('成员 添加 ou_m 社保处');
    await say('成员 添加 ou_m2 社保处');
    await say('成员 添加 ou_sec 秘书处 处长');
    await say('成员 添加 ou_edu 教科文处 处长');
    await say('整改 登记 养老金违规发放 单位:市社保中心 期限:2026-12-31', 'ou_m');
  });
  afterEach(() => {
    deps.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the new commands in 帮助, in the registry’s order', async () => {
    const help = await say('帮助');
    const order = ['整改 审核', '整改 驳回', '整改 重开', '整改 作废', '整改 移交', '整改 查看', '整改 统计'];
    const at = order.map((c) => help.indexOf(`· ${c} `));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  describe('审核 and 驳回', () => {
    it('rejects with 驳回 after 审核, never approving; unknown words are asked about; the requester is told', async () => {
      await say('整改 销号 ZG-2026-001 资金已追回', 'ou_m', { userName: '李四' });
      expect(item().status).toBe('待审核');
      for (const word of ['好的', '通过了吧', 'ok', '同意了', '可以的话'])
        expect(await refused(`整改 审核 ZG-2026-001 ${word}`, 'ou_head')).toMatch(
          /不是审核结论[\s\S]*整改 驳回/,
        );
      expect(await refused('整改 审核 ZG-2026-001 驳回', 'ou_head')).toMatch(/请写上驳回理由/);
      expect(item().status).toBe('待审核');

      const reply = await sayReply('整改 审核 ZG-2026-001 驳回 材料不全', 'ou_head');
      const text = renderText(reply);
      expect(text).toMatch(/已驳回 ZG-2026-001 的销号申请/);
      expect(text).not.toMatch(/审核通过|已销号】/);
      expect(text).toMatch(/@李四 您的销号申请被驳回:材料不全/);
      expect(JSON.stringify(reply)).toContain('"mention":"ou_m"');
      expect(item()).toMatchObject({ status: '整改中' });
      expect(item().history.at(-1)).toMatchObject({
        kind: '驳回销号',
        text: '材料不全',
        requestedBy: 'ou_m',
      });

      await say('整改 销号 ZG-2026-001 补齐材料', 'ou_m');
      expect(await say('整改 审核 ZG-2026-001 不通过 仍缺凭证', 'ou_head')).toMatch(/已驳回/);
      await say('整改 销号 ZG-2026-001 凭证已补', 'ou_m');
      expect(await say('整改 驳回 ZG-2026-001', 'ou_head')).toMatch(/请写上驳回理由/);
      expect(await say('整改 审核 ZG-2026-001 通过 资料齐全', 'ou_head')).toMatch(/审核通过,已销号/);
      expect(item().status).toBe('已销号');
      expect(await refused('整改 驳回 ZG-2026-001 晚了', 'ou_head')).toMatch(
        /已于 2026-11-26 销号[\s\S]*整改 重开/,
      );
    });

    it('approves with 同意 and 可以 as with 通过, and refuses with 不同意 as with 驳回', async () => {
      await say('整改 销号 ZG-2026-001 资金已追回', 'ou_m');
      expect(await refused('整改 审核 ZG-2026-001 不同意', 'ou_head')).toMatch(/请写上驳回理由/);
      expect(await say('整改 审核 ZG-2026-001 不同意,凭证不全', 'ou_head')).toMatch(/已驳回[\s\S]*凭证不全/);
      expect(item().status).toBe('整改中');
      await say('整改 延期 ZG-2026-001 2027-03-31 跨年度预算调整', 'ou_m');
      expect(await say('整改 审核 ZG-2026-001 可以', 'ou_head')).toMatch(
        /延期审核通过:期限由 2026-12-31 延至 2027-03-31/,
      );
      await say('整改 销号 ZG-2026-001 凭证已补', 'ou_m');
      expect(await say('整改 审核 ZG-2026-001 同意。材料齐全', 'ou_head')).toMatch(
        /审核通过,已销号[\s\S]*您申请的销号已审核通过:材料齐全/,
      );
      expect(item().status).toBe('已销号');
      expect(verifyMemoryStore(deps.store).ok).toBe(true);
    });

    it('lets the requester alone withdraw a pending close or extension, saying what was withdrawn', async () => {
      expect(await refused('整改 撤回 ZG-2026-001', 'ou_m')).toMatch(/没有待审核的申请/);
      await say('整改 销号 ZG-2026-001 资金已追回', 'ou_m');
      expect(await refused('整改 撤回 ZG-2026-001', 'ou_head')).toMatch(
        /销号申请是 ou_m 提出的,只有申请人本人可以撤回[\s\S]*整改 驳回/,
      );
      expect(await refused('整改 撤回 ZG-2026-001', 'ou_m2')).toMatch(/只有申请人本人可以撤回/);
      const back = await say('整改 撤回 ZG-2026-001 还有一笔未追回', 'ou_m');
      expect(back).toMatch(/^【已撤回 ZG-2026-001 的销号申请】/);
      expect(back).toMatch(/撤回销号 ou_m:还有一笔未追回/);
      expect(back).toMatch(/事项回到整改中/);
      expect(item()).toMatchObject({ status: '整改中' });
      await say('整改 延期 ZG-2026-001 2027-03-31 跨年度预算调整', 'ou_m');
      const extension = await say('整改 撤回 ZG-2026-001', 'ou_m');
      expect(extension).toMatch(/已撤回 ZG-2026-001 的延期申请\(延至 2027-03-31\)/);
      expect(extension).toMatch(/期限仍为 2026-12-31/);
      expect(item().pending).toBeUndefined();
      // Nothing waits any more: a reviewer has nothing to approve.
      expect(await refused('整改 审核 ZG-2026-001 通过', 'ou_head')).toMatch(/没有待审核的申请/);
      expect(verifyMemoryStore(deps.store).ok).toBe(true);
    });

    it('does not let a requester approve their own request, even after becoming 处长', async () => {
      await say('整改 销号 ZG-2026-001 已整改', 'ou_m');
      await say('成员 添加 ou_m 社保处 处长');
      expect(await refused('整改 审核 ZG-2026-001 通过', 'ou_m')).toMatch(/本人提出的,不能自己审核/);
      expect(await refused('整改 销号 ZG-2026-001 我直接销', 'ou_m')).toMatch(/您已申请销号,正等待/);
      expect(await refused('整改 审核 ZG-2026-001', 'ou_m2')).toMatch(/只有社保处处长、秘书处或管理员/);
      expect(await refused('整改 审核 ZG-2026-001 通过', 'ou_edu')).toMatch(/只有社保处处长/);
      expect(await refused('整改 销号 ZG-2026-001 直接销号', 'ou_head')).toMatch(/请审核/);
      expect(await say('整改 审核 ZG-2026-001 通过', 'ou_head2')).toMatch(/审核通过,已销号/);
    });

    it('tells a promoted requester their extension is their own before that its date has passed', async () => {
      await say('整改 延期 ZG-2026-001 2027-03-31 跨年度预算', 'ou_m');
      await say('成员 添加 ou_m 社保处 处长');
      const later = { at: new Date('2027-04-01T10:00:00+08:00') };
      expect(await refused('整改 审核 ZG-2026-001 通过', 'ou_m', later)).toMatch(
        /延期申请\(延至 2027-03-31\)是您本人提出的,不能自己审核;请由社保处其他处长或秘书处审核/,
      );
      expect(await refused('整改 审核 ZG-2026-001 通过', 'ou_head', later)).toMatch(/这一天已经过去/);
      await say('整改 作废 ZG-2026-001 重复', 'ou_sec');
      expect(await refused('整改 审核 ZG-2026-001 通过', 'ou_head')).toMatch(/已于 2026-11-26 作废\(重复\)/);
      expect(await refused('整改 驳回 ZG-2026-001 不行', 'ou_head')).toMatch(/已于 2026-11-26 作废\(重复\)/);
    });

    it('tells a close asked again while one waits that it waits, before asking for a file', async () => {
      await say('整改 销号 ZG-2026-001 已整改', 'ou_m');
      await say('整改 设置 佐证 必需', 'ou_sec');
      expect(await refused('整改 销号 ZG-2026-001 再交一次', 'ou_m')).toMatch(
        /您已申请销号,正等待社保处处长或秘书处审核/,
      );
      expect(await refused('整改 销号 ZG-2026-001 我来销', 'ou_m2')).toMatch(/已由 ou_m 申请销号,正等待审核/);
      await say('整改 作废 ZG-2026-001 重复', 'ou_sec');
      expect(await refused('整改 销号 ZG-2026-001 作废了还销', 'ou_m')).toMatch(
        /已于 2026-11-26 作废\(重复\)/,
      );
    });

    it('does not let a promoted requester refuse their own request, nor close or extend over a refusal of it', async () => {
      await say('整改 销号 ZG-2026-001 已整改', 'ou_m');
      await say('成员 添加 ou_m 社保处 处长');
      expect(await refused('整改 驳回 ZG-2026-001 我先退回', 'ou_m')).toMatch(/本人提出的,不能自己驳回/);
      expect(await refused('整改 审核 ZG-2026-001 驳回 我先退回', 'ou_m')).toMatch(/本人提出的,不能自己驳回/);
      expect(await say('整改 驳回 ZG-2026-001 材料不全', 'ou_head')).toMatch(/已驳回/);
      // Closing now would decide the refused request again: it goes to another reviewer instead.
      expect(await say('整改 销号 ZG-2026-001 补齐了材料', 'ou_m')).toMatch(/已申请销号,待审核/);
      expect(item().status).toBe('待审核');
      expect(await say('整改 审核 ZG-2026-001 通过', 'ou_head2')).toMatch(/审核通过,已销号/);
    });

    it('says there is nothing to review when nothing waits', async () => {
      expect(await refused('整改 审核 ZG-2026-001 通过', 'ou_head')).toMatch(/没有待审核的申请/);
      expect(await refused('整改 驳回 ZG-2026-001 理由', 'ou_head')).toMatch(/没有待审核的申请/);
    });
  });

  describe('重开, 作废, 移交', () => {
    it('reopens a closed item (秘书处, admins only), back to 整改中 with its history', async () => {
      expect(await refused('整改 重开 ZG-2026-001 复查', 'ou_sec')).toMatch(/尚未销号/);
      expect(await say('整改 销号 ZG-2026-001 已整改 金额:30万元', 'ou_head')).toMatch(/\n整改金额:30 万元/);
      expect(await refused('整改 重开 ZG-2026-001 复查', 'ou_head')).toMatch(/只有秘书处或管理员/);
      expect(await refused('整改 重开 ZG-2026-001', 'ou_sec')).toMatch(/请写上重开理由/);
      const reply = await say('整改 重开 ZG-2026-001 复查发现未整改到位', 'ou_sec');
      expect(reply).toMatch(/已重开,回到整改中/);
      expect(reply).toMatch(/销号 ou_head:已整改[\s\S]*重开 ou_sec:复查发现未整改到位/);
      expect(item().status).toBe('整改中');
      // No close stands, so no 整改金额 (none counts in 整改 统计); the close set aside is shown with its amount.
      expect(reply).toMatch(/此前销号\(已重开,不计入\):2026-11-26 整改金额 30 万元/);
      expect(reply).not.toMatch(/\n整改金额/);
      expect(await say('整改 进展 ZG-2026-001 继续整改', 'ou_m')).toMatch(/已记录/);
    });

    it('voids a mistaken entry: by its registrant the same day or by 秘书处; then out of lists and counts, and unchangeable', async () => {
      await say('整改 登记 录错的事项 单位:市医保局 期限:2026-12-15', 'ou_m');
      expect(await refused('整改 作废 ZG-2026-002 误录', 'ou_m2')).toMatch(/只有登记人\(当天\)或秘书处/);
      expect(await refused('整改 作废 ZG-2026-002 误录', 'ou_m', { at: TOMORROW })).toMatch(/登记当天/);
      expect(await say('整改 作废 ZG-2026-002 录入有误', 'ou_m')).toMatch(/ZG-2026-002 已作废/);
      expect(await say('整改 列表 全部')).not.toContain('ZG-2026-002');
      expect(await say('整改 统计 全部')).toMatch(/事项 1 项[\s\S]*已作废:1 项\(不计入\)/);
      expect(await say('整改 列表 全部 已作废')).toContain('ZG-2026-002');
      expect(await refused('整改 进展 ZG-2026-002 还能写吗', 'ou_m')).toMatch(
        /已于 2026-11-26 作废\(录入有误\)/,
      );
      expect(await refused('整改 作废 ZG-2026-002 再作废', 'ou_sec')).toMatch(/已于 2026-11-26 作废/);
      expect(await say('整改 查看 ZG-2026-002')).toMatch(/状态:已作废[\s\S]*作废 ou_m:录入有误/);
      // 秘书处 may void another day.
      expect(await say('整改 作废 ZG-2026-001 与审计报告不符', 'ou_sec', { at: TOMORROW })).toMatch(/已作废/);
    });

    it('moves an item (秘书处, admins), the history keeping the old values', async () => {
      expect(await refused('整改 移交 ZG-2026-001 处室:投资处', 'ou_head')).toMatch(/只有秘书处或管理员/);
      const reply = await say('整改 移交 ZG-2026-001 处室:投资处 责任人: 理由:属工程项目', 'ou_sec', {
        mentions: [{ key: '@_user_1', openId: 'ou_zhang', name: '张三' }],
      });
      expect(reply).toMatch(/已移交/);
      expect(reply).toMatch(/移交 ou_sec:处室 社保处 → 投资处,责任人 \(无\) → 张三\(ou_zhang\),属工程项目/);
      expect(item()).toMatchObject({ division: '投资处', responsible: '张三', responsibleId: 'ou_zhang' });
      expect(await refused('整改 移交 ZG-2026-001 投资处', 'ou_sec')).toMatch(/无需移交/);
      expect(await refused('整改 移交 ZG-2026-001', 'ou_sec')).toMatch(/请写明移交到哪里/);
      expect(await refused('整改 进展 ZG-2026-001 原处室还能改吗', 'ou_m')).toMatch(/由投资处跟踪/);
      expect(await say('整改 销号 ZG-2026-001 已整改', 'ou_sec')).toMatch(/已销号/);
      expect(await refused('整改 移交 ZG-2026-001 社保处', 'ou_sec')).toMatch(
        /已于 2026-11-26 销号[\s\S]*整改 重开/,
      );
    });
  });

  describe('登记 and 延期', () => {
    it('does not register the same open item twice, and answers a re-delivered message once', async () => {
      expect(await refused('整改 登记 养老金违规发放 单位:市社保中心 期限:2027-01-31', 'ou_m')).toMatch(
        /已登记为 ZG-2026-001[\s\S]*未重复登记/,
      );
      const again = { messageId: 'om_same' };
      const first = await say('整改 登记 新问题 单位:市民政局 期限:2026-12-31', 'ou_m', again);
      expect(await say('整改 登记 新问题 单位:市民政局 期限:2026-12-31', 'ou_m', again)).toBe(first);
      expect(deps.store.items().map((i) => i.id)).toEqual(['ZG-2026-001', 'ZG-2026-002']);
    });

    it('accepts a deadline on a day off with a note naming the next working day, and none on a make-up day', async () => {
      const national = await say('整改 登记 国庆期间的 单位:市财政局 期限:2026-10-03', 'ou_m');
      expect(national).toMatch(/期限 2026-10-03 是国庆节,不是工作日;期限照此记录,下一个工作日是 2026-10-08/);
      expect(deps.store.item('ZG-2026-002')?.deadline).toBe('2026-10-03');
      const weekend = await say('整改 延期 ZG-2026-002 2026-12-06 涉及跨年度预算调整', 'ou_head');
      expect(weekend).toMatch(/新期限 2026-12-06 是周末,不是工作日;期限照此记录,下一个工作日是 2026-12-07/);
      expect(await say('整改 登记 调休日的 单位:市财政局 期限:2026-09-20', 'ou_m')).not.toMatch(/不是工作日/);
    });

    it('reads a new deadline written with spaces, keeping a reason that starts with a number', async () => {
      expect(await say('整改 延期 ZG-2026-001 2027 年 3 月 31 日 跨年度预算', 'ou_head')).toMatch(
        /延至 2027-03-31/,
      );
      expect(await say('整改 延期 ZG-2026-001 2027-06-30 3个月内完成', 'ou_head')).toMatch(/延至 2027-06-30/);
      expect(item().history.at(-1)).toMatchObject({ kind: '延期', text: '3个月内完成' });
    });

    it('reads fields typed as a list, with full-width commas and a colon after 整改, keeping no separator', async () => {
      const reply = await say(
        '整改：登记 违规发放津贴，单位：市民政局，期限：2026-12-31，责任人：李四。',
        'ou_m',
      );
      expect(reply).toContain('已登记整改事项 ZG-2026-002');
      expect(item('ZG-2026-002')).toMatchObject({
        issue: '违规发放津贴',
        unit: '市民政局',
        deadline: '2026-12-31',
        responsible: '李四',
      });
      expect(await say('整改，查看 ZG-2026-002', 'ou_m')).toContain('问题:违规发放津贴\n');
    });

    it('refuses a deadline more than ten years out, with the reason; accepts a past one', async () => {
      expect(await refused('整改 登记 笔误 单位:x 期限:3026-12-31', 'ou_m')).toMatch(
        /3026-12-31 在 10 年以后/,
      );
      expect(await refused('整改 登记 笔误 单位:x 期限:2026-02-30', 'ou_m')).toMatch(/没有 2026-02-30/);
      expect(await refused('整改 登记 笔误 单位:x 期限:2026-12-31 类型:马上改', 'ou_m')).toMatch(
        /类型只能是:立行立改、限期整改、持续整改/,
      );
      expect(await refused('整改 登记 笔误 单位:x 期限:2026-12-31 金额:30多万元', 'ou_m')).toMatch(
        /金额要写确数,“30多万元”是约数/,
      );
      expect(await say('整改 登记 旧问题 单位:x 期限:2025-06-30', 'ou_m')).toMatch(/逾期 \d+ 天/);
      // A date and an amount typed with spaces, text after them still part of the problem.
      await say(
        '整改 登记 多发补贴 期限: 2026 年 12 月 31 日 涉及三个乡镇 金额:３５ 万元 单位:市民政局',
        'ou_m',
      );
      expect(item('ZG-2026-003')).toMatchObject({
        issue: '多发补贴 涉及三个乡镇',
        deadline: '2026-12-31',
        amount: 35,
        unit: '市民政局',
      });
    });

    it('extends only later and not into the past; a 成员 waits for review, a 处长 applies at once', async () => {
      expect(await refused('整改 延期 ZG-2026-001 2026-11-01 提前', 'ou_head')).toMatch(
        /不晚于.*延期只能延后/,
      );
      expect(await refused('整改 延期 ZG-2026-001 2036-12-31 很久', 'ou_head')).toMatch(/10 年以后/);
      await say('整改 登记 早该办完的 单位:市民政局 期限:2026-11-01', 'ou_m');
      expect(await refused('整改 延期 ZG-2026-002 2026-11-20 补办', 'ou_head')).toMatch(
        /早于今天\(2026-11-26\)/,
      );

      const asked = await say('整改 延期 ZG-2026-001 2027-03-31 跨年度预算', 'ou_m');
      expect(asked).toMatch(/已申请延期至 2027-03-31,待审核[\s\S]*审核通过前期限仍为 2026-12-31/);
      expect(item()).toMatchObject({ deadline: '2026-12-31', pending: { kind: 'extension' } });
      expect(await refused('整改 延期 ZG-2026-001 2027-04-30 再延', 'ou_m')).toMatch(/已有待审核的延期申请/);
      expect(await refused('整改 审核 ZG-2026-001 通过', 'ou_m')).toMatch(/不能自己审核|只有社保处处长/);
      expect(await say('整改 审核 ZG-2026-001 通过', 'ou_head')).toMatch(
        /延期审核通过:期限由 2026-12-31 延至 2027-03-31/,
      );
      expect(item().deadline).toBe('2027-03-31');

      // A request whose date has passed by the time it is reviewed is not approved.
      await say('整改 延期 ZG-2026-001 2027-06-30 再延一季', 'ou_m');
      expect(
        await refused('整改 审核 ZG-2026-001 通过', 'ou_head', { at: new Date('2027-07-01T10:00:00+08:00') }),
      ).toMatch(/这一天已经过去/);
      expect(await say('整改 驳回 ZG-2026-001 理由不充分', 'ou_head')).toMatch(
        /申请延期至 2027-06-30 被驳回:理由不充分。期限仍为 2027-03-31/,
      );
      expect(item().deadline).toBe('2027-03-31');

      expect(await say('整改 延期 ZG-2026-001 2027-05-31 项目顺延', 'ou_head')).toMatch(
        /期限由 2027-03-31 延至 2027-05-31/,
      );
      expect(item().history.map((h) => h.kind)).toEqual([
        '登记',
        '申请延期',
        '批准延期',
        '申请延期',
        '驳回延期',
        '延期',
      ]);
    });
  });

  describe('撤销', () => {
    it('takes back exactly #N if it is the sender’s, names the writer otherwise, and does not reach past a ledger event', async () => {
      const number = (reply: string) => Number(/#(\d+)/.exec(reply)?.[1]);
      const a = number(await say('进展 3.2 第一条', 'ou_m'));
      const b = number(await say('进展 3.2 处长的一条', 'ou_head', { userName: '王处' }));
      expect(await refused(`撤销 #${b}`, 'ou_m')).toMatch(new RegExp(`进展 #${b} 是 王处 记录的`));
      expect(await refused('撤销 #99999', 'ou_m')).toMatch(/#99999 不是进展记录/);
      expect(await say(`撤销 #${a}`, 'ou_m')).toMatch(new RegExp(`已撤销您的进展 #${a}.*第一条`));
      expect(await refused(`撤销 ＃${a}`, 'ou_m')).toMatch(/已于 2026-11-26 撤销过了/);

      const c = number(
        await say('进展 3.2 昨天的进展', 'ou_m', { at: new Date('2026-11-25T10:00:00+08:00') }),
      );
      await say('整改 进展 ZG-2026-001 已制定整改方案', 'ou_m');
      expect(await refused('撤销', 'ou_m')).toMatch(
        /对 ZG-2026-001 的“进展”[\s\S]*整改 进展 ZG-2026-001 <更正说明>/,
      );
      expect(deps.store.progressUpdate(c)?.retracted).toBeUndefined();
      expect(await say(`撤销 #${c}`, 'ou_m')).toMatch(/已撤销您的进展/);
      expect(await refused('撤销 ZG-2026-001', 'ou_m')).toMatch(/用法:撤销 \[#记录号\]/);
    });

    it('sent twice, takes back the latest update once and says so the second time, not reaching an older one', async () => {
      const number = (reply: string) => Number(/#(\d+)/.exec(reply)?.[1]);
      const older = number(await say('进展 3.2 较早的一条', 'ou_m'));
      const latest = number(await say('进展 3.2 最新的一条', 'ou_m'));
      expect(await say('撤销', 'ou_m')).toMatch(new RegExp(`已撤销您的进展 #${latest}`));
      expect(await refused('撤销', 'ou_m')).toMatch(
        new RegExp(`您最近的一条进展 #${latest} 已于 2026-11-26 撤销过了[\\s\\S]*撤销 #记录号`),
      );
      expect(deps.store.progressUpdate(older)?.retracted).toBeUndefined();
    });
  });

  describe('people', () => {
    it('shows people by name once known from an @-mention or their profile, by id only while unknown', async () => {
      await say('成员 添加 ou_y 社保处');
      expect(await say('成员 列表 社保处')).toMatch(/· ou_y\(成员\)/);
      expect(await say('整改 进展 ZG-2026-001 已部署', 'ou_y', { userName: '赵六' })).toMatch(
        /进展 赵六:已部署/,
      );
      expect(await say('成员 列表 社保处')).toMatch(/赵六\(成员\) ou_y/);
      // A person @-mentioned as 责任人 is named in lists and the ledger.
      await say('整改 登记 新问题 单位:市民政局 期限:2026-12-31 责任人:', 'ou_m', {
        mentions: [{ key: '@_user_1', openId: 'ou_zhang', name: '张三' }],
      });
      expect(await say('整改 列表 社保处')).toMatch(/ZG-2026-002 新问题[^\n]*责任人 张三/);
      // A refused message learns nothing: a stranger's name is not recorded.
      await refused('整改 登记 路人的 单位:x 期限:2026-12-31', 'ou_stranger', { userName: '路人甲' });
      expect(deps.store.personName('ou_stranger')).toBeUndefined();
    });

    it('removes a member with open items saying which, as 责任人 or registrant, and how to hand them over', async () => {
      await say('整改 登记 新问题 单位:市民政局 期限:2026-12-31 责任人:', 'ou_head', {
        mentions: [{ key: '@_user_1', openId: 'ou_m', name: '李四' }],
      });
      await say('整改 登记 已办结的 单位:市财政局 期限:2026-12-31', 'ou_m');
      await say('整改 销号 ZG-2026-003 已整改', 'ou_head');
      const reply = await say('成员 移除 ou_m');
      expect(reply).toContain('已将 李四(ou_m) 移出社保处');
      expect(reply).toContain('李四 还是以下 2 项未销号整改事项的责任人或登记人');
      expect(reply).toMatch(/ZG-2026-001 养老金违规发放\(社保处,登记人\)/);
      expect(reply).toMatch(/ZG-2026-002 新问题\(社保处,责任人\)/);
      expect(reply).not.toContain('ZG-2026-003');
      expect(reply).toContain('整改 移交 <编号> 责任人:@新责任人');
      expect(deps.store.member('ou_m')).toBeUndefined();
      expect(await say('成员 移除 ou_m2')).toMatch(/^已将 ou_m2 移出社保处。历史记录仍然保留。$/);
    });

    it('refuses a role that does not exist, listing the two, and a bare Chinese name, asking for an @-mention', async () => {
      expect(await refused('成员 添加 ou_y 社保处 科长')).toMatch(/角色只能是:处长、成员\(收到“科长”\)/);
      expect(
        await refused('成员 添加 社保处 副处长', ADMIN, {
          mentions: [{ key: '@_user_1', openId: 'ou_y', name: '钱七' }],
        }),
      ).toMatch(/角色只能是/);
      expect(await refused('成员 添加 张三 社保处')).toMatch(/“张三”是姓名,不是 open_id:请 @张三/);
      expect(await refused('成员 添加 ou_y ou_z 社保处')).toMatch(/看不懂“ou_z”/);
      expect(deps.store.member('ou_y')).toBeUndefined();
      await say('成员 添加 社保处', ADMIN, { mentions: [{ key: '@_user_1', openId: 'ou_q', name: '钱七' }] });
      expect(await refused('成员 移除 钱七')).toMatch(/“钱七”是姓名[\s\S]*名单中叫钱七的:ou_q/);
    });
  });

  describe('统计, 列表 and the item card', () => {
    it('counts by state with 整改率, overdue and amounts, for a division or all, by year', async () => {
      await say('整改 登记 多发补助 单位:市民政局 期限:2026-10-31 类型:限期整改 金额:35万元', 'ou_m');
      await say('整改 登记 工程超概算 单位:市城投 期限:2026-11-10 金额:1,200.5万元 处室:投资处', 'ou_sec');
      await say('整改 销号 ZG-2026-002 已追回 金额:30万元', 'ou_head');
      const all = await say('整改 统计 全部 2026');
      expect(all).toMatch(/事项 3 项\(整改中 2、待审核 0、已销号 1\),整改率 50%,逾期 1 项/);
      expect(all).toMatch(/应整改:2 项/);
      expect(all).toMatch(/问题金额:1235\.5 万元/);
      expect(all).toMatch(/整改金额:30 万元/);
      expect(all).toMatch(
        /投资处:事项 1 项[^\n]*整改率 0%,逾期 1 项[\s\S]*社保处:事项 2 项[^\n]*整改率 100%/,
      );
      expect(await say('整改 统计', 'ou_m')).toMatch(/整改统计\(社保处\)/);
      expect(await say('整改 统计 全部 2025')).toMatch(/还没有整改事项/);
      expect(await refused('整改 统计 火星处')).toMatch(/没有“火星处”/);

      expect(await say('整改 列表 全部 已销号')).toMatch(/ZG-2026-002[\s\S]*共 1 项/);
      expect(await say('整改 列表 单位:城投')).toMatch(/ZG-2026-003[\s\S]*共 1 项/);
      await say('整改 登记 关联任务的 单位:市社保中心 期限:2027-01-31 任务:3.2', 'ou_m');
      expect(await say('整改 列表 任务:3.2')).toMatch(/ZG-2026-004[\s\S]*共 1 项/);
      expect(await say('整改 列表 全部 2025')).toMatch(/没有未销号的整改事项/);
    });

    it('shows the latest 10 events on the card and all of them under 经过', async () => {
      for (let i = 1; i <= 12; i += 1) await say(`整改 进展 ZG-2026-001 第${i}次推进`, 'ou_m');
      const card = await say('整改 查看 ZG-2026-001');
      expect(card).toMatch(/共 13 条,显示最近 10 条;全部经过:整改 查看 ZG-2026-001 经过/);
      expect(card).not.toMatch(/第2次推进/);
      expect(card).toMatch(/第12次推进/);
      const all = await say('整改 查看 ZG-2026-001 经过');
      expect(all).toMatch(/登记 ou_m[\s\S]*第1次推进[\s\S]*第12次推进/);
      expect(all).toMatch(/共 13 条,第 1\/1 页/);
    });

    it('offers each viewer exactly the actions their role allows, and every action’s command is accepted as it comes', async () => {
      const labels = async (user: string) => {
        const reply = await sayReply('整改 查看 ZG-2026-001', user);
        const block = reply.blocks.find((b) => b.type === 'actions');
        return block && block.type === 'actions' ? block.actions.map((a) => a.label) : [];
      };
      expect(await labels('ou_m')).toEqual(['记录进展', '申请销号', '申请延期', '作废', '查看经过']);
      expect(await labels('ou_m2')).toEqual(['记录进展', '申请销号', '申请延期', '查看经过']);
      expect(await labels('ou_head')).toEqual(['记录进展', '销号', '延期', '查看经过']);
      expect(await labels('ou_edu')).toEqual(['查看经过']);
      expect(await labels('ou_stranger')).toEqual(['查看经过']);
      expect(await labels('ou_sec')).toEqual(['记录进展', '销号', '延期', '移交', '作废', '查看经过']);
      await say('整改 销号 ZG-2026-001 已整改', 'ou_m');
      expect(await labels('ou_head')).toEqual(['通过销号', '驳回', '记录进展', '查看经过']);
      expect(await labels('ou_m')).toEqual(['撤回销号申请', '记录进展', '作废', '查看经过']);
    });

    it('accepts every action’s command exactly as a filled-in form sends it, in every state and role', async () => {
      const values: Record<string, string> = {
        说明: '已整改到位',
        新期限: '2027-01-31',
        理由: '需要调整',
        内容: '推进中',
        意见: '',
        处室: '投资处',
        单位: '',
        责任人: '',
      };
      const fill = (command: string) => command.replace(/\{([^}]+)\}/g, (_m, k: string) => values[k] ?? '');
      const checkAll = (users: string[]) => {
        for (const user of users) {
          const msg = { text: '', userId: user, chatId: 'oc_t', at: TODAY };
          const actions = itemActions(item(), actorOf(msg, deps), '2026-11-26', {
            timeZone: deps.timeZone,
            divisions: ['投资处'],
          });
          for (const action of actions) {
            const text = normalise(fill(action.command));
            const match = matchCommand(text, commands);
            expect(match, text).toBeDefined();
            const args = match!.command.parse(match!.rest, { ...msg, text }, deps);
            expect(isReply(args) ? renderText(args) : 'ok', `${user} ${action.label}: ${text}`).toBe('ok');
          }
        }
      };
      checkAll(['ou_m', 'ou_head', 'ou_sec', 'ou_stranger']);
      await say('整改 延期 ZG-2026-001 2027-02-28 跨年', 'ou_m');
      checkAll(['ou_m', 'ou_head', 'ou_sec']);
      await say('整改 销号 ZG-2026-001 已整改', 'ou_m');
      checkAll(['ou_m', 'ou_head', 'ou_sec']);
      await say('整改 审核 ZG-2026-001 通过', 'ou_head');
      checkAll(['ou_m', 'ou_head', 'ou_sec']);
      expect(
        itemActions(
          item(),
          actorOf({ text: '', userId: 'ou_sec', chatId: 'c', at: TODAY }, deps),
          '2026-11-26',
          {
            timeZone: deps.timeZone,
            divisions: [],
          },
        ).map((a) => a.label),
      ).toEqual(['重开', '作废', '查看经过']);
    });
  });
});
