import type { JournalEvent, LedgerFile, RosterFile, TargetsFile } from './schemas';
import type { ItemEvent, ProgressTarget, ProgressUpdate, RectificationItem } from './types';

// The current state as a pure function of the journal: the store applies each new record here, and
// `verify` replays the whole journal through the same code to compare with the files on disk.

/** Which state file a record changes: `roster`, `targets`, `ledger-2026`, or `progress` (journal only). */
export type Concern = 'roster' | 'targets' | 'progress' | `ledger-${string}`;

export function concernOf(event: JournalEvent): Concern {
  switch (event.type) {
    case 'member.add':
    case 'member.remove':
      return 'roster';
    case 'target.assign':
      return 'targets';
    case 'progress':
    case 'progress.retract':
      return 'progress';
    default:
      return `ledger-${itemYear(event.data.id)}`;
  }
}

/** `ZG-2026-001` → `2026`. */
export function itemYear(id: string): string {
  return id.slice(3, 7);
}

export class ReplayError extends Error {}

/**
 * The update a progress record makes, from a journal record (`head` and its `data`) or a progress-log line
 * (both at once). Built with its fields spelled out: the first index build makes tens of thousands.
 */
export function progressUpdateOf(
  head: { seq: number; at: string; by: string; msg?: string | undefined },
  data: { target: ProgressTarget; division: string; text: string },
): ProgressUpdate {
  const update: ProgressUpdate = {
    seq: head.seq,
    at: head.at,
    by: head.by,
    target: data.target,
    division: data.division,
    text: data.text,
  };
  if (head.msg) update.messageId = head.msg;
  return update;
}

export class StateModel {
  roster: RosterFile = { seq: 0, members: [] };
  targets: TargetsFile = { seq: 0, owners: [] };
  readonly ledgers = new Map<string, LedgerFile>();
  readonly items = new Map<string, RectificationItem>();
  /** Every progress update in journal order (retracted ones included, flagged). */
  readonly progress: ProgressUpdate[] = [];
  readonly progressBySeq = new Map<number, ProgressUpdate>();

  /** Loads a ledger file read from disk (its items become addressable by id). */
  setLedger(concern: string, file: LedgerFile): void {
    this.ledgers.set(concern, file);
    for (const item of file.items) this.items.set(item.id, item);
  }

  addProgress(update: ProgressUpdate): void {
    this.progress.push(update);
    this.progressBySeq.set(update.seq, update);
  }

  /** Record `seq` (at `at`) takes back update `updateSeq`. */
  retractProgress(seq: number, at: string, updateSeq: number): ProgressUpdate {
    const update = this.progressBySeq.get(updateSeq);
    if (!update) throw new ReplayError(`记录 ${seq} 撤销的进展 #${updateSeq} 不存在`);
    update.retracted = { seq, at };
    return update;
  }

  apply(event: JournalEvent): Concern {
    const concern = concernOf(event);
    const { at, by, seq } = event;
    switch (event.type) {
      case 'member.add': {
        const { openId, division, role, name } = event.data;
        const member = { openId, division, role, ...(name ? { name } : {}), since: at };
        const i = this.roster.members.findIndex((m) => m.openId === openId);
        if (i >= 0) this.roster.members[i] = member;
        else this.roster.members.push(member);
        this.roster.seq = seq;
        break;
      }
      case 'member.remove':
        this.roster.members = this.roster.members.filter((m) => m.openId !== event.data.openId);
        this.roster.seq = seq;
        break;
      case 'target.assign': {
        const { kind, index, division } = event.data;
        const owner = { kind, index, division, by, at };
        const i = this.targets.owners.findIndex((o) => o.kind === kind && o.index === index);
        if (i >= 0) this.targets.owners[i] = owner;
        else this.targets.owners.push(owner);
        this.targets.seq = seq;
        break;
      }
      case 'progress':
        this.addProgress(progressUpdateOf(event, event.data));
        break;
      case 'progress.retract':
        this.retractProgress(seq, at, event.data.seq);
        break;
      case 'zg.register': {
        const d = event.data;
        if (this.items.has(d.id)) throw new ReplayError(`记录 ${seq} 重复登记 ${d.id}`);
        const item: RectificationItem = {
          id: d.id,
          issue: d.issue,
          unit: d.unit,
          ...(d.responsible ? { responsible: d.responsible } : {}),
          ...(d.responsibleId ? { responsibleId: d.responsibleId } : {}),
          division: d.division,
          ...(d.taskId ? { taskId: d.taskId } : {}),
          deadline: d.deadline,
          status: '整改中',
          registeredAt: at,
          registeredBy: by,
          history: [{ seq, kind: '登记', at, by, text: d.issue, newDeadline: d.deadline }],
        };
        let ledger = this.ledgers.get(concern);
        if (!ledger) {
          ledger = { seq, items: [] };
          this.ledgers.set(concern, ledger);
        }
        ledger.items.push(item);
        ledger.seq = seq;
        this.items.set(item.id, item);
        break;
      }
      default: {
        const item = this.items.get(event.data.id);
        const ledger = this.ledgers.get(concern);
        if (!item || !ledger) throw new ReplayError(`记录 ${seq} 指向不存在的整改事项 ${event.data.id}`);
        const base = { seq, at, by };
        let entry: ItemEvent;
        if (event.type === 'zg.note') entry = { ...base, kind: '进展', text: event.data.text };
        else if (event.type === 'zg.extend') {
          entry = {
            ...base,
            kind: '延期',
            text: event.data.reason,
            oldDeadline: item.deadline,
            newDeadline: event.data.deadline,
          };
          item.deadline = event.data.deadline;
        } else if (event.type === 'zg.close') {
          entry = { ...base, kind: event.data.pending ? '申请销号' : '销号', text: event.data.text };
          item.status = event.data.pending ? '待审核' : '已销号';
          if (!event.data.pending) item.closedAt = at;
        } else {
          entry = { ...base, kind: '审核通过', text: '' };
          item.status = '已销号';
          item.closedAt = at;
        }
        item.history.push(entry);
        ledger.seq = seq;
      }
    }
    return concern;
  }
}
