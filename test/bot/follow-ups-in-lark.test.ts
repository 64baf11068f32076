import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { larkRequest, messageEvent } from '../fixtures/lark/events';
import { coreDeps } from '../support/core';
import { FakeLark } from '../support/fake-lark';
import { startTestBot, type TestBot } from './start-test-bot';

// A follow-up typed in Lark is read against what the same chat asked before: the door hands the core the
// chat's id, and the core keeps each chat's topic apart.

describe('follow-ups through the Lark webhook', () => {
  let fake: FakeLark;
  let bot: TestBot;
  let deps: CoreDeps;
  beforeEach(async () => {
    fake = await FakeLark.start();
    deps = coreDeps();
    bot = await startTestBot(fake, { handle: (m, options) => handleMessage(m, deps, options) });
  });
  afterEach(async () => {
    await bot.close();
    await fake.close();
  });

  const send = async (messageId: string, chatId: string, text: string) => {
    fake.knowMessage(messageId, chatId);
    const res = await bot.post('/webhook/event', larkRequest(messageEvent({ messageId, chatId, text })));
    expect(res.status).toBe(200);
    await bot.bot.idle();
    return fake
      .repliesTo(messageId)
      .map((r) => r.content)
      .join('\n');
  };

  it('answers 这个是哪个处牵头的 with the task the chat named before, and not in another chat', async () => {
    await send('om_f1', 'oc_group_a', '3.2');
    expect(await send('om_f2', 'oc_group_a', '这个是哪个处牵头的')).toContain('社保处');
    expect(await send('om_f3', 'oc_group_b', '这个是哪个处牵头的')).not.toContain('社保处');
  });
});
