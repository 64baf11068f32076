// What `/healthz` says: each part of the server (plan, jobs, store, inbox) reports its state, and any part
// that failed to start, or whose writes are failing now, makes the answer `ok: false` with its reason. Parts
// report once (start-up) or are asked on every request (live checks: writes that fail come and go).

export type HealthPart = 'plan' | 'jobs' | 'store' | 'database' | 'inbox';

export interface HealthReport {
  ok: boolean;
  /** Each part's state word (`loading`, `ready`, `running`, `off`, `failed` …). */
  parts: Partial<Record<HealthPart, string>>;
  /** The reason of each part that is not well, in one line each (absent when ok). */
  problems?: Partial<Record<HealthPart, string>>;
}

export interface Health {
  /** Records a part's state; with `problem`, the part is not well until it reports again without one. */
  report(part: HealthPart, state: string, problem?: string): void;
  /** A check asked on every request: the problem now (undefined when well). */
  watch(part: HealthPart, check: () => string | undefined): void;
  now(): HealthReport;
}

export function createHealth(): Health {
  const parts: Partial<Record<HealthPart, string>> = {};
  const problems = new Map<HealthPart, string>();
  const checks: { part: HealthPart; check: () => string | undefined }[] = [];
  return {
    report(part, state, problem) {
      parts[part] = state;
      if (problem) problems.set(part, problem);
      else problems.delete(part);
    },
    watch(part, check) {
      checks.push({ part, check });
    },
    now() {
      const found = new Map(problems);
      for (const { part, check } of checks) {
        const problem = check();
        if (problem && !found.has(part)) found.set(part, problem);
      }
      return {
        ok: found.size === 0,
        parts: { ...parts },
        ...(found.size > 0 ? { problems: Object.fromEntries(found) } : {}),
      };
    },
  };
}
