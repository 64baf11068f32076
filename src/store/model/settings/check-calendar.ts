import type { SettingsFile } from '../../schemas';
import { StoreError } from '../../store-errors';
import type { ProposedOf } from '../proposed';

/** 确认 confirms the notice that waits (its year); 删除 takes back a day that was set or waits to be. */
export function checkCalendar(
  settings: SettingsFile,
  change: ProposedOf<'calendar.confirm' | 'calendar.unset'>,
): void {
  const pending = settings.calendarPending;
  if (change.type === 'calendar.confirm') {
    if (pending?.year !== change.data.year)
      throw new StoreError('calendar-not-pending', {
        year: change.data.year,
        ...(pending ? { pending: pending.year } : {}),
      });
    return;
  }
  const { day } = change.data;
  if (!(day in settings.calendar) && !pending?.days.some((d) => d.day === day))
    throw new StoreError('calendar-not-set', { day });
}
