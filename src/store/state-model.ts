import { type Concern, concernOf } from './model/concern-of';
import { applyLedger } from './model/ledger/apply-ledger';
import { checkLedger } from './model/ledger/check-ledger';
import { itemList } from './model/ledger/item-list';
import { lastItemEventBy } from './model/ledger/last-item-event-by';
import { emptyLedger, type LedgerState } from './model/ledger/ledger-state';
import { nextItemId } from './model/ledger/next-item-id';
import { openDuplicateOf } from './model/ledger/open-duplicate-of';
import { addProgress } from './model/progress/add-progress';
import { applyTargetAssign } from './model/progress/apply-target-assign';
import { checkRetract } from './model/progress/check-retract';
import { lastStanding } from './model/progress/last-standing';
import { mergeLegacyOwners } from './model/progress/merge-legacy-owners';
import { moveDivision } from './model/progress/move-division';
import { progressList } from './model/progress/progress-list';
import { emptyProgress, type ProgressState } from './model/progress/progress-state';
import { progressUpdateOf } from './model/progress/progress-update-of';
import { rekeyProgress } from './model/progress/rekey-progress';
import { retractProgress } from './model/progress/retract-progress';
import { targetOwner } from './model/progress/target-owner';
import type { Proposed, Proposer } from './model/proposed';
import { applyDigest } from './model/reports/apply-digest';
import { checkDigest } from './model/reports/check-digest';
import { applyMember } from './model/roster/apply-member';
import { applyPersonName } from './model/roster/apply-person-name';
import { personName } from './model/roster/person-name';
import { applyCalendar } from './model/settings/apply-calendar';
import { applyDivisionAdd } from './model/settings/apply-division-add';
import { applyEvidenceRule } from './model/settings/apply-evidence-rule';
import { applyPlan } from './model/settings/apply-plan';
import { checkCalendar } from './model/settings/check-calendar';
import { renameInSettings } from './model/settings/rename-in-settings';
import { applySignIn } from './model/sign-in/apply-sign-in';
import { checkSignIn } from './model/sign-in/check-sign-in';
import type { ModelSnapshot } from './model/snapshot/model-snapshot';
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
// Each concern — ledger, progress (with the targets' owners), roster (with people's names), settings
// (calendar, plans, divisions), reports, sign-in — keeps its rules, its apply and its queries in
// src/store/model/<concern>/; this class holds their state and sends each record to its concern.

export class StateModel {
  roster: RosterFile = { seq: 0, members: [] };
  targets: TargetsFile = { seq: 0, owners: [] };
  settings: SettingsFile = structuredClone(EMPTY_SETTINGS);
  /** The plan of records that name none (made before plans were told apart); see Store.useLegacyPlan. */
  legacyPlan = '';
  people: PeopleFile = { seq: 0, names: {} };
  reports: ReportsFile = { seq: 0 };
  access: AccessFile = { seq: 0, links: {} };
  readonly #ledger: LedgerState = emptyLedger();
  readonly #progress: ProgressState = emptyProgress();

  get items(): Map<string, RectificationItem> {
    return this.#ledger.items;
  }
  /** Every progress update in journal order (retracted ones included, flagged). */
  get progress(): readonly ProgressUpdate[] {
    return this.#progress.all;
  }
  get progressBySeq(): ReadonlyMap<number, ProgressUpdate> {
    return this.#progress.bySeq;
  }

