import { addDays } from '../time/zoned-time';
import {
  type AccessFile,
  EMPTY_SETTINGS,
  type JournalEvent,
  type PeopleFile,
  type ReportsFile,
  type RosterFile,
  type SettingsFile,
  type TargetsFile,
} from './schemas';
import { StoreError } from './store-errors';
import { targetKey } from './target-key';
import type {
  ItemChange,
  ItemEvent,
  ItemQuery,
  Member,
  PendingRequest,
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
export type Concern = StateConcern | 'progress' | 'ledger' | 'outcome';

/** The concerns kept in small state files (sizes bounded by staff and plan, not by history). */
export const STATE_CONCERNS = ['roster', 'targets', 'settings', 'people', 'reports', 'access'] as const;
export type StateConcern = (typeof STATE_CONCERNS)[number];

export function concernOf(event: Pick<JournalEvent, 'type'>): Concern {
  switch (event.type) {
    case 'member.add':
    case 'member.remove':
      return 'roster';
    case 'target.assign':
      return 'targets';
    case 'calendar.set':
    case 'calendar.unset':
    case 'calendar.import':
    case 'calendar.confirm':
    case 'plan.add':
    case 'plan.activate':
    case 'division.add':
    case 'division.rename':
      return 'settings';
    case 'person.name':
      return 'people';
    case 'report.digest':
      return 'reports';
    case 'signin.secret':
    case 'signin.link':
      return 'access';
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

/** Who proposes a change: some rules depend on it (one's own update, one's own request). */
export interface Proposer {
  by: string;
}

/** `问题 ` and `问题。` are the same problem: spaces and final punctuation do not make a new item. */
export function sameTextKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/[。.;;,,!!]+$/, '');
}

export class StateModel {
  roster: RosterFile = { seq: 0, members: [] };
  targets: TargetsFile = { seq: 0, owners: [] };
  settings: SettingsFile = structuredClone(EMPTY_SETTINGS);
  /** The plan of records that name none (made before plans were told apart); see Store.useLegacyPlan. */
  legacyPlan = '';
  people: PeopleFile = { seq: 0, names: {} };
  reports: ReportsFile = { seq: 0 };
  access: AccessFile = { seq: 0, links: {} };
  readonly items = new Map<string, RectificationItem>();
  /** Every progress update in journal order (retracted ones included, flagged). */
  readonly progress: ProgressUpdate[] = [];
  readonly progressBySeq = new Map<number, ProgressUpdate>();
  readonly #byTarget = new Map<string, ProgressUpdate[]>();
  readonly #byDivision = new Map<string, ProgressUpdate[]>();
  readonly #byAuthor = new Map<string, ProgressUpdate[]>();
  /** Each author's latest ledger event: `撤销` must not reach back past it. */
  readonly #lastLedgerBy = new Map<string, { itemId: string; seq: number }>();

  // ——— rules ———

  /**
   * Throws StoreError (with a code the commands word in Chinese) when the change may not be made now by
   * this proposer. Only rules that depend on the state live here (rules of the day — not before today, not
   * ten years out — are the commands'); every backend obeys them because every backend checks here.
   */
  check(change: Proposed, proposer: Proposer): void {
    switch (change.type) {
      case 'progress.retract': {
        const update = this.progressBySeq.get(change.data.seq);
        if (!update) throw new StoreError('update-not-found', `进展 #${change.data.seq} 不存在`);
        if (update.retracted) throw new StoreError('update-retracted', `进展 #${change.data.seq} 已撤销`);
        if (update.by !== proposer.by)
          throw new StoreError('update-not-own', `进展 #${change.data.seq} 不是您记录的,只能撤销自己的进展`);
        return;
      }
      case 'zg.register': {
        if (this.items.has(change.data.id))
          throw new StoreError('item-exists', `整改事项 ${change.data.id} 已存在`);
        const same = this.openDuplicateOf(change.data.issue, change.data.unit);
        if (same)
          throw new StoreError(
            'item-duplicate',
            `相同的整改事项已登记为 ${same.id}(${same.status}),未重复登记`,
          );
        return;
      }
      case 'report.digest': {
        const { from, to } = change.data;
        if (from > to) throw new StoreError('digest-window', `周报覆盖的日期 ${from} 晚于 ${to}`);
        const last = this.reports.digest;
        if (last && from !== addDays(last.to, 1))
          throw new StoreError(
            'digest-window',
            `上一期周报覆盖到 ${last.to},下一期应从 ${addDays(last.to, 1)} 开始,而不是 ${from}`,
          );
        return;
      }
      case 'signin.secret':
        if (this.access.secret) throw new StoreError('secret-exists', '看板的签名密钥已经生成过');
        return;
      case 'signin.link':
        if (this.access.links[change.data.link] !== undefined)
          throw new StoreError('link-used', '这个登录链接已经用过了');
        return;
      case 'calendar.confirm': {
        const pending = this.settings.calendarPending;
        if (pending?.year !== change.data.year)
          throw new StoreError(
            'calendar-not-pending',
            pending
              ? `待确认的是 ${pending.year} 年的通知,不是 ${change.data.year} 年的`
              : '没有待确认的节假日通知',
          );
        return;
      }
      case 'calendar.unset': {
        const { day } = change.data;
        if (
          !(day in this.settings.calendar) &&
          !this.settings.calendarPending?.days.some((d) => d.day === day)
        )
          throw new StoreError('calendar-not-set', `${day} 没有设定过,无需删除`);
        return;
      }
      case 'zg.note':
      case 'zg.extend':
      case 'zg.extend.request':
      case 'zg.extend.approve':
      case 'zg.close':
      case 'zg.approve':
      case 'zg.reject':
      case 'zg.withdraw':
      case 'zg.reopen':
      case 'zg.void':
      case 'zg.transfer':
        this.#checkItemChange(change, proposer);
        return;
      default:
        return;
    }
  }

  #checkItemChange(change: Extract<Proposed, { data: { id: string } }>, proposer: Proposer): void {
    const id = change.data.id;
    const item = this.items.get(id);
    if (!item) throw new StoreError('item-not-found', `整改事项 ${id} 不存在`);
    if (item.status === '已作废') throw new StoreError('item-voided', `整改事项 ${id} 已作废,不能再更改`);
    if (change.type === 'zg.void') return;
    if (change.type === 'zg.reopen') {
      if (item.status !== '已销号')
        throw new StoreError('item-not-closed', `整改事项 ${id} 未销号(${item.status}),无需重开`);
      return;
    }
    if (item.status === '已销号') throw new StoreError('item-closed', `整改事项 ${id} 已销号`);
    const pending = item.pending;
    switch (change.type) {
      case 'zg.extend':
      case 'zg.extend.request': {
        if (change.data.deadline <= item.deadline)
          throw new StoreError(
            'deadline-not-later',
            `新期限 ${change.data.deadline} 不晚于现在的期限 ${item.deadline},延期只能延后`,
          );
        if (change.type === 'zg.extend.request' && pending)
          throw new StoreError('item-pending', `整改事项 ${id} 已有待审核的${requestName(pending)}`);
        if (change.type === 'zg.extend' && rejectedOwnRequest(item, proposer.by, 'extension'))
          throw new StoreError(
            'own-request',
            `您对 ${id} 的延期申请被驳回过,不能再自己直接延期;请再次申请,由其他审核人审核`,
          );
        return;
      }
      case 'zg.close':
        if (pending?.kind === 'close')
          throw new StoreError('item-pending', `整改事项 ${id} 已申请销号,正待审核`);
        if (!change.data.pending && rejectedOwnRequest(item, proposer.by, 'close'))
          throw new StoreError(
            'own-request',
            `您对 ${id} 的销号申请被驳回过,不能再自己直接销号;请再次申请,由其他审核人审核`,
          );
        return;
      case 'zg.approve':
      case 'zg.extend.approve': {
        const wanted = change.type === 'zg.approve' ? 'close' : 'extension';
        if (pending?.kind !== wanted)
          throw new StoreError(
            'item-not-pending',
            `整改事项 ${id} 不在待审核状态(没有待审核的${wanted === 'close' ? '销号申请' : '延期申请'})`,
          );
        if (pending.by === proposer.by)
          throw new StoreError('own-request', `${requestName(pending)}是您本人提出的,不能自己审核`);
        if (change.type === 'zg.extend.approve' && pending.kind === 'extension')
          if (change.data.deadline !== pending.deadline)
            throw new StoreError('item-not-pending', `待审核的延期申请是延至 ${pending.deadline}`);
        return;
      }
      case 'zg.reject':
        if (pending?.kind !== change.data.request)
          throw new StoreError(
            'item-not-pending',
            `整改事项 ${id} 没有待审核的${change.data.request === 'close' ? '销号申请' : '延期申请'}`,
          );
        if (pending.by === proposer.by)
          throw new StoreError('own-request', `${requestName(pending)}是您本人提出的,不能自己审核(驳回)`);
        return;
      case 'zg.withdraw':
        if (pending?.kind !== change.data.request)
          throw new StoreError(
            'item-not-pending',
            `整改事项 ${id} 没有待审核的${change.data.request === 'close' ? '销号申请' : '延期申请'}`,
          );
        if (pending.by !== proposer.by)
          throw new StoreError(
            'not-own-request',
            `${requestName(pending)}不是您提出的,只有申请人本人可以撤回`,
          );
        return;
      case 'zg.transfer': {
        const d = change.data;
        // The division as it is called now (a record may carry a name renamed since).
        const division = d.division === undefined ? undefined : this.division(d.division);
        const changes =
          (division !== undefined && division !== item.division) ||
          (d.unit !== undefined && d.unit !== item.unit) ||
          (d.responsible !== undefined &&
            (d.responsible !== item.responsible || d.responsibleId !== item.responsibleId));
        if (!changes) throw new StoreError('no-change', `整改事项 ${id} 已经是这样,无需移交`);
        return;
      }
      default:
        return;
    }
  }

  #nameCalendarDay(day: string, name: string | undefined): void {
    const { [day]: _, ...rest } = this.settings.calendarNames;
    this.settings.calendarNames = name ? { ...rest, [day]: name } : rest;
  }

  #dropPendingDay(day: string): void {
    const pending = this.settings.calendarPending;
    if (pending?.days.some((d) => d.day === day))
      this.settings.calendarPending = { ...pending, days: pending.days.filter((d) => d.day !== day) };
  }

  /** An open item (整改中, 待审核) with the same problem and 责任单位, if any. */
  openDuplicateOf(issue: string, unit: string): RectificationItem | undefined {
    const i = sameTextKey(issue);
    const u = sameTextKey(unit);
    for (const item of this.items.values())
      if (isOpen(item) && sameTextKey(item.issue) === i && sameTextKey(item.unit) === u) return item;
    return undefined;
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

  /**
   * Applies a committed record. Records of earlier versions mean what they meant then (`zg.extend` applies
   * at once, `zg.approve` closes); a record of a newer kind that cannot follow the state is refused.
   */
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
      case 'calendar.set': {
        // A day set by hand stands: a waiting import no longer brings its own value for it.
        const { day, kind, name } = event.data;
        this.settings.calendar = { ...this.settings.calendar, [day]: kind };
        this.#nameCalendarDay(day, name);
        this.#dropPendingDay(day);
        this.settings.seq = seq;
        break;
      }
      case 'calendar.unset': {
        const { day } = event.data;
        const { [day]: _, ...rest } = this.settings.calendar;
        this.settings.calendar = rest;
        this.#nameCalendarDay(day, undefined);
        this.#dropPendingDay(day);
        this.settings.seq = seq;
        break;
      }
      case 'calendar.import': {
        const { year, days, file } = event.data;
        this.settings.calendarPending = { year, days, ...(file ? { file } : {}), by, at };
        this.settings.seq = seq;
        break;
      }
      case 'calendar.confirm': {
        const pending = this.settings.calendarPending;
        if (pending?.year !== event.data.year)
          throw new ReplayError(`记录 ${seq} 确认的 ${event.data.year} 年节假日通知没有待确认`);
        const calendar = { ...this.settings.calendar };
        const names = { ...this.settings.calendarNames };
        for (const d of pending.days) {
          calendar[d.day] = d.kind;
          names[d.day] = d.name;
        }
        this.settings.calendar = calendar;
        this.settings.calendarNames = names;
        this.settings.calendarYears = { ...this.settings.calendarYears, [String(pending.year)]: { by, at } };
        delete this.settings.calendarPending;
        this.settings.seq = seq;
        break;
      }
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
      case 'person.name':
        this.people.names = { ...this.people.names, [event.data.openId]: event.data.name };
        this.people.seq = seq;
        break;
      case 'report.digest':
        this.reports = { seq, digest: { from: event.data.from, to: event.data.to, at } };
        break;
      case 'signin.secret':
        this.access = { ...this.access, seq, secret: event.data.secret };
        break;
      case 'signin.link': {
        // Links expired by now can never be used again anyway: they are forgotten, so the file stays small.
        const links: Record<string, string> = {};
        for (const [link, expires] of Object.entries(this.access.links))
          if (expires > at) links[link] = expires;
        links[event.data.link] = event.data.expires;
        this.access = { ...this.access, seq, links };
        break;
      }
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
          ...(d.kind ? { kind: d.kind } : {}),
          ...(d.amount !== undefined ? { amount: d.amount } : {}),
          ...(d.original ? { original: d.original } : {}),
          ...(d.source ? { source: d.source } : {}),
          deadline: d.deadline,
          status: '整改中',
          registeredAt: at,
          registeredBy: by,
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
        this.items.set(item.id, item);
        this.#ledgerApplied(event, item.id);
        break;
      }
      default: {
        const item = this.items.get(event.data.id);
        if (!item) throw new ReplayError(`记录 ${seq} 指向不存在的整改事项 ${event.data.id}`);
        item.history.push(this.#applyToItem(item, event));
        this.#ledgerApplied(event, item.id);
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

  #ledgerApplied(event: JournalEvent, itemId: string): void {
    this.#lastLedgerBy.set(event.by, { itemId, seq: event.seq });
  }

  /** Changes the item as the record says and returns its history entry. */
  #applyToItem(item: RectificationItem, event: Exclude<ItemRecord, { type: 'zg.register' }>): ItemEvent {
    const base = entryBase(event);
    const refuse = (why: string) => new ReplayError(`记录 ${event.seq}(${event.type})${why}:${item.id}`);
    const pending = item.pending;
    switch (event.type) {
      case 'zg.note':
        return { ...base, kind: '进展', text: event.data.text };
      case 'zg.extend': {
        // Applied at once; a member's request it overtakes is settled by it.
        const entry: ItemEvent = {
          ...base,
          kind: '延期',
          text: event.data.reason,
          oldDeadline: item.deadline,
          newDeadline: event.data.deadline,
        };
        item.deadline = event.data.deadline;
        if (pending?.kind === 'extension') delete item.pending;
        return entry;
      }
      case 'zg.extend.request': {
        if (pending || item.status !== '整改中') throw refuse('不能在已有待审核申请或非整改中时申请延期');
        item.pending = {
          kind: 'extension',
          seq: event.seq,
          at: event.at,
          by: event.by,
          deadline: event.data.deadline,
          reason: event.data.reason,
        };
        return {
          ...base,
          kind: '申请延期',
          text: event.data.reason,
          oldDeadline: item.deadline,
          newDeadline: event.data.deadline,
        };
      }
      case 'zg.extend.approve': {
        if (pending?.kind !== 'extension' || pending.deadline !== event.data.deadline)
          throw refuse('没有与之相符的待审核延期申请');
        const entry: ItemEvent = {
          ...base,
          kind: '批准延期',
          text: event.data.text ?? '',
          oldDeadline: item.deadline,
          newDeadline: pending.deadline,
          requestedBy: pending.by,
        };
        item.deadline = pending.deadline;
        delete item.pending;
        return entry;
      }
      case 'zg.close': {
        const { text, amount } = event.data;
        const money = amount !== undefined ? { amount } : {};
        // A close settles a pending extension: it is no longer needed.
        if (pending?.kind === 'extension') delete item.pending;
        if (event.data.pending) {
          item.status = '待审核';
          item.pending = { kind: 'close', seq: event.seq, at: event.at, by: event.by, text, ...money };
          return { ...base, kind: '申请销号', text, ...money };
        }
        item.status = '已销号';
        item.closedAt = event.at;
        delete item.pending;
        if (amount !== undefined) item.rectifiedAmount = amount;
        return { ...base, kind: '销号', text, ...money };
      }
      case 'zg.approve': {
        // Older records approve whatever was pending (the command then checked it): they still close.
        const entry: ItemEvent = {
          ...base,
          kind: '审核通过',
          text: event.data.text ?? '',
          ...(pending?.kind === 'close' ? { requestedBy: pending.by } : {}),
          ...(pending?.kind === 'close' && pending.amount !== undefined ? { amount: pending.amount } : {}),
        };
        if (pending?.kind === 'close' && pending.amount !== undefined) item.rectifiedAmount = pending.amount;
        item.status = '已销号';
        item.closedAt = event.at;
        delete item.pending;
        return entry;
      }
      case 'zg.reject': {
        if (pending?.kind !== event.data.request) throw refuse('没有与之相符的待审核申请');
        const entry: ItemEvent = {
          ...base,
          kind: pending.kind === 'close' ? '驳回销号' : '驳回延期',
          text: event.data.reason,
          requestedBy: pending.by,
          ...(pending.kind === 'extension'
            ? { oldDeadline: item.deadline, newDeadline: pending.deadline }
            : {}),
        };
        if (pending.kind === 'close') item.status = '整改中';
        delete item.pending;
        return entry;
      }
      case 'zg.withdraw': {
        if (pending?.kind !== event.data.request || pending.by !== event.by)
          throw refuse('没有本人提出、与之相符的待审核申请');
        const entry: ItemEvent = {
          ...base,
          kind: pending.kind === 'close' ? '撤回销号' : '撤回延期',
          text: event.data.reason ?? '',
          ...(pending.kind === 'extension'
            ? { oldDeadline: item.deadline, newDeadline: pending.deadline }
            : {}),
        };
        if (pending.kind === 'close') item.status = '整改中';
        delete item.pending;
        return entry;
      }
      case 'zg.reopen': {
        if (item.status !== '已销号') throw refuse('事项未销号');
        item.status = '整改中';
        delete item.closedAt;
        // 整改金额 is the standing close's: the one reopened stays in the history with its amount.
        delete item.rectifiedAmount;
        return { ...base, kind: '重开', text: event.data.reason };
      }
      case 'zg.void': {
        if (item.status === '已作废') throw refuse('事项已作废');
        item.status = '已作废';
        item.voidedAt = event.at;
        delete item.pending;
        return { ...base, kind: '作废', text: event.data.reason };
      }
      case 'zg.transfer': {
        const d = event.data;
        const changes: ItemChange[] = [];
        const division = d.division === undefined ? undefined : this.division(d.division);
        if (division !== undefined && division !== item.division) {
          changes.push({ field: '处室', from: item.division, to: division });
          item.division = division;
        }
        if (d.unit !== undefined && d.unit !== item.unit) {
          changes.push({ field: '责任单位', from: item.unit, to: d.unit });
          item.unit = d.unit;
        }
        if (d.responsible !== undefined) {
          changes.push({
            field: '责任人',
            from: personText(item.responsible, item.responsibleId),
            to: personText(d.responsible, d.responsibleId),
          });
          item.responsible = d.responsible;
          if (d.responsibleId) item.responsibleId = d.responsibleId;
          else delete item.responsibleId;
        }
        return { ...base, kind: '移交', text: d.reason ?? '', changes };
      }
    }
  }

  // ——— reads ———

  member(openId: string): Member | undefined {
    return this.roster.members.find((m) => m.openId === openId);
  }

  /** The name a person is known by: learnt from Lark (an @-mention, their profile), else the roster's. */
  personName(openId: string): string | undefined {
    return this.people.names[openId] ?? this.member(openId)?.name;
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

  /** Ledger items in id order (year, then number); voided ones only when asked for. */
  itemList(query: ItemQuery = {}): RectificationItem[] {
    const statuses =
      query.status === undefined ? undefined : Array.isArray(query.status) ? query.status : [query.status];
    const voided = query.includeVoided === true || statuses?.includes('已作废') === true;
    const out: RectificationItem[] = [];
    for (const item of this.items.values()) {
      if (item.status === '已作废' && !voided) continue;
      if (query.division && item.division !== query.division) continue;
      if (statuses && !statuses.includes(item.status)) continue;
      if (query.open && !isOpen(item)) continue;
      out.push(item);
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The author's latest ledger event, with its item. */
  lastItemEventBy(by: string): { item: RectificationItem; event: ItemEvent } | undefined {
    const last = this.#lastLedgerBy.get(by);
    const item = last && this.items.get(last.itemId);
    const event = item?.history.find((h) => h.seq === last!.seq);
    return item && event ? { item, event } : undefined;
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

type ItemRecord = Extract<JournalEvent, { type: `zg.${string}` }>;

/**
 * Whether `by`'s own request of this kind on the item was the last one decided, and was refused: deciding it
 * again themselves (a direct 销号 or 延期 after being promoted) would be reviewing their own request. It
 * stands until someone else decides (closes, approves, extends) or the item is reopened.
 */
export function rejectedOwnRequest(
  item: RectificationItem,
  by: string,
  kind: 'close' | 'extension',
): boolean {
  const refused = kind === 'close' ? '驳回销号' : '驳回延期';
  const settled = kind === 'close' ? ['销号', '审核通过', '重开'] : ['延期', '批准延期'];
  for (let i = item.history.length - 1; i >= 0; i -= 1) {
    const event = item.history[i]!;
    if (event.kind === refused) return event.requestedBy === by;
    if (settled.includes(event.kind)) return false;
  }
  return false;
}

/** 整改中 or 待审核: still to be rectified. */
export function isOpen(item: RectificationItem): boolean {
  return item.status === '整改中' || item.status === '待审核';
}

function entryBase(event: JournalEvent): Pick<ItemEvent, 'seq' | 'at' | 'by' | 'messageId'> {
  return { seq: event.seq, at: event.at, by: event.by, ...(event.msg ? { messageId: event.msg } : {}) };
}

function requestName(pending: PendingRequest): string {
  return pending.kind === 'close' ? '销号申请' : `延期申请(延至 ${pending.deadline})`;
}

/** A 责任人 as the history shows it: the text, with the open_id when there is one. */
function personText(text: string | undefined, id: string | undefined): string {
  if (text && id && text !== id) return `${text}(${id})`;
  return text ?? id ?? '';
}

function addTo(map: Map<string, ProgressUpdate[]>, key: string, update: ProgressUpdate): void {
  const list = map.get(key);
  if (list) list.push(update);
  else map.set(key, [update]);
}
