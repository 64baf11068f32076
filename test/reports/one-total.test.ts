import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { itemsTable } from '../../src/cli/export/items-table';
import { summaryTable } from '../../src/cli/export/summary-table';
import { fixedClock } from '../../src/clock';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { planLabels } from '../../src/commands/plan-labels';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import { renderText } from '../../src/reply/render-text';
import { digestReply } from '../../src/reports/digest';
import { onDemandPeriod } from '../../src/reports/digest-period';
import { divisionOrder } from '../../src/reports/division-order';
import { sumAmounts } from '../../src/reports/sum-amounts';
import { openFileStore, verifyStore } from '../../src/store';
import { ADMIN, tempDataDir } from '../support/core';

// One ledger, one set of figures: 整改 统计, the export's 整改金额 column and its 汇总, and the digest all
// give the same totals — also for an item closed, reopened and closed again with another amount, and for one
// reopened and left open (its earlier close stays in its history, counted nowhere).

const AT = new Date('2026-11-26T10:00:00+08:00');
const LATER = new Date('2026-11-27T10:00:00+08:00');

describe('one total everywhere', () => {
  let dir: string;
  let deps: CoreDeps;
  let n = 0;
  const say = async (text: string, at = AT) => {
    n += 1;
    const msg = { text, userId: ADMIN, chatId: 'oc_t', messageId: `om_total_${n}`, at };
    return renderText(await handleMessage(msg, deps));
  };

  beforeEach(async () => {
    dir = tempDataDir();
    const store = openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
    deps = createCoreDeps({
      admins: [ADMIN],
      clock: fixedClock(AT),
      logger: silentLogger,
      dataDir: dir,
      store,
    });
    await say('整改 登记 违规发放津贴 单位:市民政局 期限:2026-12-31 处室:社保处 金额:300万元');
    await say('整改 登记 工程超概算 单位:市城投 期限:2026-11-20 处室:投资处 金额:1,200.5万元');
    await say('整改 登记 资金闲置 单位:市财政局 期限:2026-12-15 处室:投资处 金额:0.1');
    await say('整改 销号 ZG-2026-001 已追回 金额:120万元');
    await say('整改 重开 ZG-2026-001 复查发现仍有欠款');
    await say('整改 销号 ZG-2026-001 补缴到位 金额:20万元');
    await say('整改 销号 ZG-2026-003 已盘活 金额:0.2');
    await say('整改 重开 ZG-2026-003 盘活不实');
  });
  afterEach(() => deps.store.close());

  it('keeps each close’s own amount in the history, the standing close’s as the item’s 整改金额', async () => {
    const reopenedTwice = deps.store.item('ZG-2026-001')!;
    expect(reopenedTwice.rectifiedAmount).toBe(20);
    expect(reopenedTwice.history.filter((h) => h.kind === '销号').map((h) => h.amount)).toEqual([120, 20]);
    const card = await say('整改 查看 ZG-2026-001');
    expect(card).toMatch(/\n整改金额:20 万元/);
    expect(card).toMatch(/此前销号\(已重开,不计入\):2026-11-26 整改金额 120 万元/);
    expect(card).toMatch(
      /销号 [^\n]*已追回,整改金额 120 万元[\s\S]*重开[\s\S]*销号 [^\n]*补缴到位,整改金额 20 万元/,
    );
    const open = deps.store.item('ZG-2026-003')!;
    expect(open.rectifiedAmount).toBeUndefined();
    expect(await say('整改 查看 ZG-2026-003')).not.toMatch(/\n整改金额/);
    expect(verifyStore(dir).ok).toBe(true);
  });

  it('gives the same counts and amounts in 整改 统计, the export (column and 汇总) and the digest', async () => {
    const stats = await say('整改 统计 全部', LATER);
    expect(stats).toMatch(/问题金额:1500\.6 万元/);
    expect(stats).toMatch(/整改金额:20 万元/);
    expect(stats).toMatch(/逾期未销号:1 项/);

    const labels = planLabels(deps);
    const { columns, rows } = itemsTable(deps.store, LATER, deps.timeZone, labels, deps.calendar);
    const at = (name: string) => columns.findIndex((c) => c.header === name);
    const column = (name: string) => rows.map((r) => r[at(name)]);
    expect(sumAmounts(column('整改金额(万元)').filter((v): v is number => typeof v === 'number'))).toBe(20);
    expect(sumAmounts(column('问题金额(万元)').filter((v): v is number => typeof v === 'number'))).toBe(
      1500.6,
    );
    const [total, ...divisions] = summaryTable(
      deps.store,
      LATER,
      deps.timeZone,
      divisionOrder(deps.knowledge),
    ).rows;
    expect(total).toEqual(['合计', 3, 2, 0, 1, 2, 0.5, 1, 1500.6, 20, 0]);
    expect(divisions.map((d) => d[0])).toEqual(['投资处', '社保处']);
    expect(stats).toMatch(/事项 3 项\(整改中 2、待审核 0、已销号 1\),整改率 50%,逾期 1 项/);

    const digest = renderText(digestReply(onDemandPeriod(LATER, undefined, deps.timeZone), LATER, deps));
    expect(digest).toContain('整改率 【50%】(已销号 1 ÷ 应整改 2),问题金额 1500.6 万元,整改金额 20 万元');
    expect(digest).toMatch(/【逾期 1】/);
    expect(digest).toMatch(/🔴 逾期:1 项:ZG-2026-002/);
  });
});
