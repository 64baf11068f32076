import { TEST_ENCRYPT_KEY, TEST_TOKEN } from '../fixtures/lark/events';
import type { FakeLark } from './fake-lark';
import type { TestDatabase } from './pg-database';
import { startTestServer, type TestServer } from './test-server';

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
