import { fixedClock } from '../../src/clock';
import type { CoreDeps, IncomingMessage } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { renderText } from '../../src/commands/render-text';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';

export const ADMIN = 'ou_test_admin';
export const NOW = new Date('2026-11-26T09:00:00+08:00');

let shared: CoreDeps | undefined;

/** Real core deps built from the shipped plan in seeds/ (parsed once per test file). */
export function coreDeps(): CoreDeps {
  shared ??= createCoreDeps({ admins: [ADMIN], clock: fixedClock(NOW), logger: silentLogger });
  return shared;
}

/** Sends one message through the real core and returns the plain-text rendering of the reply. */
export async function ask(text: string, overrides: Partial<IncomingMessage> = {}, deps = coreDeps()) {
  const message: IncomingMessage = { text, userId: ADMIN, chatId: 'oc_test', at: NOW, ...overrides };
  return renderText(await handleMessage(message, deps));
}
