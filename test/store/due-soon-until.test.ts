import { describe, expect, it } from 'vitest';
import { dueSoonUntil } from '../../src/store/due-soon-until';
import { warningLevel } from '../../src/store/warning-level';
import { createWorkingCalendar } from '../../src/time/working-calendar';

// Yellow (临期) is due within 7 working days of the bot's working calendar: weekends and holidays do not
// count, make-up working days (调休) do.

describe('dueSoonUntil', () => {
  const calendar = createWorkingCalendar();

  it('counts seven working days after today, across weekends', () => {
    // Monday 2026-12-07: Tue–Fri, Mon–Wed are the seven; Thursday 12-17 is the eighth.
    expect(dueSoonUntil('2026-12-07', calendar)).toBe('2026-12-16');
    // Friday 2026-12-04: the weekend after the seventh (Tue 12-15) is not reached; 12-16 is the eighth.
    expect(dueSoonUntil('2026-12-04', calendar)).toBe('2026-12-15');
    // Saturday: Monday is the first.
    expect(dueSoonUntil('2026-12-05', calendar)).toBe('2026-12-15');
  });

  it('skips a statutory holiday and counts its make-up working day', () => {
    // Wednesday 2026-09-30: 国庆 is 10-01…10-07; 10-08, 10-09, Saturday 10-10 (调休上班), 10-12…10-15 are the
    // seven. Seven calendar days would have ended inside the holiday, on 10-07.
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(dueSoonUntil('2026-09-30', calendar)).toBe('2026-10-15');
  });

  it('gives yellow up to that day, red before today, green after', () => {
    const until = dueSoonUntil('2026-12-04', calendar);
    expect(warningLevel('2026-12-03', '2026-12-04', until).colour).toBe('red');
    expect(warningLevel('2026-12-04', '2026-12-04', until)).toEqual({
      colour: 'yellow',
      label: '临期',
      daysLeft: 0,
    });
    expect(warningLevel('2026-12-15', '2026-12-04', until)).toEqual({
      colour: 'yellow',
      label: '临期',
      daysLeft: 11,
    });
    expect(warningLevel('2026-12-16', '2026-12-04', until).colour).toBe('green');
  });

  it('stops after a year when the bureau set every day off', () => {
    const never = { isWorkingDay: () => false };
    expect(dueSoonUntil('2026-12-04', never)).toBe('2027-12-04');
  });
});
