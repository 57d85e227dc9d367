import { _defaultCalendar, _holidayOn } from '../_lib/calendar.js';
import { _addDays, _formatPlainDate } from '../_lib/plainDate.js';
import { GuidanceError } from '../errors.js';
import type { WorkingDayCalendar } from '../schemas/calendar.js';
import { _excerpt } from '../_lib/limits.js';

/**
 * A non-working day listed by {@link listBankHolidays}.
 *
 * @example
 * const day: ListedBankHoliday = { date: '2030-12-25', title: 'Christmas Day', projected: true };
 * day.projected //=> true
 */
export interface ListedBankHoliday {
  /** The date, `YYYY-MM-DD`. */
  date: string;
  /** Its name, as GOV.UK gives it. */
  title: string;
  /** True when the date is projected from the regular rules rather than taken from published data. */
  projected: boolean;
}

/**
 * Lists the non-working days besides weekends (bank holidays, Christmas Day, Good Friday) in a year, in date order,
 * each marked as published or projected.
 *
 * @param year - A year the calendar covers (from 2014 for the default calendar).
 * @throws {@link GuidanceError} `INVALID_ARGUMENT` for a year that is not a whole number from 1 to 9999;
 * `DATE_OUT_OF_RANGE` for a year the calendar does not cover or outside the supported range (2014 to 2099).
 *
 * @example
 * listBankHolidays(2023).length //=> 9
 * listBankHolidays(2031)[0] //=> { date: '2031-01-01', title: "New Year's Day", projected: true }
 */
export function listBankHolidays(year: number, calendar: WorkingDayCalendar = _defaultCalendar): ListedBankHoliday[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new GuidanceError('INVALID_ARGUMENT', `year must be a whole number such as 2027; got ${_excerpt(year)}.`, { argument: 'year' });
  }
  if (year > 2099) {
    throw new GuidanceError('DATE_OUT_OF_RANGE', `year (${year}) is after 2099, the last year this library supports: bank holidays that far ahead cannot be projected with any confidence.`, { argument: 'year' });
  }
  const out: ListedBankHoliday[] = [];
  const last = _formatPlainDate(year, 12, 31);
  for (let day = _formatPlainDate(year, 1, 1); day <= last; day = _addDays(day, 1)) {
    const holiday = _holidayOn(day, calendar, 'year');
    if (holiday) out.push({ date: day, title: holiday.title, projected: holiday.projected });
  }
  return out;
}
