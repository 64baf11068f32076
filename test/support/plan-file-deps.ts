import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fixedClock } from '../../src/clock';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import { renderText } from '../../src/reply/render-text';
import { ADMIN, tempDataDir } from './core';

/** Real core deps on these plan files (the first the legacy one), a clock fixed at `at`, and a fresh store. */
export function depsOnPlanFiles(files: readonly string[], at: Date): CoreDeps {
  const seeds = mkdtempSync(join(tmpdir(), 'plan-files-'));
  files.forEach((file, i) => {
    copyFileSync(file, join(seeds, `${i + 1}-${basename(file)}`));
  });
  return createCoreDeps({
    seedsDir: seeds,
    admins: [ADMIN],
    clock: fixedClock(at),
    logger: silentLogger,
    dataDir: tempDataDir(),
  });
}

let n = 0;

/** One message from the administrator through the real core, its reply as plain text. */
export async function sayTo(
  deps: CoreDeps,
  text: string,
  chatId: string,
  at: Date,
  userId = ADMIN,
): Promise<string> {
  n += 1;
  return renderText(await handleMessage({ text, userId, chatId, messageId: `om_plan_files_${n}`, at }, deps));
}
