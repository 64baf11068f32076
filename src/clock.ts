import { readFileSync } from 'node:fs';

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
  let readAt = Number.NEGATIVE_INFINITY;
  return {
    now() {
      const real = Date.now();
      if (real - readAt > 50) {
        readAt = real;
        try {
          offset = Number(readFileSync(file, 'utf8').trim()) || 0;
        } catch {
          offset = 0;
        }
      }
      return new Date(real + offset);
    },
  };
}

/** A clock pinned to one instant (tests, `say --now`, `job --now`). */
export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()) };
}
