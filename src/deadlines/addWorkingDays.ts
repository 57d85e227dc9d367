import { _defaultCalendar, _isWorkingDay } from '../_lib/calendar.js';
import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import { _addDays } from '../_lib/plainDate.js';
import { GuidanceError } from '../errors.js';
import type { WorkingDayCalendar } from '../schemas/calendar.js';
import { _excerpt } from '../_lib/limits.js';

/**
 * Adds a number of working days to a date: the start date is not counted, and each following working day counts
 * one. A negative number counts backwards. Adding 0 returns the date unchanged.
 *
 * @param date - A calendar date, `YYYY-MM-DD`.
 * @param days - A whole number of working days, from -3650 to 3650.
 * @param calendar - The calendar to use; {@link englandAndWalesCalendar} by default.
 * @throws {@link GuidanceError} `INVALID_ARGUMENT` when `days` is not a whole number in range; otherwise as
 * {@link isWorkingDay}.
 *
 * @example
 * addWorkingDays('2026-12-23', 3) //=> '2026-12-30'
 * addWorkingDays('2026-04-02', 1) //=> '2026-04-07'
 * addWorkingDays('2026-04-07', -1) //=> '2026-04-02'
 */
export function addWorkingDays(date: string, days: number, calendar: WorkingDayCalendar = _defaultCalendar): string {
  _assertPlainDate(date, 'date');
  if (!Number.isInteger(days) || Math.abs(days) > 3650) {
    throw new GuidanceError('INVALID_ARGUMENT', `days must be a whole number from -3650 to 3650; got ${_excerpt(days)}.`, {
      argument: 'days',
    });
  }
  const step = days < 0 ? -1 : 1;
  let remaining = Math.abs(days);
  let day = date;
  while (remaining > 0) {
    day = _addDays(day, step);
    if (_isWorkingDay(day, calendar, 'date')) remaining--;
  }
  return day;
}
