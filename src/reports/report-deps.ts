import type { PlanKnowledge } from '../plan/knowledge';
import type { Action } from '../reply/reply';
import type { RectificationItem, Store } from '../store';
import type { WorkingCalendar } from '../time/working-calendar';
import type { Lexicon } from '../understand/lexicon';

/** The part of the store the reports read (a real Store satisfies it). */
export type JobStore = Pick<
  Store,
  | 'members'
  | 'membersOf'
  | 'headsOf'
  | 'personName'
  | 'items'
  | 'progressBetween'
  | 'lastProgress'
  | 'lastDigest'
  | 'calendarSettings'
  | 'planSettings'
>;

/** What reminders() and digest() read: nothing here writes. */
/** The plans, as far as the reports need them: to name a record made on another plan by its own plan. */
export interface ReportPlans {
  byId(id: string): { knowledge: PlanKnowledge; lexicon?: Lexicon } | undefined;
  legacy: { id: string };
}

export interface JobDeps {
  store: JobStore;
  /** The current plan's knowledge (its tasks, divisions). */
  knowledge: PlanKnowledge;
  /** Which plan `knowledge` is (and its lexicon); records of another plan are named by theirs. Absent: the only plan. */
  plan?: { id: string; lexicon?: Lexicon };
  plans?: ReportPlans;
  calendar: WorkingCalendar;
  /** IANA zone in which calendar days are counted (TZ_NAME). */
  timeZone: string;
  /** Where reminders go (REMINDER_CHAT_ID); empty when unset (printing only). */
  reminderChatId?: string;
  /** Where the digest and the weekly escalation go (DIGEST_CHAT_ID); empty when unset (printing only). */
  digestChatId?: string;
  /** The day the weekly escalation last went out: it goes once a week (persisted across restarts). */
  lastEscalation?: string;
  /** The day the weekly "holidays not confirmed" message last went out (once a week, persisted). */
  lastCalendarReminder?: string;
  /** open_ids of administrators (ADMIN_OPEN_IDS): the calendar message @-mentions them. */
  admins?: Iterable<string>;
  /**
   * The buttons an item in a reminder carries (the wiring gives the commands' own `itemActions`, seen by the
   * division's 处长: the card is shared, and a click is checked against the clicker's rights). None when absent.
   */
  actionsFor?: (item: RectificationItem, today: string) => Action[];
  /** Items already reminded on a day (persisted across restarts); none when absent. */
  remindedOn?: (day: string) => ReadonlySet<string>;
}
