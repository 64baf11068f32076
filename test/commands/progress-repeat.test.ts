import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/commands/handle-message';
import { renderText } from '../../src/reply/render-text';
import { ADMIN, coreDeps } from '../support/core';

// The same progress sent twice — a resend, a second tap on the card, a paste — is one piece of progress: the
// same text from the same person on the same target within 10 minutes is answered as already recorded, and
// nothing new is stored. Anything else is new progress.

const at = (time: string) => new Date(`2026-11-26T${time}:00+08:00`);

describe('the same progress sent again', () => {
  it('is answered as already recorded within 10 minutes, and recorded again only when it is new', async () => {
    const deps = coreDeps();
    let n = 0;
    const say = async (text: string, user: string, time: string) => {
      n += 1;
      const msg = { text, userId: user, chatId: 'oc', messageId: `om_rep_${n}`, at: at(time) };
      return renderText(await handleMessage(msg, deps));
    };
    await say('成员 添加 ou_li 社保处 处长', ADMIN, '09:00');
    await say('成员 添加 ou_wang 社保处', ADMIN, '09:00');
    expect(await say('进展 3.2 完成养老保险基金审计进点', 'ou_li', '10:00')).toContain('已记录进展');
    const recorded = deps.store.journalLength;
    for (const [text, time] of [
      ['进展 3.2 完成养老保险基金审计进点', '10:01'],
      ['进展 3.2 完成养老保险基金审计 进点。', '10:09'],
      ['进展 社会保障 完成养老保险基金审计进点', '10:10'],
    ]) {
      const reply = await say(text!, 'ou_li', time!);
      expect(reply, text).toContain('这条进展您已在 10:00 记录过');
      expect(reply).toContain('没有重复记录');
    }
    expect(deps.store.journalLength).toBe(recorded);
    // New progress: later than 10 minutes, by someone else, on another task, other words.
    expect(await say('进展 3.2 完成养老保险基金审计进点', 'ou_li', '10:11')).toContain('已记录进展');
    expect(await say('进展 3.2 完成养老保险基金审计进点', 'ou_wang', '10:12')).toContain('已记录进展');
    expect(await say('进展 2.3 完成养老保险基金审计进点', 'ou_li', '10:12')).toContain('已记录进展');
    expect(await say('进展 3.2 形成审计报告初稿', 'ou_li', '10:13')).toContain('已记录进展');
    // Taken back, it may be sent again.
    await say('撤销', 'ou_li', '10:14');
    expect(await say('进展 3.2 形成审计报告初稿', 'ou_li', '10:15')).toContain('已记录进展');
    expect(deps.store.progress({ target: { kind: 'task', id: '3.2' } })).toHaveLength(4);
  });
});
