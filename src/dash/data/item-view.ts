import type { PlanKnowledge } from '../../plan/knowledge';
import type { PlanEntry } from '../../plans/plan-entry';
import type { PlanRegistry } from '../../plans/plan-registry';
import { fileSizeText } from '../../reply/file-size-text';
import { targetLabel } from '../../reports/target-label';
import {
  displayName,
  type ItemEvent,
  type RectificationItem,
  responsibleName,
  type Store,
  type Warning,
  warningLevel,
} from '../../store';
import { isOpen } from '../../store/model/ledger/is-open';
import { localTime } from '../../time/local-time';

// One item as its page shows it: its fields with names for people, its warning, and its whole history.

export interface HistoryRow {
  event: ItemEvent;
  at: string;
  by: string;
  requestedBy?: string;
  /** 移交: what changed, as `处室:社保处 → 投资处`. */
  changes: string[];
}

/** An evidence file as the page lists it: a download link behind the same sign-in. */
export interface EvidenceRow {
  name: string;
  size: string;
  by: string;
  at: string;
  text: string;
  sha256: string;
  href: string;
}

export interface ItemView {
  item: RectificationItem;
  responsible?: string;
  warning?: Warning;
  taskLabel?: string;
  registeredAt: string;
  registeredBy: string;
  closedAt?: string;
  pendingBy?: string;
  history: HistoryRow[];
  /** 佐证材料, oldest first. */
  evidence: EvidenceRow[];
  /** The message the item was registered by (a Lark `om_…` id, when it came from Lark). */
  registrationMessage?: string;
}

export function itemView(
  item: RectificationItem,
  store: Store,
  context: {
    /** The current plan and its knowledge: a task of another plan is named with its plan. */
    plan: PlanEntry;
    knowledge: PlanKnowledge;
    plans: PlanRegistry;
    today: string;
    /** The last yellow deadline seen from `today` (dueSoonUntil). */
    soonUntil: string;
    timeZone: string;
  },
): ItemView {
  const { timeZone } = context;
  const responsible = responsibleName(item, store);
  const registration = item.history.find((h) => h.kind === '登记')?.messageId;
  return {
    item,
    ...(responsible ? { responsible } : {}),
    ...(isOpen(item) ? { warning: warningLevel(item.deadline, context.today, context.soonUntil) } : {}),
    ...(item.taskId
      ? {
          taskLabel: targetLabel(
            { kind: 'task', id: item.taskId, ...(item.plan ? { plan: item.plan } : {}) },
            {
              current: { id: context.plan.id, knowledge: context.knowledge, lexicon: context.plan.lexicon },
              plans: context.plans,
            },
          ),
        }
      : {}),
    registeredAt: localTime(item.registeredAt, timeZone),
    registeredBy: displayName(store, item.registeredBy),
    ...(item.closedAt ? { closedAt: localTime(item.closedAt, timeZone) } : {}),
    ...(item.pending ? { pendingBy: displayName(store, item.pending.by) } : {}),
    history: item.history.map((event) => ({
      event,
      at: localTime(event.at, timeZone),
      by: displayName(store, event.by),
      ...(event.requestedBy ? { requestedBy: displayName(store, event.requestedBy) } : {}),
      changes: (event.changes ?? []).map((c) => `${c.field}:${c.from || '(无)'} → ${c.to || '(无)'}`),
    })),
    evidence: item.history.flatMap((event) =>
      event.file
        ? [
            {
              name: event.file.name,
              size: fileSizeText(event.file.size),
              by: displayName(store, event.by),
              at: localTime(event.at, timeZone),
              text: event.text,
              sha256: event.file.sha256,
              href: `/dash/items/${encodeURIComponent(item.id)}/files/${event.file.sha256}`,
            },
          ]
        : [],
    ),
    ...(registration?.startsWith('om_') ? { registrationMessage: registration } : {}),
  };
}
