import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workingCalendarOf } from '../../src/core-deps';
import { JobState } from '../../src/jobs/job-state';
import type { JobRunDeps } from '../../src/jobs/run-job';
import { silentLogger } from '../../src/logger';
import type { PlanKnowledge } from '../../src/plan/knowledge';
import { loadPlan } from '../../src/plan/load-plan';
import type { AddressedReply } from '../../src/reply/reply';
import { openFileStore, type Store } from '../../src/store';

// A real store and real job state in a temp DATA_DIR, the shipped plan, and a `send` that records.

export const REMINDER_CHAT = 'oc_work_group';
export const DIGEST_CHAT = 'oc_secretariat';
export const ADMIN = 'ou_admin';

let knowledge: PlanKnowledge | undefined;
export const planKnowledge = () => {
  knowledge ??= loadPlan().knowledge;
  return knowledge;
};

/** `2026-11-26 09:30` in Shanghai as an instant. */
export const shanghai = (day: string, time = '09:30') => new Date(`${day}T${time}:00+08:00`);

export interface JobFixture {
  dir: string;
  store: Store;
  sent: AddressedReply[];
  /** Fresh deps, re-reading job state and calendar overrides from disk, as a restarted process would. */
  deps(): JobRunDeps;
  register(
    at: Date,
    item: {
      issue: string;
      unit: string;
      division: string;
      deadline: string;
      responsible?: string;
      responsibleId?: string;
    },
  ): string;
  cleanup(): void;
}

export function jobFixture(): JobFixture {
  const dir = mkdtempSync(join(tmpdir(), 'jobs-'));
  const store = openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
  const sent: AddressedReply[] = [];
  return {
    dir,
    store,
    sent,
    deps: () => ({
      store,
      knowledge: planKnowledge(),
      calendar: workingCalendarOf(dir, store, silentLogger),
      timeZone: 'Asia/Shanghai',
      reminderChatId: REMINDER_CHAT,
      digestChatId: DIGEST_CHAT,
      state: JobState.open(dir),
      logger: silentLogger,
      send: async (reply) => {
        sent.push(reply);
      },
    }),
    register: (at, item) => store.registerItem({ by: ADMIN, at }, item).id,
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
