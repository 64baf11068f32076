import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UNDELIVERED_FILE } from '../../src/bot/worker/undelivered';
import { silentLogger } from '../../src/logger';
import { openFileStore, storePaths, verifyStore } from '../../src/store';
import { larkRequest, messageEvent, TEST_ENCRYPT_KEY } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { deliver } from '../support/lark-delivery';
import { exited, killTestServer, startTestServer, type TestServer } from '../support/test-server';
import { until } from '../support/until';
import { writeClockOffset } from '../support/write-clock-offset';

// How long an answer is worth sending, on the real server with the fake Lark and the test build's clock
// (AUDIT_CLOCK_FILE: an offset the test steps, so a day passes without waiting for it). An answer Lark keeps
// refusing with 5xx is retried for all of LARK_SEND_GIVE_UP_HOURS — across a restart, counted from when it was
// asked for — and then set aside: written to undelivered.jsonl, logged, counted in /healthz, never sent later.
// A 429 storm on one send is waited out however many times Lark throttles it (the old give-up was 30).

const HEAD = 'ou_head';
const HOUR = 3_600_000;

interface Health {
  ok: boolean;
  undelivered: number;
  owed: number;
}

describe('an answer Lark keeps refusing', () => {
  let fake: FakeLark;
  let dataDir: string;
  let clockFile: string;
  let server: TestServer | undefined;

  /** Moves the server's clock this far ahead of the real one, from now on. */
  const setOffset = (ms: number) => writeClockOffset(clockFile, ms);
  const start = async () => {
    server = await startTestServer({
      DATA_DIR: dataDir,
      ...fake.serverEnv(),
      LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY,
      AUDIT_CLOCK_FILE: clockFile,
      LARK_SEND_RETRY_MAX_MS: '100',
      LARK_SEND_GIVE_UP_HOURS: '24',
    });
  };
  const health = async () => (await fetch(`${server!.url}/healthz`).then((r) => r.json())) as Health;
  /** Lark delivering a message sent when the server's clock (this far ahead) says: true when acknowledged. */
  const deliverAt = async (offset: number, messageId: string, text: string) => {
    fake.knowMessage(messageId, 'oc_a');
    const at = Date.now() + offset;
    const event = messageEvent({
      messageId,
      chatId: 'oc_a',
      chatType: 'p2p',
      senderOpenId: HEAD,
      text,
      createTime: String(at),
    });
    const res = await fetch(`${server!.url}/webhook/event`, {
      method: 'POST',
      ...larkRequest(event, { timestamp: String(Math.floor(at / 1000)) }),
    });
    return res.status === 200;
  };
  /** Requests Lark refused so far for the reply to this message. */
  const refused = (messageId: string, status?: number) =>
    fake.requests.filter(
      (r) =>
        r.path.includes(`/messages/${messageId}/reply`) &&
        (status === undefined ? r.status >= 400 : r.status === status),
    ).length;
  /** The lines of undelivered.jsonl (the file may not exist yet). */
  const setAside = () => {
    const path = join(dataDir, UNDELIVERED_FILE);
    return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
  };
  const progressOf = (messageId: string) =>
    readFileSync(storePaths(dataDir).journal, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; msg?: string })
      .filter((r) => r.type === 'progress' && r.msg === messageId);

  beforeEach(async () => {
    fake = await FakeLark.start();
    dataDir = mkdtempSync(join(tmpdir(), 'give-up-'));
    clockFile = `${dataDir}.clock`;
    setOffset(0);
    const store = openFileStore({ dataDir, logger: silentLogger, fsync: false });
    store.addMember({ by: 'ou_admin', at: new Date() }, { openId: HEAD, division: '社保处', role: '处长' });
    store.close();
  });
  afterEach(async () => {
    await killTestServer(server);
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(clockFile, { force: true });
  });

  it('is retried for LARK_SEND_GIVE_UP_HOURS, across a restart, then set aside, logged and counted in /healthz', async () => {
    fake.outage = { status: 503, msg: 'service unavailable' };
    await start();
    expect(
      await deliver(server!.url, fake, {
        messageId: 'om_lost',
        chatId: 'oc_a',
        user: HEAD,
        text: '进展 3.2 第一步',
      }),
    ).toBe(true);
    await until(() => refused('om_lost') > 8, 30_000, '5xx tries');

    // 23 hours later Lark is still down: the answer is still owed and still tried.
    setOffset(23 * HOUR);
    let seen = refused('om_lost');
    await until(() => refused('om_lost') > seen + 5, 30_000, 'tries at +23 h');
    expect(await health()).toMatchObject({ ok: true, undelivered: 0, owed: 1 });

    // Killed and started again before the day is out: the retries resume, and the day still counts from
    // when the answer was asked for, not from the restart.
    server!.child.kill('SIGKILL');
    await exited(server!.child);
    setOffset(23.5 * HOUR);
    seen = refused('om_lost');
    await start();
    await until(() => refused('om_lost') > seen + 5, 30_000, 'tries after the restart');
    expect(await health()).toMatchObject({ ok: true, undelivered: 0, owed: 1 });
    expect(setAside()).toEqual([]);

    // Past 24 hours: set aside, once.
    setOffset(24 * HOUR + 60_000);
    await until(
      async () => {
        const now = await health();
        return now.undelivered === 1 && now.owed === 0;
      },
      30_000,
      'set aside',
    );
    expect(await health()).toMatchObject({ ok: true, undelivered: 1, owed: 0 });
    expect(setAside()).toHaveLength(1);
    const line = JSON.parse(setAside()[0]!) as {
      chat: string;
      replyTo: string;
      askedAt: string;
      content: string[];
    };
    expect(line).toMatchObject({ chat: 'oc_a', replyTo: 'om_lost', failed: 1, parts: 1 });
    // Asked for at the real start of the test, a day before the server's clock now.
    expect(Date.now() - Date.parse(line.askedAt)).toBeLessThan(10 * 60_000);
    expect(line.content.join('')).toContain('第一步');
    expect(server!.stderr()).toMatch(/answer set aside[^\n]*om_lost/);
    expect(server!.stderr()).toMatch(/send failed[^\n]*no longer useful/);

    // Lark back: a new message is answered; the one set aside is never sent, not even after a restart.
    fake.outage = undefined;
    expect(await deliverAt(24 * HOUR + 60_000, 'om_new', '进展 3.2 第二步')).toBe(true);
    await until(() => fake.repliesTo('om_new').length > 0, 20_000, 'the new answer');
    server!.child.kill('SIGTERM');
    expect(await exited(server!.child)).toEqual({ code: 0, signal: null });
    await start();
    expect(await health()).toMatchObject({ ok: true, undelivered: 1, owed: 0 });
    server!.child.kill('SIGTERM');
    expect(await exited(server!.child)).toEqual({ code: 0, signal: null });

    expect(fake.repliesTo('om_lost')).toHaveLength(0);
    expect(fake.repliesTo('om_new')).toHaveLength(1);
    // What was acknowledged is recorded once, delivered or not.
    expect(progressOf('om_lost')).toHaveLength(1);
    expect(progressOf('om_new')).toHaveLength(1);
    expect(verifyStore(dataDir)).toMatchObject({ ok: true });
  }, 150_000);

  it('waits out a 429 storm that throttles one send more than 30 times, and delivers it once', async () => {
    fake.outage = {
      status: 429,
      code: 99991400,
      msg: 'frequency limit',
      headers: { 'x-ogw-ratelimit-reset': '0.05' },
    };
    await start();
    expect(
      await deliver(server!.url, fake, {
        messageId: 'om_storm',
        chatId: 'oc_a',
        user: HEAD,
        text: '进展 3.2 风暴中',
      }),
    ).toBe(true);
    await until(() => refused('om_storm', 429) > 35, 40_000, 'more than 35 throttles of one send');
    expect(await health()).toMatchObject({ ok: true, undelivered: 0, owed: 1 });

    fake.outage = undefined;
    await until(() => fake.repliesTo('om_storm').length > 0, 20_000, 'the answer');
    server!.child.kill('SIGTERM');
    expect(await exited(server!.child)).toEqual({ code: 0, signal: null });

    expect(fake.repliesTo('om_storm')).toHaveLength(1);
    expect(fake.repliesTo('om_storm')[0]!.content).toContain('风暴中');
    // Every try was the same send: one uuid throughout.
    const uuids = new Set(
      fake.requests
        .filter((r) => r.path.includes('/messages/om_storm/reply'))
        .map((r) => (r.body as { uuid?: string }).uuid),
    );
    expect(uuids.size).toBe(1);
    expect(progressOf('om_storm')).toHaveLength(1);
    expect(setAside()).toEqual([]);
    expect(verifyStore(dataDir)).toMatchObject({ ok: true });
  }, 90_000);
});
