import { _addDays, _dayOfWeek, _formatPlainDate } from './plainDate.js';

/** Easter Sunday in the Gregorian calendar (the "anonymous Gregorian" algorithm). */
export function _easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return _formatPlainDate(year, month, day);
}

/**
 * The regular non-working days of a year in England and Wales, besides weekends: New Year's Day, Good Friday,
 * Easter Monday, the early May, spring and summer bank holidays, Christmas Day and Boxing Day, with the usual
 * substitute days. One-off days (jubilees, state funerals, moved holidays) cannot be projected.
 */
export function _englandAndWalesRegularHolidays(year: number): { date: string; title: string }[] {
  const date = (month: number, day: number): string => _formatPlainDate(year, month, day);
  const dow = (month: number, day: number): number => _dayOfWeek(date(month, day));
  /** The last Monday of a month of 31 days. */
  const lastMonday = (month: number): string => date(month, 31 - ((dow(month, 31) + 6) % 7));
  const newYear = dow(1, 1);
  const easter = _easterSunday(year);
  const christmas = dow(12, 25);
  return [
    // A Saturday or Sunday New Year's Day moves to the Monday.
    { date: date(1, newYear === 6 ? 3 : newYear === 0 ? 2 : 1), title: "New Year's Day" },
    { date: _addDays(easter, -2), title: 'Good Friday' },
    { date: _addDays(easter, 1), title: 'Easter Monday' },
    { date: date(5, 1 + ((8 - dow(5, 1)) % 7)), title: 'Early May bank holiday' },
    { date: lastMonday(5), title: 'Spring bank holiday' },
    { date: lastMonday(8), title: 'Summer bank holiday' },
    // Saturday 25th: Monday 27th and Tuesday 28th. Sunday 25th: Boxing Day on Monday 26th, Christmas Day on Tuesday
    // 27th. Friday 25th: Boxing Day on Monday 28th.
    { date: date(12, christmas === 6 || christmas === 0 ? 27 : 25), title: 'Christmas Day' },
    { date: date(12, christmas === 6 || christmas === 5 ? 28 : 26), title: 'Boxing Day' },
  ].sort((a, b) => a.date.localeCompare(b.date));
}