  /**
   * Throws StoreError (with a code the commands word in Chinese) when the change may not be made now by
   * this proposer. Only rules that depend on the state live here (rules of the day — not before today, not
   * ten years out — are the commands'); every backend obeys them because every backend checks here.
   */
  check(change: Proposed, proposer: Proposer): void {
    const division = (name: string) => this.division(name);
    switch (change.type) {
      case 'progress.retract':
        checkRetract(this.#progress, change, proposer);
        break;
      case 'report.digest':
        checkDigest(this.reports, change);
        break;
      case 'signin.secret':
      case 'signin.link':
        checkSignIn(this.access, change);
        break;
      case 'calendar.confirm':
      case 'calendar.unset':
        checkCalendar(this.settings, change);
        break;
      case 'zg.register':
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
      case 'zg.evidence':
        checkLedger(this.#ledger, change, proposer, division);
        break;
      default:
        return;
    }
  }

  /** Applies a committed record to its concern. */
  apply(event: JournalEvent): Concern {
    const concern = concernOf(event);
    const division = (name: string) => this.division(name);
    switch (event.type) {
      case 'member.add':
      case 'member.remove':
        applyMember(this.roster, event, division);
        break;
      case 'target.assign':
        applyTargetAssign(this.targets, event, this.division(event.data.division), this.legacyPlan);
        break;
      case 'calendar.set':
      case 'calendar.unset':
      case 'calendar.import':
      case 'calendar.confirm':
        applyCalendar(this.settings, event);
        break;
      case 'plan.add':
      case 'plan.activate':
        applyPlan(this.settings, event);
        break;
      case 'division.add':
        applyDivisionAdd(this.settings, event);
        break;
      case 'division.rename':
        this.renameDivision(event.data.from, event.data.to);
        this.settings.seq = event.seq;
        break;
      case 'evidence.rule':
        applyEvidenceRule(this.settings, event, division);
        break;
      case 'person.name':
        applyPersonName(this.people, event);
        break;
      case 'report.digest':
        this.reports = applyDigest(event);
        break;
      case 'signin.secret':
      case 'signin.link':
        this.access = applySignIn(this.access, event);
        break;
      case 'progress':
        this.addProgress(
          progressUpdateOf(event, { ...event.data, division: this.division(event.data.division) }),
        );
        break;
      case 'progress.retract':
        this.retractProgress(event.seq, event.at, event.data.seq);
        break;
      case 'outcome':
        break;
      default:
        applyLedger(this.#ledger, event, division);
    }
    return concern;
  }

  /**
   * Records that name no plan belong to `id`: what was read before it was known (a backend that reads the
   * whole journal at start) is keyed again.
   */
  useLegacyPlan(id: string): void {
    if (id === this.legacyPlan) return;
    this.legacyPlan = id;
    rekeyProgress(this.#progress, id);
    mergeLegacyOwners(this.targets, id);
  }

  addProgress(update: ProgressUpdate): void {
    addProgress(this.#progress, update, this.legacyPlan);
  }

  /** Record `seq` (at `at`) takes back update `updateSeq`. */
  retractProgress(seq: number, at: string, updateSeq: number): ProgressUpdate {
    return retractProgress(this.#progress, seq, at, updateSeq);
  }

  /**
   * `from` goes by `to` from now on (into an existing division: a merge). Everything recorded under the old
   * name — members, owners, items, progress — is reached under the new one; earlier renames to `from` follow.
   */
  renameDivision(from: string, to: string): void {
    renameInSettings(this.settings, from, to);
    for (const m of this.roster.members) if (m.division === from) m.division = to;
    for (const o of this.targets.owners) if (o.division === from) o.division = to;
    for (const item of this.#ledger.items.values()) if (item.division === from) item.division = to;
    moveDivision(this.#progress, from, to);
  }

  /** The state as plain data, for JSON.stringify at once: it is the live state, not a copy. */
  snapshot(): ModelSnapshot {
    return {
      roster: this.roster,
      targets: this.targets,
      settings: this.settings,
      legacyPlan: this.legacyPlan,
      people: this.people,
      reports: this.reports,
      access: this.access,
      items: [...this.#ledger.items.values()],
      lastBy: [...this.#ledger.lastBy.entries()],
      progress: this.#progress.all,
    };
  }

  /** A model holding a snapshot's state (taken over, not copied), its progress indexes built again. */
  static fromSnapshot(data: ModelSnapshot): StateModel {
    const model = new StateModel();
    model.roster = data.roster;
    model.targets = data.targets;
    model.settings = data.settings;
    model.legacyPlan = data.legacyPlan;
    model.people = data.people;
    model.reports = data.reports;
    model.access = data.access;
    for (const item of data.items) model.#ledger.items.set(item.id, item);
    for (const [by, last] of data.lastBy) model.#ledger.lastBy.set(by, last);
    for (const update of data.progress) model.addProgress(update);
    return model;
  }

  // ——— reads ———

  member(openId: string): Member | undefined {
    return this.roster.members.find((m) => m.openId === openId);
  }

  personName(openId: string): string | undefined {
    return personName(this.people, this.roster, openId);
  }

  targetOwner(kind: TargetKind, index: number, plan?: string): TargetOwner | undefined {
    return targetOwner(this.targets, kind, index, plan, this.legacyPlan);
  }

  /** The name a division goes by now (after 处室 改名). */
  division(name: string): string {
    return this.settings.renames[name] ?? name;
  }

  openDuplicateOf(issue: string, unit: string): RectificationItem | undefined {
    return openDuplicateOf(this.#ledger, issue, unit);
  }

  nextItemId(year: string): string {
    return nextItemId(this.#ledger, year);
  }

  itemList(query: ItemQuery = {}): RectificationItem[] {
    return itemList(this.#ledger, query);
  }

  lastItemEventBy(by: string): { item: RectificationItem; event: ItemEvent } | undefined {
    return lastItemEventBy(this.#ledger, by);
  }

  progressList(query: ProgressQuery = {}): ProgressUpdate[] {
    return progressList(this.#progress, query, this.legacyPlan);
  }

  /** The latest standing update on a target, if any. */
  lastProgress(target: ProgressTarget): ProgressUpdate | undefined {
    return lastStanding(this.#progress.byTarget.get(targetKey(target, this.legacyPlan)) ?? []);
  }

  /** The author's latest standing update. */
  lastStandingBy(by: string): ProgressUpdate | undefined {
    return lastStanding(this.#progress.byAuthor.get(by) ?? []);
  }
}
