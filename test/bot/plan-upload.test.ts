import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import { keepPlan } from '../../src/plans/keep-plan';
import { cardActionEvent, larkRequest, messageEvent } from '../fixtures/lark/events';
import { docxPackage } from '../plan/docx-package';
import { fifteenthDocx } from '../plan/fifteenth-docx';
import { ADMIN, NOW, tempDataDir } from '../support/core';
import { FakeLark } from '../support/fake-lark';
import { until } from '../support/until';
import { findAction } from './card-actions';
import { startTestBot, type TestBot } from './start-test-bot';

// An admin adds the bureau's next plan by sending its file to the bot: the real core, the real SDK client
// downloading through the fake Lark's message-resource API, real HTTP through Hono. The plan waits for
// 方案 启用; anyone else, a file too large, an unreadable one get a reply saying so, and nothing is kept.

const PDF = readFileSync('test/fixtures/plans/formats/format-plan.pdf');

describe('a plan file sent in Lark', () => {
  let fake: FakeLark;
  let bot: TestBot;
  let deps: CoreDeps;
  let dataDir: string;
  let docx: Buffer;
  let sent = 0;

  const coreOn = (dir: string) =>
    createCoreDeps({ admins: [ADMIN], clock: fixedClock(NOW), logger: silentLogger, dataDir: dir });
  /** What the bot said in reply to a message: the text of its card or text message. */
  const answerTo = (messageId: string) =>
    fake
      .repliesTo(messageId)
      .map((m) => m.content)
      .join('\n');
  const planFiles = () =>
    existsSync(join(dataDir, 'plans'))
      ? readdirSync(join(dataDir, 'plans')).filter((f) => !f.startsWith('.'))
      : [];
  const journalLines = () =>
    existsSync(join(dataDir, 'journal.jsonl')) ? readFileSync(join(dataDir, 'journal.jsonl'), 'utf8') : '';

  /** A file message from `user` (p2p unless said), its bytes served by the fake; answered before it returns. */
  async function sendFile(
    name: string,
    bytes: Uint8Array | undefined,
    options: { user?: string; chatType?: 'p2p' | 'group'; chunked?: boolean } = {},
  ): Promise<string> {
    const messageId = `om_file_${++sent}`;
    const key = `file_v3_${sent}`;
    if (bytes) fake.putFile(messageId, key, bytes, { name, ...(options.chunked ? { chunked: true } : {}) });
    const event = messageEvent({
      messageId,
      chatType: options.chatType ?? 'p2p',
      mentionBot: false,
      messageType: 'file',
      content: JSON.stringify({ file_key: key, file_name: name }),
      senderOpenId: options.user ?? ADMIN,
    });
    expect((await bot.post('/webhook/event', larkRequest(event))).status).toBe(200);
    await bot.bot.idle();
    return messageId;
  }

  async function say(text: string, options: { user?: string; parentId?: string; group?: boolean } = {}) {
    const messageId = `om_text_${++sent}`;
    const event = messageEvent({
      messageId,
      text,
      chatType: options.group ? 'group' : 'p2p',
      mentionBot: options.group === true,
      senderOpenId: options.user ?? ADMIN,
      ...(options.parentId ? { parentId: options.parentId } : {}),
    });
    expect((await bot.post('/webhook/event', larkRequest(event))).status).toBe(200);
    await bot.bot.idle();
    return answerTo(messageId);
  }

  beforeEach(async () => {
    docx ??= await fifteenthDocx();
    dataDir = tempDataDir();
    deps = coreOn(dataDir);
    fake = await FakeLark.start();
    bot = await startTestBot(fake, { handle: (m, o) => handleMessage(m, deps, o) });
  });
  afterEach(async () => {
    await bot.close();
    await fake.close();
    deps.store.close();
  });

  it('adds a .docx and a .pdf an admin sends, each summed up as a card, waiting for 方案 启用', async () => {
    const word = await sendFile('绍兴市审计局十五五实施方案.docx', docx);
    const [card] = fake.repliesTo(word);
    expect(card?.msgType).toBe('interactive');
    expect(card!.content).toContain('已导入方案 2026-2030');
    expect(card!.content).toMatch(/2026—2030 年/);
    expect(card!.content).toContain('待启用');
    expect(card!.content).toContain('任务 7 项');
    expect(answerTo(await sendFile('2026年度项目计划.pdf', PDF))).toContain('已导入方案 2026');
    expect(planFiles().sort()).toEqual(['2026-2030.docx', '2026.pdf']);

    const list = await say('方案');
    expect(list).toMatch(/2021-2025 .*当前方案/);
    expect(list).toMatch(/2026-2030 .*待启用/);
    expect(list).toMatch(/2026 .*待启用/);
    // Asked by name before it is current; then made current.
    expect(await say('方案 2026-2030 惠民惠企政策谁牵头')).toContain('企业审计处');
    expect(await say('方案 启用 2026-2030')).toContain('已启用方案 2026-2030');
    expect(await say('方案')).toMatch(/2026-2030 .*当前方案/);

    // The same file again is found, not added twice; after a restart the plans are still there.
    expect(answerTo(await sendFile('十五五(定稿).docx', docx))).toContain('已导入过');
    expect(planFiles()).toHaveLength(2);
    deps.store.close();
    deps = coreOn(dataDir);
    expect(await say('方案')).toMatch(/2021-2025[\s\S]*2026-2030 .*当前方案[\s\S]*2026 .*待启用/);
  });

  it('takes a file in a group when an admin replies to it with @bot 导入, and ignores the file alone', async () => {
    const file = await sendFile('十五五实施方案.docx', docx, { chatType: 'group' });
    expect(fake.repliesTo(file)).toEqual([]);
    expect(planFiles()).toEqual([]);
    expect(await say('导入', { group: true, parentId: file })).toContain('已导入方案 2026-2030');
    // A reply to a message that is not a file, or 方案 导入 alone, says how to import.
    expect(await say('方案 导入', { group: true })).toContain('回复那条文件消息');
    expect(planFiles()).toEqual(['2026-2030.docx']);
  });

  it('refuses someone who is not an admin, and keeps nothing', async () => {
    const before = journalLines();
    const answer = answerTo(await sendFile('十五五实施方案.docx', docx, { user: 'ou_someone' }));
    expect(answer).toContain('只有管理员可以发方案文件给我导入');
    expect(await say('导入', { group: true, parentId: `om_file_${sent}`, user: 'ou_someone' })).toContain(
      '只有管理员',
    );
    expect(planFiles()).toEqual([]);
    expect(journalLines()).toBe(before);
    expect(await say('方案')).not.toContain('2026-2030');
  });

  it('refuses a file over 20 MB, an unreadable one, one of another kind, one with no task, one Lark will not give', async () => {
    const before = journalLines();
    const big = new Uint8Array(21 * 1024 * 1024);
    for (const [name, bytes, expected] of [
      ['十五五实施方案.pdf', big, /十五五实施方案\.pdf 超过 20 MB/],
      ['损坏的方案.pdf', new TextEncoder().encode('not a pdf at all'), /方案文件 损坏的方案\.pdf 已损坏/],
      ['旧方案.doc', docx, /旧方案\.doc.*另存为 \.docx/],
      [
        '会议纪要.txt',
        new TextEncoder().encode('会议纪要\n今天讨论了审计工作的安排。\n'),
        /没有读出任何任务:?.*会议纪要\.txt/,
      ],
      ['空白.txt', new Uint8Array(0), /空白\.txt 是空的/],
      ['加密方案.pdf', readFileSync('test/fixtures/plans/formats/encrypted.pdf'), /加密/],
      ['扫描件.pdf', readFileSync('test/fixtures/plans/formats/scanned.pdf'), /没有文字层/],
      ['不在了.docx', undefined, /没能从飞书下载 不在了\.docx/],
    ] as const) {
      const answer = answerTo(await sendFile(name, bytes, { chunked: bytes === big }));
      expect(answer, name).toMatch(expected);
      expect(answer, name).toContain('没有导入任何内容');
      expect(answer, name).not.toMatch(/audit-plan-|\/tmp\//);
    }
    expect(planFiles()).toEqual([]);
    expect(journalLines()).toBe(before);
    expect(await say('方案')).not.toContain('待启用');
  });

  it('never makes current a plan whose file was kept but whose adding was not recorded, and records it when sent again', async () => {
    // The bot stopped between keeping the file and recording it (the registry took it, the store did not).
    const other = coreOn(dataDir);
    const { readPlanFile } = await import('../../src/plan/read-plan-file');
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const path = join(mkdtempSync(join(dataDir, 'sent-')), '十五五.docx');
    writeFileSync(path, docx);
    await keepPlan({ name: '十五五.docx', bytes: docx, text: await readPlanFile(path) }, other.plans);
    other.store.close();
    deps.store.close();
    deps = coreOn(dataDir);
    // Its period covers today, but no one made it current.
    expect(await say('方案')).toMatch(/2021-2025 .*当前方案[\s\S]*2026-2030 .*待启用/);
    expect(answerTo(await sendFile('十五五.docx', docx))).toContain('已导入方案 2026-2030');
    expect(journalLines()).toContain('plan.add');
  });

  it('imports a holiday notice an admin sends as a .docx as the year’s calendar, confirmed by its card’s button', async () => {
    const lines = readFileSync('test/fixtures/notices/2027-shaped.txt', 'utf8').split('\n').filter(Boolean);
    const messageId = 'om_notice_file';
    fake.putFile(messageId, 'file_v3_notice', await docxPackage(lines, { official: true }), {
      name: '国务院办公厅关于2027年部分节假日安排的通知.docx',
    });
    const event = messageEvent({
      messageId,
      chatType: 'p2p',
      mentionBot: false,
      messageType: 'file',
      content: JSON.stringify({
        file_key: 'file_v3_notice',
        file_name: '国务院办公厅关于2027年部分节假日安排的通知.docx',
      }),
      senderOpenId: ADMIN,
      createTime: String(Date.parse('2026-12-08T10:00:00+08:00')),
    });
    expect((await bot.post('/webhook/event', larkRequest(event))).status).toBe(200);
    await bot.bot.idle();
    const [reply] = fake.repliesTo(messageId);
    expect(reply?.msgType).toBe('interactive');
    expect(reply!.content).toContain('2027 年节假日安排 · 待确认');
    expect(reply!.content).toContain('调休上班 2027-02-14(周日)、2027-02-20(周六)');
    expect(planFiles()).toEqual([]);
    expect(deps.calendar.isWorkingDay('2027-02-08')).toBe(true);

    // The admin presses 确认导入 on that card: the command it stands for runs as the admin.
    const confirm = findAction(JSON.parse(reply!.content), '日历 导入 确认');
    expect(confirm).toBeDefined();
    const cardToken = fake.issueCardToken();
    const click = cardActionEvent({
      operatorOpenId: ADMIN,
      chatId: 'oc_p2p_admin',
      messageId: reply!.messageId,
      cardToken,
      value: confirm!.value,
    });
    const res = await bot.post('/webhook/card', larkRequest(click));
    fake.callbackAnswered(cardToken);
    expect(res.status).toBe(200);
    await bot.bot.idle();
    await until(() => deps.calendar.knowsYear(2027), 10_000, 'the confirmation');
    expect(deps.calendar.isWorkingDay('2027-02-08')).toBe(false);
    expect(deps.calendar.describe('2027-02-14')).toBe('春节调休上班');
    expect(journalLines()).toContain('calendar.confirm');
  });
});
