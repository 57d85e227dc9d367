// Internal helpers for ISO calendar dates ('YYYY-MM-DD'), done with integer arithmetic so that no result depends
// on the machine's time zone. Public wrappers live in src/deadlines/.

const PLAIN_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of a (proleptic Gregorian) year. `month` is 1 to 12. */
export function _daysInMonth(year: number, month: number): number {
  if (month === 2) return _isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether a year is a leap year in the Gregorian calendar. */
export function _isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The parts of a valid `YYYY-MM-DD` string, or `undefined` when the string is not a real calendar date. */
export function _parsePlainDate(value: unknown): { year: number; month: number; day: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = PLAIN_DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > _daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Whether a value is a real calendar date written as `YYYY-MM-DD`. */
export function _isPlainDate(value: unknown): value is string {
  return _parsePlainDate(value) !== undefined;
}
