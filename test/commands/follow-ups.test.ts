import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import { renderText } from '../../src/reply/render-text';
import { ADMIN, coreDeps, NOW, tempDataDir } from '../support/core';

// Follow-ups through the real core: what a chat spoke of last stays for half an hour (by the messages' own
// times), per chat; 我们处 is the sender's division on the roster.

let n = 0;
const minutes = (m: number) => new Date(NOW.getTime() + m * 60_000);
async function say(deps: CoreDeps, text: string, o: { chat?: string; at?: Date; user?: string } = {}) {
  n += 1;
  const message = {
    text,
    userId: o.user ?? ADMIN,
    chatId: o.chat ?? 'oc_follow',
    messageId: `om_follow_${n}`,
    at: o.at ?? NOW,
  };
  return renderText(await handleMessage(message, deps));
}

describe('follow-ups in a chat', () => {
  it('reads 第二个 as the item of the list just shown, says so, and keeps the list for the next 第N个', async () => {
    const deps = coreDeps();
    await say(deps, '任务 投资处');
    const second = await say(deps, '第二个是谁牵头', { at: minutes(1) });
    expect(second).toContain('任务 3.3 ');
    expect(second).toContain('“第二个”按刚才列出的第 2 项理解:3.3 ');
    expect(await say(deps, '第一个呢', { at: minutes(2) })).toContain('任务 2.1 ');
    // Beyond the list, or with no list shown in this chat: never an item of some list.
    expect(await say(deps, '第九个是谁牵头', { at: minutes(3) })).not.toContain('刚才列出');
    expect(await say(deps, '第二个是谁牵头', { chat: 'oc_other', at: minutes(3) })).not.toContain('刚才列出');
    // Half an hour on, the list is gone.
    expect(await say(deps, '第二个是谁牵头', { at: minutes(40) })).not.toContain('刚才列出');
  });

  it('reads 他们 as the division spoken of, or the lead of the task spoken of', async () => {
    const deps = coreDeps();
    await say(deps, '3.2谁牵头');
    expect(await say(deps, '那他们还管什么', { at: minutes(1) })).toContain('社保处的任务与目标');
  });

  it('reads 这个, 那…呢 and 谁配合 against the task the chat spoke of last', async () => {
    const deps = coreDeps();
    await say(deps, '3.2');
    expect(await say(deps, '这个是哪个处牵头的', { at: minutes(1) })).toContain('牵头:【社保处】');
    await say(deps, '安居工程谁牵头', { at: minutes(2) });
    const next = await say(deps, '那3.1呢', { at: minutes(3) });
    expect(next).toContain('任务 3.1 ');
    expect(next).toContain('牵头:【教科文处】');
    expect(await say(deps, '谁配合', { at: minutes(4) })).toMatch(/任务 3\.1 [\s\S]*配合:相关处室/);
  });

  it('keeps each chat’s topic to itself, and forgets it after half an hour', async () => {
    const deps = coreDeps();
    await say(deps, '3.2', { chat: 'oc_one' });
    expect(await say(deps, '这个是哪个处牵头的', { chat: 'oc_two', at: minutes(1) })).not.toContain(
      '牵头:【',
    );
    expect(await say(deps, '这个是哪个处牵头的', { chat: 'oc_one', at: minutes(31) })).not.toContain(
      '牵头:【',
    );
  });

  it('answers 我们处 from the roster, and asks a sender the roster does not know to name the division', async () => {
    const deps = coreDeps();
    await say(deps, '成员 添加 ou_inv 投资处');
    expect(await say(deps, '我们处的任务是啥', { user: 'ou_inv' })).toContain('投资处的任务与目标');
    const stranger = await say(deps, '本处牵头哪些任务', { user: 'ou_stranger' });
    expect(stranger).toContain('“我们处”是哪个处室');
    expect(stranger).not.toContain('的任务与目标');
  });
});

describe('another plan the bot knows', () => {
  const seeds = mkdtempSync(join(tmpdir(), 'two-plans-'));
  copyFileSync('seeds/shaoxing-audit-common-prosperity-2021-2025.txt', join(seeds, '1-shipped.txt'));
  copyFileSync('test/fixtures/plans/bureau-15th-five-year.txt', join(seeds, '2-fifteenth.txt'));
  // In 2026 the 2026—2030 plan is current by its period.
  const at = new Date('2026-05-12T10:00:00+08:00');
  const deps = createCoreDeps({
    seedsDir: seeds,
    admins: [ADMIN],
    clock: fixedClock(at),
    logger: silentLogger,
    dataDir: tempDataDir(),
  });
  const ask = (text: string, chat = 'oc_plans') => say(deps, text, { chat, at });

  it('answers from the plan that speaks to a subject the current plan lacks, and says whose answer it is', async () => {
    const reply = await ask('古城项目群谁负责');
    expect(reply).toContain('牵头:【教科文处】');
    expect(reply).toContain('当前方案没有讲到“古城项目群”');
    expect(reply).toMatch(/以上出自《[^》]+》/);
  });

  it('answers a unit of the current plan from it, never from the other plan', async () => {
    // The 2021—2025 plan's 2.2 speaks of 农业农村; 农业农村审计处 is named only by the current plan (its item 5).
    const reply = await ask('农业农村审计处配合谁');
    expect(reply).not.toContain('另一份方案');
    expect(reply).toContain('统筹开展经济责任审计和自然资源资产离任审计');
  });

  it('quotes only the collective a task names for its co-operators, not a division named beside it', async () => {
    // Item 5: 配合处室：农业农村审计处、相关处室 — 企业审计处 may be among 相关处室, not 农业农村审计处.
    const reply = await ask('企业审计处负责什么');
    expect(reply).toContain('“相关处室”');
    expect(reply).not.toContain('“农业农村审计处”');
  });

  it('reads 新方案, 旧方案, 上一个方案 and 当前方案 by where the plans stand', async () => {
    expect(await ask('旧方案里3.3是什么')).toContain('牵头:【投资处】');
    expect(await ask('新方案里2.2谁牵头')).toContain('牵头:【财政审计处】');
    expect(await ask('上一个方案的安居工程谁牵头')).toContain('牵头:【投资处】');
    expect(await ask('当前方案的政府债务审计谁负责')).toContain('牵头:【财政审计处】');
  });

  it('keeps a follow-up on the plan the chat asked about', async () => {
    await ask('旧方案里3.3是什么', 'oc_old');
    const next = await ask('那3.2呢', 'oc_old');
    expect(next).toContain('牵头:【社保处】');
    expect(next).toMatch(/以上出自《[^》]*》\(2021—2025年\)/);
  });

  it('names no owner from any plan for what no plan speaks to', async () => {
    expect(await ask('数字政府建设谁负责')).not.toContain('牵头:【');
  });
});
