import type { JournalEvent, SettingsFile } from '../../schemas';
import { ReplayError } from '../replay-error';

type CalendarRecord = Extract<
  JournalEvent,
  { type: 'calendar.set' | 'calendar.unset' | 'calendar.import' | 'calendar.confirm' }
>;

/**
 * Days off and working days set by hand, a holiday notice imported (waiting), then confirmed. A day set by
 * hand stands: a waiting import no longer brings its own value for it.
 */
export function applyCalendar(settings: SettingsFile, event: CalendarRecord): void {
  const { by, at, seq } = event;
  switch (event.type) {
    case 'calendar.set': {
      const { day, kind, name } = event.data;
      settings.calendar = { ...settings.calendar, [day]: kind };
      nameDay(settings, day, name);
      dropPendingDay(settings, day);
      break;
    }
    case 'calendar.unset': {
      const { day } = event.data;
      const { [day]: _, ...rest } = settings.calendar;
      settings.calendar = rest;
      nameDay(settings, day, undefined);
      dropPendingDay(settings, day);
      break;
    }
    case 'calendar.import': {
      const { year, days, file } = event.data;
      settings.calendarPending = { year, days, ...(file ? { file } : {}), by, at };
      break;
    }
    case 'calendar.confirm': {
      const pending = settings.calendarPending;
      if (pending?.year !== event.data.year)
        throw new ReplayError(seq, event.type, `no notice of ${event.data.year} waits to be confirmed`);
      const calendar = { ...settings.calendar };
      const names = { ...settings.calendarNames };
      for (const d of pending.days) {
        calendar[d.day] = d.kind;
        names[d.day] = d.name;
      }
      settings.calendar = calendar;
      settings.calendarNames = names;
      settings.calendarYears = { ...settings.calendarYears, [String(pending.year)]: { by, at } };
      delete settings.calendarPending;
      break;
    }
  }
  settings.seq = seq;
}

function nameDay(settings: SettingsFile, day: string, name: string | undefined): void {
  const { [day]: _, ...rest } = settings.calendarNames;
  settings.calendarNames = name ? { ...rest, [day]: name } : rest;
}

function dropPendingDay(settings: SettingsFile, day: string): void {
  const pending = settings.calendarPending;
  if (pending?.days.some((d) => d.day === day))
    settings.calendarPending = { ...pending, days: pending.days.filter((d) => d.day !== day) };
}
