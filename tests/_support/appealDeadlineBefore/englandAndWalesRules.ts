// Oracle, do not edit: a frozen copy of src/_lib/englandAndWalesRules.ts as it was on main at 357782a (2026-11-29), before the size work on
// appealDeadline. tests/appeal-deadline-unchanged.test.ts checks that appealDeadline still gives exactly what this gave.
import { _addDays, _dayOfWeek, _daysInMonth, _formatPlainDate } from './plainDate.js';

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

function firstMonday(year: number, month: number): string {
  const first = _formatPlainDate(year, month, 1);
  return _addDays(first, (8 - _dayOfWeek(first)) % 7);
}

function lastMonday(year: number, month: number): string {
  const last = _formatPlainDate(year, month, _daysInMonth(year, month));
  return _addDays(last, -((_dayOfWeek(last) + 6) % 7));
}

/**
 * The regular non-working days of a year in England and Wales, besides weekends: New Year's Day, Good Friday,
 * Easter Monday, the early May, spring and summer bank holidays, Christmas Day and Boxing Day, with the usual
 * substitute days. One-off days (jubilees, state funerals, moved holidays) cannot be projected.
 */
export function _englandAndWalesRegularHolidays(year: number): { date: string; title: string }[] {
  const newYear = _formatPlainDate(year, 1, 1);
  const newYearDow = _dayOfWeek(newYear);
  const easter = _easterSunday(year);
  const christmas = _formatPlainDate(year, 12, 25);
  const christmasDow = _dayOfWeek(christmas);
  let christmasDay = christmas;
  let boxingDay = _formatPlainDate(year, 12, 26);
  if (christmasDow === 6) {
    // Saturday 25th: Monday 27th and Tuesday 28th.
    christmasDay = _formatPlainDate(year, 12, 27);
    boxingDay = _formatPlainDate(year, 12, 28);
  } else if (christmasDow === 0) {
    // Sunday 25th: Boxing Day on Monday 26th, Christmas substitute on Tuesday 27th.
    christmasDay = _formatPlainDate(year, 12, 27);
  } else if (christmasDow === 5) {
    // Friday 25th, so Boxing Day is a Saturday: substitute Monday 28th.
    boxingDay = _formatPlainDate(year, 12, 28);
  }
  return [
    { date: newYearDow === 6 ? _addDays(newYear, 2) : newYearDow === 0 ? _addDays(newYear, 1) : newYear, title: "New Year's Day" },
    { date: _addDays(easter, -2), title: 'Good Friday' },
    { date: _addDays(easter, 1), title: 'Easter Monday' },
    { date: firstMonday(year, 5), title: 'Early May bank holiday' },
    { date: lastMonday(year, 5), title: 'Spring bank holiday' },
    { date: lastMonday(year, 8), title: 'Summer bank holiday' },
    { date: christmasDay, title: 'Christmas Day' },
    { date: boxingDay, title: 'Boxing Day' },
  ].sort((a, b) => a.date.localeCompare(b.date));
}
