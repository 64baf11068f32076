import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger';
import { openFileStore, storePaths, verifyStore } from '../../src/store';
import { calendarFilePath } from '../../src/time/calendar-overrides';
import { addDays, calendarDay } from '../../src/time/zoned-time';
import { larkRequest, messageEvent, TEST_ENCRYPT_KEY } from '../fixtures/lark/events';
import { FakeLark } from '../support/fake-lark';
import { exited, killTestServer, startTestServer, type TestServer } from '../support/test-server';
import { until } from '../support/until';
import { writeClockOffset } from '../support/write-clock-offset';

// The companion of scheduler-faults.test.ts: the same faults — the process paused across 09:30, the clock
// stepped past it, the clock a day behind at a restart — with people writing to the bot before, during and
// after them. Every acknowledged message is answered once and recorded once, the reminder goes out once, and
// verify holds.

const DAY = calendarDay(new Date());
const YESTERDAY = addDays(DAY, -1);
const HEAD = 'ou_head';
const CHATS = ['oc_a', 'oc_b'];

describe('messages through scheduler faults', () => {
  let fake: FakeLark;
  let dataDir: string;
  let clockFile: string;
  let offset = 0;
  let server: TestServer | undefined;
  const acked: string[] = [];
  let n = 0;

  /** Sets the server's clock to this wall-clock time (Asia/Shanghai) on `day`, from now on. */
  const setClock = (day: string, time: string) => {
    offset = new Date(`${day}T${time}+08:00`).getTime() - Date.now();
    writeClockOffset(clockFile, offset);
  };
  const start = async () => {
    server = await startTestServer({
      DATA_DIR: dataDir,
      ...fake.serverEnv(),
      LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY,
      AUDIT_CLOCK_FILE: clockFile,
      REMINDER_CHAT_ID: 'oc_work',
      REMINDER_TIME: '09:30',
    });
  };
  const stop = async () => {
    server!.child.kill('SIGTERM');
    expect(await exited(server!.child)).toEqual({ code: 0, signal: null });
  };
  /** Lark delivering one message, stamped and signed at the server's clock; kept when acknowledged. */
  const send = async (): Promise<void> => {
    n += 1;
    const messageId = `om_sched_${n}`;
    const chatId = CHATS[n % CHATS.length]!;
    fake.knowMessage(messageId, chatId);
    const at = Date.now() + offset;
    const event = messageEvent({
      messageId,
      chatId,
      chatType: 'p2p',
      senderOpenId: HEAD,
      text: `进展 3.2 第 ${n} 次督查`,
      createTime: String(at),
    });
    const res = await fetch(`${server!.url}/webhook/event`, {
      method: 'POST',
      ...larkRequest(event, { timestamp: String(Math.floor(at / 1000)) }),
    });
    expect(res.status).toBe(200);
    acked.push(messageId);
  };
  const burst = (count: number) => Promise.all(Array.from({ length: count }, () => send()));
  const allAnswered = () =>
    until(() => acked.every((id) => fake.repliesTo(id).length > 0), 30_000, 'every answer');
  const reminders = () => fake.inChat('oc_work');

  /** Each acknowledged message answered once and recorded once; nothing else recorded; verify ok. */
  const eachOnce = () => {
    for (const id of acked) expect(fake.repliesTo(id), id).toHaveLength(1);
    const progress = readFileSync(storePaths(dataDir).journal, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; msg?: string })
      .filter((r) => r.type === 'progress');
    expect(progress.map((r) => r.msg).sort()).toEqual([...acked].sort());
    expect(verifyStore(dataDir)).toMatchObject({ ok: true });
  };

  beforeEach(async () => {
    acked.length = 0;
    n = 0;
    fake = await FakeLark.start();
    dataDir = mkdtempSync(join(tmpdir(), 'scheduler-answered-'));
    clockFile = `${dataDir}.clock`;
    writeFileSync(calendarFilePath(dataDir), JSON.stringify({ [DAY]: 'workday', [YESTERDAY]: 'workday' }));
    const store = openFileStore({ dataDir, logger: silentLogger, fsync: false });
    const meta = { by: 'ou_admin', at: new Date() };
    store.addMember(meta, { openId: HEAD, division: '社保处', role: '处长' });
    store.registerItem(meta, {
      issue: '逾期问题',
      unit: '某单位',
      division: '社保处',
      deadline: addDays(YESTERDAY, -10),
    });
    store.close();
  });
  afterEach(async () => {
    await killTestServer(server);
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(clockFile, { force: true });
  });

  it('answers every message once when the process is paused across 09:30 with messages waiting', async () => {
    setClock(DAY, '09:20:00');
    await start();
    await until(() => server!.stderr().includes('"catchUp":[]'), 20_000, 'the scheduler');
    await burst(6);
    setClock(DAY, '09:29:58');
    server!.child.kill('SIGSTOP');
    // Lark delivers while the process cannot run: these wait in the socket until it runs again.
    const during = burst(6);
    await new Promise((r) => setTimeout(r, 4000));
    server!.child.kill('SIGCONT');
    await during;
    await burst(6);
    await until(() => reminders().length > 0, 20_000, 'the reminder');
    await allAnswered();
    await stop();
    expect(reminders()).toHaveLength(1);
    expect(acked).toHaveLength(18);
    eachOnce();
  }, 90_000);

  it('answers every message once when the clock steps past 09:30 and, after a restart, stands a day behind', async () => {
    setClock(DAY, '09:00:00');
    await start();
    await until(() => server!.stderr().includes('"catchUp":[]'), 20_000, 'the scheduler');
    await burst(6);
    setClock(DAY, '11:00:00');
    await burst(6);
    await until(() => reminders().length > 0, 20_000, 'the reminder');
    await allAnswered();
    await stop();

    setClock(YESTERDAY, '11:00:00');
    await start();
    await until(() => server!.stderr().includes('"catchUp":[]'), 20_000, 'the scheduler');
    await burst(6);
    await allAnswered();
    await stop();
    expect(reminders()).toHaveLength(1);
    expect(acked).toHaveLength(18);
    eachOnce();
  }, 90_000);
});
