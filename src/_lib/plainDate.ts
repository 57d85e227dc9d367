// Internal helpers for ISO calendar dates ('YYYY-MM-DD'), done with integer arithmetic so that no result depends
// on the machine's time zone. Public wrappers live in src/deadlines/.

/** Days in a month of a (proleptic Gregorian) year. `month` is 1 to 12. */
export function _daysInMonth(year: number, month: number): number {
  if (month === 2) return _isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether a year is a leap year in the Gregorian calendar. */
export function _isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Reads `length` ASCII digits of `text` from `at` as a number; -1 when one of them is not a digit. */
function _digits(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * The parts of a valid `YYYY-MM-DD` string, or `undefined` when the string is not a real calendar date. It reads
 * character codes rather than running a regular expression: every date calculation calls it, often many times.
 */
export function _parsePlainDate(value: unknown): { year: number; month: number; day: number } | undefined {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const year = _digits(value, 0, 4);
  const month = _digits(value, 5, 2);
  const day = _digits(value, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > _daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Whether a value is a real calendar date written as `YYYY-MM-DD`. */
export function _isPlainDate(value: unknown): value is string {
  return _parsePlainDate(value) !== undefined;
}

/** Formats a year, month and day as `YYYY-MM-DD`. */
export function _formatPlainDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 for a valid date (Howard Hinnant's days_from_civil; integer arithmetic only). */
export function _toDayNumber(date: string): number {
  const parts = _parsePlainDate(date);
  if (!parts) throw new RangeError(`not a plain date: ${date}`);
  const y = parts.month <= 2 ? parts.year - 1 : parts.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (parts.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + parts.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date for a day number (inverse of {@link _toDayNumber}). */
export function _fromDayNumber(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return _formatPlainDate(year, month, day);
}

/**
 * Adds (or, when negative, subtracts) a whole number of calendar days. It walks a month at a time, which is quick
 * for the few days or weeks the deadline functions add, and gives the same dates as counting day numbers.
 */
export function _addDays(date: string, days: number): string {
  const parts = _parsePlainDate(date);
  if (!parts) throw new RangeError(`not a plain date: ${date}`);
  let { year, month, day } = parts;
  day += days;
  while (day > _daysInMonth(year, month)) {
    day -= _daysInMonth(year, month);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  while (day < 1) {
    month--;
    if (month < 1) {
      month = 12;
      year--;
    }
    day += _daysInMonth(year, month);
  }
  return _formatPlainDate(year, month, day);
}

/**
 * Day of the week, 0 = Sunday ... 6 = Saturday, by Tomohiko Sakamoto's method: the days that whole years and the
 * leap days before the date move the weekday on, plus each month's offset (January and February counted in the year
 * before, so that a leap day comes at the end of it). Gives the same as counting day numbers, without them.
 */
export function _dayOfWeek(date: string): number {
  const parts = _parsePlainDate(date);
  if (!parts) throw new RangeError(`not a plain date: ${date}`);
  const y = parts.month < 3 ? parts.year - 1 : parts.year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (MONTH_OFFSETS.charCodeAt(parts.month - 1) - 48) + parts.day) % 7;
}

/** How far each month's first day moves the weekday, January to December, as digits. */
const MONTH_OFFSETS = '032503514624';

/**
 * Adds calendar months by the corresponding-date rule: the same day of the month, or the last day of the month
 * when the later month is shorter (31 December + 2 months = 28 or 29 February).
 */
export function _addMonths(date: string, months: number): string {
  const parts = _parsePlainDate(date);
  if (!parts) throw new RangeError(`not a plain date: ${date}`);
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return _formatPlainDate(year, month, Math.min(parts.day, _daysInMonth(year, month)));
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date for people: "Tuesday 1 September 2026". */
export function _longDate(date: string): string {
  const parts = _parsePlainDate(date);
  if (!parts) throw new RangeError(`not a plain date: ${date}`);
  return `${WEEKDAYS[_dayOfWeek(date)]} ${parts.day} ${MONTHS[parts.month - 1]} ${parts.year}`;
}
