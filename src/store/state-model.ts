import {
  EMPTY_SETTINGS,
  type JournalEvent,
  type RosterFile,
  type SettingsFile,
  type TargetsFile,
} from './schemas';
import { StoreError } from './store-errors';
import { targetKey } from './target-key';
import type {
  ItemEvent,
  ItemQuery,
  Member,
  ProgressQuery,
  ProgressTarget,
  ProgressUpdate,
  RectificationItem,
  TargetKind,
  TargetOwner,
} from './types';

// The current state as a pure function of the journal, with the rules a change must obey. Every backend
// keeps one: it checks a proposed change here (`check`), applies what it commits (`apply`), and answers
// reads from it; `verify` replays a whole journal through the same code to compare with what is on disk.

/** Where a record's effect lives: a small state file, a derived log, or nowhere (`outcome`). */
export type Concern = 'roster' | 'targets' | 'settings' | 'progress' | 'ledger' | 'outcome';

export function concernOf(event: Pick<JournalEvent, 'type'>): Concern {
  switch (event.type) {
    case 'member.add':
    case 'member.remove':
      return 'roster';
    case 'target.assign':
      return 'targets';
    case 'calendar.set':
    case 'plan.add':
    case 'plan.activate':
    case 'division.add':
    case 'division.rename':
      return 'settings';
    case 'progress':
    case 'progress.retract':
      return 'progress';
    case 'outcome':
      return 'outcome';
    default:
      return 'ledger';
  }
}

/** A model that replays a journal refuses a record that cannot follow the ones before it. */
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

/** A change proposed by a command: the event without the fields the store assigns. */
export type Proposed = {
  [K in JournalEvent['type']]: Pick<Extract<JournalEvent, { type: K }>, 'type' | 'data'>;
}[JournalEvent['type']];

export class StateModel {
  roster: RosterFile = { seq: 0, members: [] };
  targets: TargetsFile = { seq: 0, owners: [] };
  settings: SettingsFile = structuredClone(EMPTY_SETTINGS);
  /** The plan of records that name none (made before plans were told apart); see Store.useLegacyPlan. */
  legacyPlan = '';
  /** Seq of the last ledger record applied. */
  ledgerSeq = 0;
  readonly items = new Map<string, RectificationItem>();
  /** Every progress update in journal order (retracted ones included, flagged). */
  readonly progress: ProgressUpdate[] = [];
  readonly progressBySeq = new Map<number, ProgressUpdate>();
  readonly #byTarget = new Map<string, ProgressUpdate[]>();
  readonly #byDivision = new Map<string, ProgressUpdate[]>();
  readonly #byAuthor = new Map<string, ProgressUpdate[]>();

  // ——— rules ———

  /** Throws StoreError (with a code the commands word in Chinese) when the change may not be made now. */
  check(change: Proposed): void {
    switch (change.type) {
      case 'progress.retract': {
        const update = this.progressBySeq.get(change.data.seq);
        if (!update) throw new StoreError('update-not-found', `进展 #${change.data.seq} 不存在`);
        if (update.retracted) throw new StoreError('update-retracted', `进展 #${change.data.seq} 已撤销`);
        return;
      }
      case 'zg.register':
        if (this.items.has(change.data.id))
          throw new StoreError('item-exists', `整改事项 ${change.data.id} 已存在`);
        return;
      case 'zg.note':
      case 'zg.extend':
      case 'zg.close':
      case 'zg.approve': {
        const item = this.items.get(change.data.id);
        if (!item) throw new StoreError('item-not-found', `整改事项 ${change.data.id} 不存在`);
        if (item.status === '已销号')
          throw new StoreError('item-closed', `整改事项 ${change.data.id} 已销号`);
        if (change.type === 'zg.approve' && item.status !== '待审核')
          throw new StoreError('item-not-pending', `整改事项 ${change.data.id} 不在待审核状态`);
        return;
      }
      default:
        return;
    }
  }

  /** The id the next item registered in `year` gets: `ZG-<year>-<n+1>`, three digits at least. */
  nextItemId(year: string): string {
    let max = 0;
    const prefix = `ZG-${year}-`;
    for (const id of this.items.keys()) if (id.startsWith(prefix)) max = Math.max(max, Number(id.slice(8)));
    return `${prefix}${String(max + 1).padStart(3, '0')}`;
  }

  // ——— applying records ———

