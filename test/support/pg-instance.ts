import { expect } from 'vitest';
import { TEST_ENCRYPT_KEY, TEST_TOKEN } from '../fixtures/lark/events';
import type { FakeLark } from './fake-lark';
import { type Delivery, deliver } from './lark-delivery';
import type { TestDatabase } from './pg-database';
import { startTestServer, type TestServer } from './test-server';
import { until } from './until';

// A real server instance on a PostgreSQL database, speaking to the fake Lark with the test keys, its own
// DATA_DIR, `admin` its administrator: what tests of several instances on one database start.

export function startPgInstance(
  db: TestDatabase,
  fake: FakeLark,
  dataDir: string,
  admin: string,
  env: Record<string, string> = {},
): Promise<TestServer> {
  return startTestServer({
    DATA_DIR: dataDir,
    DATABASE_URL: db.url,
    ...fake.serverEnv(),
    LARK_ENCRYPT_KEY: TEST_ENCRYPT_KEY,
    LARK_VERIFICATION_TOKEN: TEST_TOKEN,
    ADMIN_OPEN_IDS: admin,
    ...env,
  });
}

/** Everything the bot answered to one message, as one text. */
export function answerTo(fake: FakeLark, messageId: string): string {
  return fake
    .repliesTo(messageId)
    .map((m) => m.content)
    .join('\n');
}

/** Lark delivering one message to `server` (acknowledged with 200), and everything the bot answered to it. */
export async function sayOn(server: TestServer, fake: FakeLark, m: Delivery): Promise<string> {
  expect(await deliver(server.url, fake, m)).toBe(true);
  await until(() => fake.repliesTo(m.messageId).length > 0, 30_000, `answer to ${m.text}`);
  return answerTo(fake, m.messageId);
}
