import { readFileSync, statSync } from 'node:fs';

// Time is injected: nothing below src/main.ts and src/cli.ts reads the system clock directly.

export interface Clock {
  now(): Date;
}

/**
 * The machine's clock. In the test build only, AUDIT_CLOCK_FILE names a file holding an offset in ms that is
 * added to it (read again as it changes), so a test can step the running server's clock or stand it a day
 * behind; the production build (scripts/build.mjs) replaces the variable with undefined.
 */
export const systemClock: Clock = process.env.AUDIT_CLOCK_FILE
  ? offsetClock(process.env.AUDIT_CLOCK_FILE)
  : { now: () => new Date() };

function offsetClock(file: string): Clock {
  let offset = 0;
  let seen = '';
  return {
    now() {
      // Read again whenever the file is another one or changed (a test writes it whole and renames it into
      // place), never on a timer: a request stamped by the test's new clock must meet the new clock here.
      try {
        const stat = statSync(file);
        const version = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
        if (version !== seen) {
          const text = readFileSync(file, 'utf8').trim();
          // A file caught half-written keeps the last offset rather than jumping back to the real clock.
          if (text !== '' && Number.isFinite(Number(text))) {
            offset = Number(text);
            seen = version;
          }
        }
      } catch {
        offset = 0;
        seen = '';
      }
      return new Date(Date.now() + offset);
    },
  };
}

/** A clock pinned to one instant (tests, `say --now`, `job --now`). */
export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()) };
}