  addProgress(update: ProgressUpdate): void {
    this.progress.push(update);
    this.progressBySeq.set(update.seq, update);
    addTo(this.#byTarget, targetKey(update.target, this.legacyPlan), update);
    addTo(this.#byDivision, update.division, update);
    addTo(this.#byAuthor, update.by, update);
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
        const { openId, role, name } = event.data;
        const division = this.division(event.data.division);
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
        const { kind, index, plan } = event.data;
        const division = this.division(event.data.division);
        const owner = { kind, index, ...(plan ? { plan } : {}), division, by, at };
        const i = this.targets.owners.findIndex(
          (o) => o.kind === kind && o.index === index && this.samePlan(o.plan, plan),
        );
        if (i >= 0) this.targets.owners[i] = owner;
        else this.targets.owners.push(owner);
        this.targets.seq = seq;
        break;
      }
      case 'calendar.set':
        this.settings.calendar = { ...this.settings.calendar, [event.data.day]: event.data.kind };
        this.settings.seq = seq;
        break;
      case 'plan.add':
        this.settings.plans = { ...this.settings.plans, [event.data.id]: { added: at } };
        this.settings.seq = seq;
        break;
      case 'plan.activate':
        this.settings.plans = {
          ...this.settings.plans,
          [event.data.id]: { ...this.settings.plans[event.data.id], activated: at },
        };
        this.settings.currentPlan = event.data.id;
        this.settings.seq = seq;
        break;
      case 'division.add':
        this.settings.divisions = [
          ...this.settings.divisions.filter((d) => d.name !== event.data.name),
          { name: event.data.name, aliases: event.data.aliases },
        ];
        this.settings.seq = seq;
        break;
      case 'division.rename':
        this.renameDivision(event.data.from, event.data.to);
        this.settings.seq = seq;
        break;
      case 'progress':
        this.addProgress(
          progressUpdateOf(event, { ...event.data, division: this.division(event.data.division) }),
        );
        break;
      case 'progress.retract':
        this.retractProgress(seq, at, event.data.seq);
        break;
      case 'outcome':
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
          division: this.division(d.division),
          ...(d.taskId ? { taskId: d.taskId } : {}),
          ...(d.plan ? { plan: d.plan } : {}),
          deadline: d.deadline,
          status: '整改中',
          registeredAt: at,
          registeredBy: by,
          history: [{ seq, kind: '登记', at, by, text: d.issue, newDeadline: d.deadline }],
        };
        this.items.set(item.id, item);
        this.ledgerSeq = seq;
        break;
      }
      default: {
        const item = this.items.get(event.data.id);
        if (!item) throw new ReplayError(`记录 ${seq} 指向不存在的整改事项 ${event.data.id}`);
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
        this.ledgerSeq = seq;
      }
    }
    return concern;
  }

  /**
   * `from` goes by `to` from now on (into an existing division: a merge). Everything recorded under the old
   * name — members, owners, items, progress — is reached under the new one; earlier renames to `from` follow.
   */
  renameDivision(from: string, to: string): void {
    const renames = { ...this.settings.renames };
    for (const [old, now] of Object.entries(renames)) if (now === from) renames[old] = to;
    renames[from] = to;
    delete renames[to];
    this.settings.renames = renames;
    this.settings.divisions = this.settings.divisions
      .filter((d) => d.name !== from)
      .map((d) => d)
      .concat(
        this.settings.divisions.some((d) => d.name === from) &&
          !this.settings.divisions.some((d) => d.name === to)
          ? [{ name: to, aliases: this.settings.divisions.find((d) => d.name === from)?.aliases ?? [] }]
          : [],
      );
    for (const m of this.roster.members) if (m.division === from) m.division = to;
    for (const o of this.targets.owners) if (o.division === from) o.division = to;
    for (const item of this.items.values()) if (item.division === from) item.division = to;
    const moved = this.#byDivision.get(from) ?? [];
    for (const u of moved) u.division = to;
    if (moved.length > 0) {
      this.#byDivision.delete(from);
      for (const u of moved) addTo(this.#byDivision, to, u);
      this.#byDivision.get(to)?.sort((a, b) => a.seq - b.seq);
    }
  }

  // ——— reads ———

  member(openId: string): Member | undefined {
    return this.roster.members.find((m) => m.openId === openId);
  }

  targetOwner(kind: TargetKind, index: number, plan?: string): TargetOwner | undefined {
    return this.targets.owners.find(
      (o) => o.kind === kind && o.index === index && this.samePlan(o.plan, plan),
    );
  }

  /** Whether two records' plans are the same plan (an absent plan is the legacy plan). */
  samePlan(a: string | undefined, b: string | undefined): boolean {
    return (a ?? this.legacyPlan) === (b ?? this.legacyPlan);
  }

  /** The name a division goes by now (after 处室 改名). */
  division(name: string): string {
    return this.settings.renames[name] ?? name;
  }

  /** Ledger items in id order (year, then number). */
  itemList(query: ItemQuery = {}): RectificationItem[] {
    const statuses =
      query.status === undefined ? undefined : Array.isArray(query.status) ? query.status : [query.status];
    const out: RectificationItem[] = [];
    for (const item of this.items.values()) {
      if (query.division && item.division !== query.division) continue;
      if (statuses && !statuses.includes(item.status)) continue;
      if (query.open && item.status === '已销号') continue;
      out.push(item);
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Progress updates, oldest first. */
  progressList(query: ProgressQuery = {}): ProgressUpdate[] {
    const base = query.target
      ? (this.#byTarget.get(targetKey(query.target, this.legacyPlan)) ?? [])
      : query.division
        ? (this.#byDivision.get(query.division) ?? [])
        : query.by
          ? (this.#byAuthor.get(query.by) ?? [])
          : this.progress;
    const from = query.from?.toISOString();
    const to = query.to?.toISOString();
    return base.filter(
      (u) =>
        (query.includeRetracted || !u.retracted) &&
        (!query.division || u.division === query.division) &&
        (!query.by || u.by === query.by) &&
        (!from || u.at >= from) &&
        (!to || u.at < to),
    );
  }

  /** The latest standing update on a target, if any. */
  lastProgress(target: ProgressTarget): ProgressUpdate | undefined {
    const list = this.#byTarget.get(targetKey(target, this.legacyPlan)) ?? [];
    for (let i = list.length - 1; i >= 0; i -= 1) if (!list[i]!.retracted) return list[i];
    return undefined;
  }

  /** The author's latest standing update. */
  lastStandingBy(by: string): ProgressUpdate | undefined {
    const mine = this.#byAuthor.get(by) ?? [];
    for (let i = mine.length - 1; i >= 0; i -= 1) if (!mine[i]!.retracted) return mine[i];
    return undefined;
  }
}

function addTo(map: Map<string, ProgressUpdate[]>, key: string, update: ProgressUpdate): void {
  const list = map.get(key);
  if (list) list.push(update);
  else map.set(key, [update]);
}
