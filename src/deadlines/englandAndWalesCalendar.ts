import { englandAndWalesCalendarData } from '../_generated/calendars.js';
import type { WorkingDayCalendar } from '../schemas/calendar.js';

/**
 * The working-day calendar for England and Wales: bank holidays, Christmas Day and Good Friday from GOV.UK's list
 * for 2014 to 2027 (including the one-off days of 2020, 2022 and 2023). Later years are projected from the regular
 * rules, and every explanation that relies on a projected year says so. Every deadline function uses this calendar
 * unless you pass your own in the same shape (by default they work the same days out from the regular rules and the
 * exceptions to them, which gives exactly this list, so that they do not carry the list). Deeply frozen.
 *
 * @example
 * englandAndWalesCalendar.coverage //=> { from: '2014-01-01', to: '2027-12-31' }
 * englandAndWalesCalendar.holidays.some((h) => h.date === '2023-05-08') //=> true
 */
export const englandAndWalesCalendar: WorkingDayCalendar = englandAndWalesCalendarData;
