import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

// Real headless Chromium for the dashboard's browser tests: Debian's `chromium` package (`.ci/run` installs it),
// driven by playwright-core. Where none can be started the suite says so in one line and is skipped.

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The flags that work on a shared, offline machine (no sandbox as root, no GPU, nothing phoning home). */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser with a fresh profile (playwright gives each launch its own --user-data-dir), or undefined. */
export async function openBrowser(suite: string): Promise<Browser | undefined> {
  const skip = (why: string) => {
    process.stderr.write(`${suite}: skipped, ${why} (apt-get install chromium)\n`);
    return undefined;
  };
  if (!existsSync(CHROMIUM)) return skip(`no browser at ${CHROMIUM}`);
  try {
    return await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, timeout: 30_000 });
  } catch (error) {
    return skip(
      `${CHROMIUM} does not start: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
    );
  }
}
