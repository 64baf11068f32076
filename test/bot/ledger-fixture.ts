import { readFileSync } from 'node:fs';
import { fixedClock } from '../../src/clock';
import type { CoreDeps } from '../../src/commands/context';
import { reminderActions } from '../../src/commands/ledger/reminder-actions';
import { createCoreDeps } from '../../src/core-deps';
import { silentLogger } from '../../src/logger';
import type { AddressedReply } from '../../src/reply/reply';
import { reminders } from '../../src/reports/reminders';
import { storePaths } from '../../src/store';
import { ADMIN, coreDeps, NOW, tempDataDir } from '../support/core';

// A real core on the shipped plan with a small ledger: 社保处 (a 处长 and a 成员) tracks two items, one
// overdue and one due soon; 投资处 has a 处长 too. `reminder()` is today's reminder for 社保处 with each
// item's buttons, as the work group receives it.

export const HEAD = 'ou_head_sb';
export const MEMBER = 'ou_zhao_sb';
export const OTHER = 'ou_head_tz';
export const STRANGER = 'ou_nobody';
export const CHAT = 'oc_work';

export interface LedgerFixture {
  deps: CoreDeps;
  dataDir: string;
  items: string[];
  /** The journal's records (source message id and type). */
  journal(): { msg?: string; type: string }[];
  reminder(): AddressedReply;
  close(): void;
}

const DIVISIONS = ['社保处', '投资处', '秘书处'];

export function ledgerFixture(): LedgerFixture {
  const plan = coreDeps();
  plan.store.close();
  const dataDir = tempDataDir();
  const deps = createCoreDeps({
    admins: [ADMIN],
    clock: fixedClock(NOW),
    logger: silentLogger,
    dataDir,
    plans: plan.plans,
  });
  const meta = { by: ADMIN, at: new Date('2026-09-01T10:00:00+08:00') };
  deps.store.addMember(meta, { openId: HEAD, division: '社保处', role: '处长', name: '王处' });
  deps.store.addMember(meta, { openId: MEMBER, division: '社保处', role: '成员', name: '赵六' });
  deps.store.addMember(meta, { openId: OTHER, division: '投资处', role: '处长', name: '李处' });
  const items = [
    deps.store.registerItem(meta, {
      issue: '社保基金闲置',
      unit: '市社保中心',
      division: '社保处',
      deadline: '2026-11-20',
    }).id,
    deps.store.registerItem(meta, {
      issue: '养老金发放滞后',
      unit: '市人社局',
      division: '社保处',
      deadline: '2026-11-30',
    }).id,
  ];
  return {
    deps,
    dataDir,
    items,
    journal: () =>
      readFileSync(storePaths(dataDir).journal, 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { msg?: string; type: string }),
    reminder() {
      const [reminder] = reminders(NOW, {
        store: deps.store,
        knowledge: deps.knowledge,
        calendar: deps.calendar,
        timeZone: deps.timeZone,
        reminderChatId: CHAT,
        actionsFor: (item, today) =>
          reminderActions(item, today, { timeZone: deps.timeZone, divisions: DIVISIONS }),
      });
      return reminder!;
    },
    close: () => deps.store.close(),
  };
}
