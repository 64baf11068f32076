import type { PlanKnowledge } from '../plan/knowledge';
import type { Store } from '../store';
import type { WorkingCalendar } from '../time/working-calendar';

/** The part of the store the jobs read (a real Store satisfies it). */
export type JobStore = Pick<Store, 'members' | 'headsOf' | 'items' | 'progressBetween' | 'lastProgress'>;

/** What reminders() and digest() read: nothing here writes. */
export interface JobDeps {
  store: JobStore;
  knowledge: PlanKnowledge;
  calendar: WorkingCalendar;
  /** IANA zone in which calendar days are counted (TZ_NAME). */
  timeZone: string;
  /** Where reminders go (REMINDER_CHAT_ID); empty when unset (printing only). */
  reminderChatId?: string;
  /** Where the digest goes (DIGEST_CHAT_ID); empty when unset (printing only). */
  digestChatId?: string;
  /** Items already reminded on a day (persisted across restarts); none when absent. */
  remindedOn?: (day: string) => ReadonlySet<string>;
}
