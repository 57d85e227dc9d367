import { _defaultCalendar, _isWorkingDay } from '../_lib/calendar.js';
import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import { _addDays } from '../_lib/plainDate.js';
import type { WorkingDayCalendar } from '../schemas/calendar.js';

/**
 * The first working day after a date (never the date itself).
 *
 * @param date - A calendar date, `YYYY-MM-DD`.
 * @param calendar - The calendar to use; {@link englandAndWalesCalendar} by default.
 * @throws {@link GuidanceError} `INVALID_DATE`, `DATE_OUT_OF_RANGE` or `INVALID_ARGUMENT`, as {@link isWorkingDay}.
 *
 * @example
 * nextWorkingDay('2026-04-02') //=> '2026-04-07'
 * nextWorkingDay('2025-12-24') //=> '2025-12-29'
 */
export function nextWorkingDay(date: string, calendar: WorkingDayCalendar = _defaultCalendar): string {
  _assertPlainDate(date, 'date');
  let day = _addDays(date, 1);
  while (!_isWorkingDay(day, calendar, 'date')) day = _addDays(day, 1);
  return day;
}
