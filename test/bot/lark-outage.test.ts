import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger';
import { openFileStore, storePaths, verifyStore } from '../../src/store';
import { calendarFilePath } from '../../src/time/calendar-overrides';
import { addDays, calendarDay } from '../../src/time/zoned-time';
import { TEST_ENCRYPT_KEY } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { deliver } from '../support/lark-delivery';
import { exited, killTestServer, startTestServer, type TestServer } from '../support/test-server';
import { until } from '../support/until';

// Lark down — 5xx, then a 429 storm — for longer than any give-up the bot ever had (6 tries, 30 throttles),
// with the server killed and started again in the middle of it, and the day's reminder due meanwhile. The
// backoff's clock is shortened (LARK_SEND_RETRY_MAX_MS). When Lark comes back, every acknowledged message is
// answered once, in order per chat, recorded once; the reminder goes out once; verify holds.

const HEAD = 'ou_head';
const CHATS = ['oc_a', 'oc_b'];
const PER_CHAT = 5;

describe('answers outlast a Lark outage', () => {
  let fake: FakeLark;
  let dataDir: string;
  let server: TestServer | undefined;

  const start = async () => {
    server = await startTestServer({
      DATA_DIR: dataDir,
      ...fake.serverEnv(),
      LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY,
      LARK_SEND_RETRY_MAX_MS: '100',
      REMINDER_CHAT_ID: 'oc_work',
      DIGEST_CHAT_ID: 'oc_secretariat',
      REMINDER_TIME: '00:00',
      DIGEST_TIME: '00:00',
    });
  };
  /** Failed send or reply requests so far for a message (or to a chat). */
  const tries = (target: string) =>
    fake.requests.filter(
      (r) =>
        r.status >= 400 &&
        (r.path.includes(`/messages/${target}/reply`) ||
          (r.path === '/open-apis/im/v1/messages' &&
            (r.body as { receive_id?: string })?.receive_id === target)),
    ).length;

  beforeEach(async () => {
    fake = await FakeLark.start();
    dataDir = mkdtempSync(join(tmpdir(), 'outage-'));
    const today = calendarDay(new Date());
    writeFileSync(calendarFilePath(dataDir), JSON.stringify({ [today]: 'workday' }));
    const store = openFileStore({ dataDir, logger: silentLogger, fsync: false });
    const meta = { by: 'ou_admin', at: new Date() };
    store.addMember(meta, { openId: HEAD, division: '社保处', role: '处长' });
    store.registerItem(meta, {
      issue: '逾期问题',
      unit: '某单位',
      division: '社保处',
      deadline: addDays(today, -3),
    });
    store.close();
  });
  afterEach(async () => {
    await killTestServer(server);
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every answer and the day’s reminder through 5xx and a 429 storm and a restart, and sends each once, in order', async () => {
    fake.outage = { status: 503, msg: 'service unavailable' };
    await start();
    const ids: string[] = [];
    for (let i = 0; i < PER_CHAT; i += 1)
      for (const chat of CHATS) {
        const id = `om_${chat}_${i}`;
        ids.push(id);
        expect(
          await deliver(server!.url, fake, {
            messageId: id,
            chatId: chat,
            user: HEAD,
            text: `进展 3.2 ${chat} 第 ${i} 步`,
          }),
        ).toBe(true);
      }
    // Longer than the old give-up (6 tries) for the first answer of each chat, and for the reminder.
    await until(
      () => CHATS.every((c) => tries(`om_${c}_0`) > 8) && tries('oc_work') > 8,
      30_000,
      '5xx tries',
    );
    const health = (await fetch(`${server!.url}/healthz`).then((r) => r.json())) as { owed: number };
    expect(health).toMatchObject({ ok: true, undelivered: 0 });
    expect(health.owed).toBeGreaterThan(0);

    // Killed mid-outage, started again while Lark now throttles everything; the reset it asks for is waited.
    server!.child.kill('SIGKILL');
    await exited(server!.child);
    fake.outage = {
      status: 429,
      code: 99991400,
      msg: 'frequency limit',
      headers: { 'x-ogw-ratelimit-reset': '0.2' },
    };
    const before = fake.requests.length;
    await start();
    await until(
      () => fake.requests.slice(before).filter((r) => r.status === 429).length > 35,
      40_000,
      '429 tries',
    );
    const throttled = fake.requests
      .slice(before)
      .filter((r) => r.status === 429 && r.path.includes('om_oc_a_0'));
    for (let i = 1; i < throttled.length; i += 1)
      expect(throttled[i]!.at - throttled[i - 1]!.at).toBeGreaterThanOrEqual(190);

    fake.outage = undefined;
    await until(
      () => ids.every((id) => fake.repliesTo(id).length > 0) && fake.inChat('oc_work').length > 0,
      30_000,
      'every answer',
    );
    server!.child.kill('SIGTERM');
    expect(await exited(server!.child)).toEqual({ code: 0, signal: null });

    for (const id of ids) expect(fake.repliesTo(id)).toHaveLength(1);
    expect(fake.inChat('oc_work')).toHaveLength(1);
    for (const chat of CHATS) {
      const order = fake.delivered.filter((m) => m.chatId === chat).map((m) => m.replyTo);
      expect(order).toEqual(Array.from({ length: PER_CHAT }, (_, i) => `om_${chat}_${i}`));
    }
    const journal = readFileSync(storePaths(dataDir).journal, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const id of ids)
      expect(
        journal.filter((r) => r.msg === id && r.type === 'progress'),
        fake.repliesTo(id)[0]?.content,
      ).toHaveLength(1);
    expect(verifyStore(dataDir)).toMatchObject({ ok: true });
  }, 150_000);
});
