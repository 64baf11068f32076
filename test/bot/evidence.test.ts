import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import { larkRequest, messageEvent } from '../fixtures/lark/events';
import { ADMIN, NOW, tempDataDir } from '../support/core';
import { FakeLark } from '../support/fake-lark';
import { runCli } from '../support/run-cli';
import { startTestBot, type TestBot } from './start-test-bot';

// Evidence files (佐证材料) through the real SDK client and the fake Lark's message-resource API: a member's
// 销号 waits for its file where evidence is required, the photo sent as a reply to the bot's answer brings
// the close with it, the reviewer's card shows it; the bytes are kept under their SHA-256 and `verify`
// finds a tampered one; strangers, oversized files and a redelivered message keep nothing more.

const HEAD = 'ou_head_sb';
const MEMBER = 'ou_member_sb';
const STRANGER = 'ou_stranger';
const GROUP = 'oc_work_group';

/** A small JPEG-looking photo: a JPEG header, then bytes that differ per seed. */
function photo(seed: number, size = 40_000): Uint8Array {
  const bytes = new Uint8Array(size).map((_, i) => (i * 31 + seed * 7) % 256);
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return bytes;
}
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('evidence files sent in Lark', () => {
  let fake: FakeLark;
  let bot: TestBot;
  let deps: CoreDeps;
  let dataDir: string;
  let n = 0;

  const answerTo = (messageId: string) =>
    fake
      .repliesTo(messageId)
      .map((m) => m.content)
      .join('\n');
  const journal = () => readFileSync(join(dataDir, 'journal.jsonl'), 'utf8');
  const evidenceRecords = () =>
    journal()
      .split('\n')
      .filter((l) => l.includes('"zg.evidence"'));
  const blobs = () => (existsSync(join(dataDir, 'files')) ? readdirSync(join(dataDir, 'files')) : []);

  async function post(event: Record<string, unknown>): Promise<void> {
    expect((await bot.post('/webhook/event', larkRequest(event))).status).toBe(200);
    await bot.bot.idle();
  }

  /** A text message in the work group, @-mentioning the bot; answered before it returns. */
  async function say(text: string, user: string, parentId?: string): Promise<string> {
    const messageId = `om_t${++n}`;
    await post(
      messageEvent({ messageId, text, chatId: GROUP, senderOpenId: user, ...(parentId ? { parentId } : {}) }),
    );
    return messageId;
  }

  /** A post (rich text) from the member in the work group, @-mentioning the bot unless told. */
  async function post_(messageId: string, content: string, mention = true): Promise<void> {
    await post(
      messageEvent({
        messageId,
        chatId: GROUP,
        senderOpenId: MEMBER,
        mentionBot: mention,
        messageType: 'post',
        content,
      }),
    );
  }

  /** A photo sent in the work group (a file message the bot receives), optionally as a reply. */
  async function sendPhoto(
    bytes: Uint8Array,
    user: string,
    options: { parentId?: string; messageId?: string; file?: string } = {},
  ): Promise<string> {
    const messageId = options.messageId ?? `om_p${++n}`;
    const key = `img_${messageId}`;
    if (options.file) fake.putFile(messageId, key, bytes, { name: options.file });
    else fake.putFile(messageId, key, bytes, { type: 'image' });
    await post(
      messageEvent({
        messageId,
        chatId: GROUP,
        senderOpenId: user,
        // Files and images in a group reach the bot when it may read the group's messages (no @ in them).
        mentionBot: false,
        messageType: options.file ? 'file' : 'image',
        content: JSON.stringify(
          options.file ? { file_key: key, file_name: options.file } : { image_key: key },
        ),
        ...(options.parentId ? { parentId: options.parentId } : {}),
      }),
    );
    return messageId;
  }

  /** The bot's (first) answer to a message: its Lark message id. */
  const botAnswer = (messageId: string) => fake.repliesTo(messageId)[0]!.messageId;

  beforeEach(async () => {
    dataDir = tempDataDir();
    deps = createCoreDeps({ admins: [ADMIN], clock: fixedClock(NOW), logger: silentLogger, dataDir });
    const meta = { by: ADMIN, at: NOW };
    deps.store.addMember(meta, { openId: HEAD, division: '社保处', role: '处长', name: '王处' });
    deps.store.addMember(meta, { openId: MEMBER, division: '社保处', role: '成员', name: '李四' });
    fake = await FakeLark.start();
    bot = await startTestBot(fake, {
      handle: (m, o) => handleMessage(m, deps, o),
      files: (sha256) => deps.store.blobs.get(sha256),
    });
    await say('整改 登记 养老金发放不规范 单位:市社保中心 期限:2027-03-31 处室:社保处', ADMIN);
  });
  afterEach(async () => {
    await bot.close();
    await fake.close();
    deps.store.close();
  });

  it('holds a member’s close until its photo comes, then shows the photo on the reviewer’s card; approved', async () => {
    expect(answerTo(await say('整改 设置 佐证 必需 社保处', HEAD))).toContain('必须附佐证材料');
    const close = await say('整改 销号 ZG-2026-001 待遇已全部追回', MEMBER);
    expect(answerTo(close)).toContain('还缺佐证材料');
    expect(journal()).not.toContain('"zg.close"');

    const slip = photo(1);
    const sent = await sendPhoto(slip, MEMBER, { parentId: botAnswer(close) });
    const answer = answerTo(sent);
    expect(answer).toContain('已申请销号');
    expect(answer).toContain('图片.jpg');
    const [record] = evidenceRecords();
    expect(JSON.parse(record!).data).toMatchObject({
      id: 'ZG-2026-001',
      sha256: sha(slip),
      size: slip.length,
    });
    expect(Buffer.from(readFileSync(join(dataDir, 'files', sha(slip)))).equals(Buffer.from(slip))).toBe(true);
    // The resource was fetched as an image.
    expect(fake.requests.find((r) => r.path.includes('/resources/'))?.query.type).toBe('image');

    const card = answerTo(await say('整改 查看 ZG-2026-001', HEAD));
    expect(card).toMatch(/申请销号:待遇已全部追回;佐证 1 份:图片\.jpg/);
    expect(card).toMatch(/佐证材料\(1 份\)/);
    expect(card).toContain('李四');
    expect(answerTo(await say('整改 审核 ZG-2026-001 通过', HEAD))).toContain('已销号');
    expect(deps.store.item('ZG-2026-001')?.status).toBe('已销号');
  });

  it('counts a photo sent first with 整改 附件 as the close’s evidence; after a refusal the next close needs another', async () => {
    await say('整改 设置 佐证 必需 社保处', HEAD);
    await say('整改 附件 ZG-2026-001 银行回单', MEMBER);
    expect(answerTo(await sendPhoto(photo(2), MEMBER))).toContain('已收到 ZG-2026-001 的佐证材料');
    const close = answerTo(await say('整改 销号 ZG-2026-001 待遇已全部追回', MEMBER));
    expect(close).toContain('已申请销号');
    expect(close).toMatch(/申请销号:待遇已全部追回;佐证 1 份:图片\.jpg/);
    expect(answerTo(await say('整改 驳回 ZG-2026-001 回单看不清', HEAD))).toContain('驳回');
    const again = await say('整改 销号 ZG-2026-001 待遇已全部追回', MEMBER);
    expect(answerTo(again)).toContain('还缺佐证材料');
    expect(deps.store.item('ZG-2026-001')?.status).toBe('整改中');
  });

  it('takes a 销号 written with a photo in one post, and leaves a group’s other pictures alone', async () => {
    const postId = `om_post${++n}`;
    const slip = photo(8);
    fake.putFile(postId, 'img_in_post', slip, { type: 'image' });
    const post = {
      title: '',
      content: [
        [
          { tag: 'at', user_id: '@_user_1', user_name: '审计助手' },
          { tag: 'text', text: ' 整改 销号 ZG-2026-001 已追回,回单见图' },
        ],
        [{ tag: 'img', image_key: 'img_in_post', width: 800, height: 600 }],
      ],
    };
    await post_(postId, JSON.stringify(post));
    expect(answerTo(postId)).toContain('已申请销号');
    expect(answerTo(postId)).toContain('图片.jpg');
    expect(JSON.parse(evidenceRecords()[0]!).data.sha256).toBe(sha(slip));
    // A picture someone shares in the group with no item in view: no answer, nothing kept.
    const other = await sendPhoto(photo(9), HEAD);
    expect(fake.repliesTo(other)).toHaveLength(0);
    expect(evidenceRecords()).toHaveLength(1);
    // A post that does not @ the bot is not the bot's, picture or not.
    const quiet = `om_post${++n}`;
    fake.putFile(quiet, 'img_quiet', photo(10), { type: 'image' });
    await post_(
      quiet,
      JSON.stringify({
        title: '',
        content: [[{ tag: 'text', text: '整改 附件 ZG-2026-001' }], [{ tag: 'img', image_key: 'img_quiet' }]],
      }),
      false,
    );
    expect(fake.repliesTo(quiet)).toHaveLength(0);
  });

  it('keeps a file sent after 整改 附件 with its 说明, a second file too, and a resend once', async () => {
    await say('整改 附件 ZG-2026-001 银行回单', MEMBER);
    const slip = photo(2);
    const first = await sendPhoto(slip, MEMBER, { file: '银行回单.pdf' });
    expect(answerTo(first)).toContain('已收到 ZG-2026-001 的佐证材料:银行回单.pdf');
    // Lark delivers the same message again (a new event id): nothing more is kept.
    await sendPhoto(slip, MEMBER, { file: '银行回单.pdf', messageId: first });
    expect(evidenceRecords()).toHaveLength(1);
    // The same bytes in another message: said so, not kept twice.
    expect(answerTo(await sendPhoto(slip, MEMBER, { file: '回单副本.pdf' }))).toContain('没有重复保存');
    await sendPhoto(photo(3), MEMBER);
    expect(evidenceRecords()).toHaveLength(2);
    expect(JSON.parse(evidenceRecords()[0]!).data.text).toBe('银行回单');
    expect(blobs()).toHaveLength(2);
    const view = answerTo(await say('整改 查看 ZG-2026-001', ADMIN));
    expect(view).toMatch(/银行回单\.pdf\(39 KB\),李四,\d{4}-\d\d-\d\d \d\d:\d\d:银行回单/);
  });

  it('keeps no file for an item voided after 整改 附件 was sent, and says it was voided', async () => {
    await say('整改 附件 ZG-2026-001 银行回单', MEMBER);
    await say('整改 作废 ZG-2026-001 重复登记', ADMIN);
    const sent = await sendPhoto(photo(9), MEMBER, { file: '银行回单.pdf' });
    expect(answerTo(sent)).toMatch(
      /ZG-2026-001 已于 \d{4}-\d\d-\d\d 作废\(重复登记\),不能再更改。本次未记录任何内容。/,
    );
    // A reply to the item's card: the same.
    const card = await say('整改 查看 ZG-2026-001', ADMIN);
    expect(answerTo(await sendPhoto(photo(10), MEMBER, { parentId: botAnswer(card) }))).toContain('作废');
    expect(evidenceRecords()).toHaveLength(0);
    expect(answerTo(await say('整改 附件 ZG-2026-001', MEMBER))).toContain('作废');
  });

  it('sends the files back on 整改 附件 <编号>: each uploaded to Lark and sent as a file or image', async () => {
    const item = await say('整改 查看 ZG-2026-001', ADMIN);
    const slip = photo(7);
    await sendPhoto(slip, MEMBER, { parentId: botAnswer(item) });
    const report = new TextEncoder().encode('%PDF-1.7 整改报告');
    await sendPhoto(report, MEMBER, { parentId: botAnswer(item), file: '整改报告.pdf' });
    const ask = await say('整改 附件 ZG-2026-001', HEAD);
    const replies = fake.repliesTo(ask);
    expect(replies.map((m) => m.msgType)).toEqual(['interactive', 'image', 'file']);
    expect(replies[0]!.content).toContain('共有 2 份佐证材料');
    const image = fake.uploads.get((JSON.parse(replies[1]!.content) as { image_key: string }).image_key)!;
    expect(Buffer.from(image.bytes).equals(Buffer.from(slip))).toBe(true);
    const file = fake.uploads.get((JSON.parse(replies[2]!.content) as { file_key: string }).file_key)!;
    expect([file.name, file.fileType, file.bytes.toString('utf8')]).toEqual([
      '整改报告.pdf',
      'pdf',
      '%PDF-1.7 整改报告',
    ]);
    // Someone of another division may neither see nor fetch them.
    deps.store.addMember({ by: ADMIN, at: NOW }, { openId: 'ou_qj', division: '企金处', role: '处长' });
    expect(answerTo(await say('整改 附件 ZG-2026-001', 'ou_qj'))).toContain('不能查看或添加');
    expect(fake.uploads.size).toBe(2);
  });

  it('refuses a stranger’s file and one over 20 MB, keeping nothing', async () => {
    const item = await say('整改 查看 ZG-2026-001', ADMIN);
    expect(answerTo(await sendPhoto(photo(4), STRANGER, { parentId: botAnswer(item) }))).toContain(
      '不在审计助手的成员名单中',
    );
    const big = await sendPhoto(photo(5, 20 * 1024 * 1024 + 1), MEMBER, {
      parentId: botAnswer(item),
      file: '现场照片.zip',
    });
    expect(answerTo(big)).toContain('超过 20 MB');
    expect(evidenceRecords()).toHaveLength(0);
    expect(blobs()).toHaveLength(0);
    // Neither the stranger's file nor the big one was downloaded whole: the stranger's not at all.
    expect(fake.requests.filter((r) => r.path.includes(`/resources/img_om_p`)).length).toBe(1);
  });

  it('lets verify find a tampered and a missing evidence file, naming the item and the file', async () => {
    const item = await say('整改 查看 ZG-2026-001', ADMIN);
    const slip = photo(6);
    await sendPhoto(slip, MEMBER, { parentId: botAnswer(item), file: '整改报告.pdf' });
    await bot.close();
    deps.store.close();
    expect((await runCli(dataDir, ['verify'])).status).toBe(0);
    const path = join(dataDir, 'files', sha(slip));
    const changed = Buffer.from(slip);
    changed[100] = (changed[100]! + 1) % 256;
    writeFileSync(path, changed);
    const run = await runCli(dataDir, ['verify']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/ZG-2026-001 的佐证材料“整改报告\.pdf”.*被改动/);
    rmSync(path);
    const missing = await runCli(dataDir, ['verify']);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toMatch(/ZG-2026-001 的佐证材料“整改报告\.pdf”.*缺失/);
    // Reopened so afterEach can close again.
    bot = await startTestBot(fake, { handle: (m, o) => handleMessage(m, deps, o) });
    deps = createCoreDeps({ admins: [ADMIN], clock: fixedClock(NOW), logger: silentLogger, dataDir });
  });
});
