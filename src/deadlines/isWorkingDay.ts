import { _defaultCalendar, _isWorkingDay } from '../_lib/calendar.js';
import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import type { WorkingDayCalendar } from '../schemas/calendar.js';

/**
 * Whether a date is a working day: not a Saturday or Sunday, and not a bank holiday, Christmas Day or Good Friday
 * in the calendar.
 *
 * @param date - A calendar date, `YYYY-MM-DD`.
 * @param calendar - The calendar to use; {@link englandAndWalesCalendar} by default.
 * @throws {@link GuidanceError} `INVALID_DATE` for anything but a real `YYYY-MM-DD` date; `DATE_OUT_OF_RANGE` for a
 * date the calendar does not cover (before 2014 for the default calendar); `INVALID_ARGUMENT` for a malformed calendar.
 *
 * @example
 * isWorkingDay('2026-12-24') //=> true
 * isWorkingDay('2026-12-25') //=> false
 * isWorkingDay('2026-12-26') //=> false
 */
export function isWorkingDay(date: string, calendar: WorkingDayCalendar = _defaultCalendar): boolean {
  _assertPlainDate(date, 'date');
  return _isWorkingDay(date, calendar, 'date');
}
