// Time is injected: nothing below src/main.ts and src/cli.ts reads the system clock directly.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock pinned to one instant (tests, `say --now`, `job --now`). */
export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()) };
}
