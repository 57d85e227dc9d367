import { _addDays, _dayOfWeek, _formatPlainDate } from './plainDate.js';

/**
 * Easter Sunday in the Gregorian calendar, by Oudin's algorithm (1940, as Claus Tøndering gives it): `i` is the
 * number of days from 21 March to the Paschal full moon (`h`, corrected for two exceptional cases), `l` the number of
 * days from 21 March to the Sunday on or before it; Easter is the Sunday a week later. It gives the same day as the
 * longer "anonymous Gregorian" algorithm for every year from 1 to 9999 (tests/appeal-deadline-unchanged.test.ts).
 */
export function _easterSunday(year: number): string {
  const century = Math.floor(year / 100);
  const golden = year % 19;
  const h = (century - Math.floor(century / 4) - Math.floor((8 * century + 13) / 25) + 19 * golden + 15) % 30;
  const i = h - Math.floor(h / 28) * (1 - Math.floor(h / 28) * Math.floor(29 / (h + 1)) * Math.floor((21 - golden) / 11));
  const l = i - ((year + Math.floor(year / 4) + i + 2 - century + Math.floor(century / 4)) % 7);
  const month = 3 + Math.floor((l + 40) / 44);
  return _formatPlainDate(year, month, l + 28 - 31 * Math.floor(month / 4));
}

/**
 * The regular non-working days of a year in England and Wales, besides weekends, as [date, title] pairs, in no
 * particular order: what a calendar looks a day up in (see {@link _englandAndWalesRegularHolidays} for the list).
 */
export function _englandAndWalesRegularDays(year: number): [string, string][] {
  const date = (month: number, day: number): string => _formatPlainDate(year, month, day);
  const dow = (month: number, day: number): number => _dayOfWeek(date(month, day));
  /** The last Monday of a month of 31 days. */
  const lastMonday = (month: number): string => date(month, 31 - ((dow(month, 31) + 6) % 7));
  const newYear = dow(1, 1);
  const easter = _easterSunday(year);
  const christmas = dow(12, 25);
  return [
    // A Saturday or Sunday New Year's Day moves to the Monday.
    [date(1, newYear === 6 ? 3 : newYear === 0 ? 2 : 1), "New Year's Day"],
    [_addDays(easter, -2), 'Good Friday'],
    [_addDays(easter, 1), 'Easter Monday'],
    [date(5, 1 + ((8 - dow(5, 1)) % 7)), 'Early May bank holiday'],
    [lastMonday(5), 'Spring bank holiday'],
    [lastMonday(8), 'Summer bank holiday'],
    // Saturday 25th: Monday 27th and Tuesday 28th. Sunday 25th: Boxing Day on Monday 26th, Christmas Day on Tuesday
    // 27th. Friday 25th: Boxing Day on Monday 28th.
    [date(12, christmas === 6 || christmas === 0 ? 27 : 25), 'Christmas Day'],
    [date(12, christmas === 6 || christmas === 5 ? 28 : 26), 'Boxing Day'],
  ];
}

/**
 * The regular non-working days of a year in England and Wales, besides weekends, in date order: New Year's Day,
 * Good Friday, Easter Monday, the early May, spring and summer bank holidays, Christmas Day and Boxing Day, with the
 * usual substitute days. One-off days (jubilees, state funerals, moved holidays) cannot be projected.
 */
export function _englandAndWalesRegularHolidays(year: number): { date: string; title: string }[] {
  return _englandAndWalesRegularDays(year)
    .map(([date, title]) => ({ date, title }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
