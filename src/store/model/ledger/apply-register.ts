import type { JournalEvent } from '../../schemas';
import type { RectificationItem } from '../../types';
import { ReplayError } from '../replay-error';
import { entryBase } from './entry-base';
import type { LedgerState } from './ledger-state';

/** 登记: a new item, 整改中, its history begun (`division`: the name the division goes by now). */
export function applyRegister(
  ledger: LedgerState,
  event: Extract<JournalEvent, { type: 'zg.register' }>,
  division: (name: string) => string,
): RectificationItem {
  const d = event.data;
  if (ledger.items.has(d.id)) throw new ReplayError(event.seq, event.type, `${d.id} is registered already`);
  const item: RectificationItem = {
    id: d.id,
    issue: d.issue,
    unit: d.unit,
    ...(d.responsible ? { responsible: d.responsible } : {}),
    ...(d.responsibleId ? { responsibleId: d.responsibleId } : {}),
    division: division(d.division),
    ...(d.taskId ? { taskId: d.taskId } : {}),
    ...(d.plan ? { plan: d.plan } : {}),
    ...(d.kind ? { kind: d.kind } : {}),
    ...(d.amount !== undefined ? { amount: d.amount } : {}),
    ...(d.original ? { original: d.original } : {}),
    ...(d.source ? { source: d.source } : {}),
    deadline: d.deadline,
    status: '整改中',
    registeredAt: event.at,
    registeredBy: event.by,
    history: [
      {
        ...entryBase(event),
        kind: '登记',
        text: d.issue,
        newDeadline: d.deadline,
        ...(d.amount !== undefined ? { amount: d.amount } : {}),
      },
    ],
  };
  ledger.items.set(item.id, item);
  return item;
}
