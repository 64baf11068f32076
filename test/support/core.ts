import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../../src/clock';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import type { IncomingMessage } from '../../src/message/incoming-message';
import { renderText } from '../../src/reply/render-text';

export const ADMIN = 'ou_test_admin';
export const NOW = new Date('2026-11-26T09:00:00+08:00');

let plans: CoreDeps['plans'] | undefined;

/** A fresh, empty data folder on real disk. */
export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'audit-core-'));
}

/**
 * Real core deps on the shipped plan in seeds/ (parsed once per test file) and a fresh, empty store in its
 * own temp DATA_DIR on every call, so no case sees another's records.
 */
export function coreDeps(): CoreDeps {
  const deps = createCoreDeps({
    admins: [ADMIN],
    clock: fixedClock(NOW),
    logger: silentLogger,
    dataDir: tempDataDir(),
    ...(plans ? { plans } : {}),
  });
  plans ??= deps.plans;
  return deps;
}

/** Sends one message through the real core and returns the plain-text rendering of the reply. */
export async function ask(text: string, overrides: Partial<IncomingMessage> = {}, deps = coreDeps()) {
  const message: IncomingMessage = { text, userId: ADMIN, chatId: 'oc_test', at: NOW, ...overrides };
  return renderText(await handleMessage(message, deps));
}
