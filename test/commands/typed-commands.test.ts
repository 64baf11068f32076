import { describe, expect, it } from 'vitest';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { renderText } from '../../src/reply/render-text';
import { ADMIN, coreDeps, NOW } from '../support/core';

// Commands as people type them, through the real core: what is recorded is read back from the store.

let n = 0;
async function say(deps: CoreDeps, text: string) {
  n += 1;
  return renderText(
    await handleMessage(
      { text, userId: ADMIN, chatId: 'oc_typed', messageId: `om_typed_${n}`, at: NOW },
      deps,
    ),
  );
}

describe('commands as typed in a chat', () => {
  it.each([
    ['进展3.3完成保障性租赁住房审计进点', '3.3', '完成保障性租赁住房审计进点'],
    ['进展 2.1：完成老旧小区改造审计方案', '2.1', '完成老旧小区改造审计方案'],
    ['记一下进展：1.1 召开创新政策审计组会', '1.1', '召开创新政策审计组会'],
    ['帮我记一下3.2医共体审计已进点', '3.2', '医共体审计已进点'],
    ['帮我记录一下进展 5 村社治理审计报告初稿完成', '5', '村社治理审计报告初稿完成'],
    ['帮我记一下 安居工程审计完成外业', '3.3', '完成外业'],
  ])('records “%s” on task %s', async (text, task, content) => {
    const deps = coreDeps();
    expect(await say(deps, text)).toContain('已记录进展');
    const recorded = deps.store.progress({ target: { kind: 'task', id: task } });
    expect(recorded.map((u) => u.text)).toEqual([expect.stringContaining(content)]);
  });

  it('acts on a ledger item named without spaces or with a colon', async () => {
    const deps = coreDeps();
    await say(deps, '整改 登记 违规发放津贴 单位:市某局 期限:2027-03-31 处室:社保处');
    expect(await say(deps, '整改进展：ZG-2026-001 已退回一笔')).toContain('已退回一笔');
    expect(await say(deps, '整改销号ZG2026001已全部退回')).toContain('已销号');
    expect(deps.store.item('ZG-2026-001')?.status).toBe('已销号');
  });

  it('records nothing from a lead-in that names no task, and says what to write', async () => {
    const deps = coreDeps();
    const reply = await say(deps, '帮我记一下 今天开了个会');
    expect(reply).not.toContain('已记录进展');
    expect(deps.store.progress({})).toEqual([]);
  });
});
