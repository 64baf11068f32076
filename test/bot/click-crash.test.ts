import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CrashPointName } from '../../src/crash-point';
import { silentLogger } from '../../src/logger';
import { openFileStore, storePaths, verifyStore } from '../../src/store';
import { cardActionEvent, larkRequest, TEST_ENCRYPT_KEY } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { exited, killTestServer, startTestServer, type TestServer } from '../support/test-server';
import { until } from '../support/until';

// The real server killed (SIGKILL) while it works on a card click — once the click is durable, once its work
// has started, once its change is committed — and started again on the same DATA_DIR. Lark does not deliver
// a callback again, so the restarted server finishes the click from its inbox: the item is closed exactly
// once and the clicker learns the outcome (the card's token was never answered, so as a reply to the card).

const HEAD = 'ou_li';
const POINTS: CrashPointName[] = ['after-inbox-fsync', 'after-ack', 'after-head'];

describe('a crash while a card click is worked on', () => {
  let fake: FakeLark;
  let dataDir: string;
  let server: TestServer | undefined;
  let itemId: string;

  const start = async (crashAt = '') => {
    server = await startTestServer({
      DATA_DIR: dataDir,
      ...fake.serverEnv(),
      LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY,
      AUDIT_CRASH_POINT: crashAt,
    });
  };

  beforeEach(async () => {
    fake = await FakeLark.start();
    dataDir = mkdtempSync(join(tmpdir(), 'click-crash-'));
    const store = openFileStore({ dataDir, logger: silentLogger });
    const meta = { by: 'ou_admin', at: new Date() };
    store.addMember(meta, { openId: HEAD, division: '社保处', role: '处长' });
    itemId = store.registerItem(meta, {
      issue: '养老金重复发放',
      unit: '市社保中心',
      division: '社保处',
      deadline: '2030-06-30',
    }).id;
    store.close();
  });
  afterEach(async () => {
    await killTestServer(server);
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(POINTS)(
    'killed at %s: closed once after the restart, and the clicker is told',
    { timeout: 60_000 },
    async (point) => {
      await start(`${point}@1`);
      const running = server!.child;
      fake.knowMessage('om_card', 'oc_work');
      const event = cardActionEvent({
        eventId: 'ev_click_crash',
        operatorOpenId: HEAD,
        chatId: 'oc_work',
        messageId: 'om_card',
        cardToken: fake.issueCardToken(),
        value: { cmd: `整改 销号 ${itemId} {t0_0}` },
        formValue: { t0_0: '资金已全部收回' },
      });
      const answered = await fetch(`${server!.url}/webhook/card`, {
        method: 'POST',
        ...larkRequest(event),
      }).then(
        () => true,
        () => false,
      );
      expect(answered).toBe(false);
      expect(await exited(running)).toEqual({ code: null, signal: 'SIGKILL' });

      await start();
      await until(() => fake.repliesTo('om_card').length > 0, 30_000, 'the answer to the click');
      server!.child.kill('SIGTERM');
      expect(await exited(server!.child)).toEqual({ code: 0, signal: null });

      const replies = fake.repliesTo('om_card');
      expect(replies).toHaveLength(1);
      expect(replies[0]!.content).toContain('已销号');
      const journal = readFileSync(storePaths(dataDir).journal, 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { msg?: string; type: string });
      expect(journal.filter((r) => r.msg === 'ev_click_crash').map((r) => r.type)).toEqual([
        'zg.close',
        'outcome',
      ]);
      expect(verifyStore(dataDir)).toMatchObject({ ok: true });
    },
  );
});
