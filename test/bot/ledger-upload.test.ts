import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import { larkRequest, messageEvent } from '../fixtures/lark/events';
import { LEDGER_2024_INVEST, LEDGER_2025, type SheetSpec, workbook } from '../ledger-import/workbooks';
import { ADMIN, NOW, tempDataDir } from '../support/core';
import { FakeLark } from '../support/fake-lark';
import { startTestBot, type TestBot } from './start-test-bot';

// 导入台账 in Lark: an admin or a member of 秘书处 sends the bureau's workbook with `导入台账` (the file first
// or the words first), gets the dry run, and imports it with `导入台账 确认` — the real core, the real SDK
// client downloading through the fake Lark's message-resource API. Anyone else is refused; nothing is kept.

const SECRETARY = 'ou_secretary';
const STRANGER = 'ou_stranger';

describe('导入台账 in Lark', () => {
  let fake: FakeLark;
  let bot: TestBot;
  let deps: CoreDeps;
  let dataDir: string;
  let ledger: Buffer;
  let broken: Buffer;
  let sent = 0;

  const answerTo = (messageId: string) =>
    fake
      .repliesTo(messageId)
      .map((m) => m.content)
      .join('\n');
  const journal = () =>
    existsSync(join(dataDir, 'journal.jsonl')) ? readFileSync(join(dataDir, 'journal.jsonl'), 'utf8') : '';

  async function sendFile(name: string, bytes: Uint8Array, user = ADMIN): Promise<string> {
    const messageId = `om_file_${++sent}`;
    const key = `file_v3_${sent}`;
    fake.putFile(messageId, key, bytes, { name });
    const event = messageEvent({
      messageId,
      chatType: 'p2p',
      mentionBot: false,
      messageType: 'file',
      content: JSON.stringify({ file_key: key, file_name: name }),
      senderOpenId: user,
    });
    expect((await bot.post('/webhook/event', larkRequest(event))).status).toBe(200);
    await bot.bot.idle();
    return answerTo(messageId);
  }

  async function say(text: string, user = ADMIN) {
    const messageId = `om_text_${++sent}`;
    const event = messageEvent({ messageId, text, chatType: 'p2p', mentionBot: false, senderOpenId: user });
    expect((await bot.post('/webhook/event', larkRequest(event))).status).toBe(200);
    await bot.bot.idle();
    return answerTo(messageId);
  }

  beforeAll(async () => {
    ledger = await workbook([LEDGER_2025, LEDGER_2024_INVEST]);
    const bad: SheetSpec = {
      name: '2026年',
      header: ['序号', '整改单位', '问题内容', '完成时限', '状态', '处室'],
      rows: [[1, '市水务局', '管网工程超概算', '下个月吧', '整改中', '投资处']],
    };
    broken = await workbook([bad]);
  });
  beforeEach(async () => {
    dataDir = tempDataDir();
    deps = createCoreDeps({ admins: [ADMIN], clock: fixedClock(NOW), logger: silentLogger, dataDir });
    fake = await FakeLark.start();
    bot = await startTestBot(fake, { handle: (m, o) => handleMessage(m, deps, o) });
  });
  afterEach(async () => {
    await bot.close();
    await fake.close();
    deps.store.close();
  });

  it('shows the dry run of a workbook sent after 导入台账, and imports it on 导入台账 确认', async () => {
    expect(await say('导入台账')).toContain('请在 30 分钟内发来台账文件');
    const dry = await sendFile('2025年整改台账.xlsx', ledger);
    expect(dry).toContain('试导入台账 2025年整改台账.xlsx');
    expect(dry).toContain('第 4 行 导入:原编号 1 · 市社保中心 · 专项资金结存未使用');
    expect(dry).toContain('第 10 行 跳过:合计/小计行');
    expect(dry).toContain('导入台账 确认');
    expect(deps.store.items()).toHaveLength(0);
    const done = await say('导入台账 确认');
    expect(done).toContain('已导入台账 2025年整改台账.xlsx:7 项');
    expect(deps.store.items()).toHaveLength(7);
    expect(deps.store.items()[0]).toMatchObject({ original: '1', status: '已销号', registeredBy: ADMIN });
    // Confirmed once: a second 确认 has nothing left to import.
    expect(await say('导入台账 确认')).toContain('没有待确认的台账');
    expect(deps.store.items()).toHaveLength(7);
  });

  it('takes the workbook first and 导入台账 after it from 秘书处; the same workbook again adds nothing', async () => {
    await say(`成员 添加 ${SECRETARY} 秘书处 成员`);
    expect(await sendFile('台账.xlsx', ledger, SECRETARY)).toContain('收到工作簿 台账.xlsx');
    expect(await say('导入台账', SECRETARY)).toContain('合计:导入 7 行');
    expect(await say('导入台账 确认', SECRETARY)).toContain('7 项');
    await sendFile('台账(副本).xlsx', ledger, SECRETARY);
    const again = await say('导入台账', SECRETARY);
    expect(again).toContain('合计:导入 0 行');
    expect(again).toContain('已导入过(ZG-2026-001)');
    expect(await say('导入台账 确认', SECRETARY)).toContain('没有要导入的新行');
    expect(deps.store.items()).toHaveLength(7);
  });

  it('refuses a broken workbook on 确认 naming the row, and refuses strangers; nothing is kept', async () => {
    await say('导入台账');
    expect(await sendFile('坏台账.xlsx', broken)).toContain('第 2 行 有误:完成时限“下个月吧”读不懂');
    const refused = await say('导入台账 确认');
    expect(refused).toContain('一行也没有导入');
    expect(refused).toContain('第 2 行 有误');
    expect(await sendFile('台账.xlsx', ledger, STRANGER)).toContain('只有管理员或秘书处可以导入台账');
    expect(await say('导入台账', STRANGER)).toContain('只有管理员或秘书处可以导入台账');
    expect(deps.store.items()).toHaveLength(0);
    expect(journal()).not.toContain('zg.register');
  });
});
