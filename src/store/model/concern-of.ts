import type { JournalEvent } from '../schemas';

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
