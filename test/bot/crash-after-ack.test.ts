import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { larkRequest, messageEvent, TEST_ENCRYPT_KEY, TEST_TOKEN } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { exited, killTestServer, startTestServer, type TestServer } from '../support/test-server';
import { until } from '../support/until';

// The server as `npm start` runs it (tsx src/main.ts), killed with SIGKILL right after acknowledging,
// then started again on the same DATA_DIR: every acknowledged question is answered exactly once.

describe('a crash after the acknowledgement', () => {
  let fake: FakeLark;
  let dataDir: string;
  let server: TestServer | undefined;

  const start = async () => {
    server = await startTestServer({
      DATA_DIR: dataDir,
      ...fake.serverEnv(),
      LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY,
      LARK_VERIFICATION_TOKEN: TEST_TOKEN,
    });
  };
  const post = (event: Record<string, unknown>) =>
    fetch(`${server!.url}/webhook/event`, { method: 'POST', ...larkRequest(event) });

  beforeEach(async () => {
    fake = await FakeLark.start();
    dataDir = mkdtempSync(join(tmpdir(), 'bot-crash-'));
  });
  afterEach(async () => {
    await killTestServer(server);
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every acknowledged question exactly once after SIGKILL and a restart', async () => {
    await start();
    fake.stall = true; // Lark takes the message but the answer never reaches the bot.
    const events = ['om_crash_1', 'om_crash_2', 'om_crash_3'].map((id, i) =>
      messageEvent({ messageId: id, chatId: `oc_crash_${i}`, chatType: 'p2p', text: '帮助' }),
    );
    for (const event of events) expect((await post(event)).status).toBe(200);
    await until(() => fake.delivered.length >= 1, 15_000, 'a first delivery');
    server!.child.kill('SIGKILL');
    await exited(server!.child);
    fake.stall = false;
    fake.releaseStalled();

    await start();
    await until(
      () => ['om_crash_1', 'om_crash_2', 'om_crash_3'].every((id) => fake.repliesTo(id).length > 0),
      20_000,
      'all answers',
    );
    // Lark retries the first event after the restart: acknowledged, not answered again. A graceful stop
    // drains whatever work it might have caused, so counting after it leaves nothing to happen later.
    expect((await post(events[0]!)).status).toBe(200);
    server!.child.kill('SIGTERM');
    expect(await exited(server!.child)).toEqual({ code: 0, signal: null });
    for (const id of ['om_crash_1', 'om_crash_2', 'om_crash_3']) expect(fake.repliesTo(id)).toHaveLength(1);
    expect(fake.deduplicated).toBeGreaterThanOrEqual(1);
  });

  it('finishes in-flight work and exits 0 on SIGTERM', async () => {
    await start();
    expect((await post(messageEvent({ messageId: 'om_term', chatType: 'p2p', text: '帮助' }))).status).toBe(
      200,
    );
    server!.child.kill('SIGTERM');
    expect(await exited(server!.child)).toEqual({ code: 0, signal: null });
    expect(fake.repliesTo('om_term')).toHaveLength(1);
  });
});
