// Oracle, do not edit: a frozen copy of src/_lib/dateRange.ts as it was on main at 357782a (2026-11-29), before the size work on
// appealDeadline. tests/appeal-deadline-unchanged.test.ts checks that appealDeadline still gives exactly what this gave.
// The one range of dates every date function supports (docs/limits-and-errors.md). The start is the first day of the
// bank holiday data; the end is as far ahead as projecting bank holidays from the regular rules is worth doing.
// Inside the range every date is a four-digit year, so ISO strings compare correctly as strings.

/** The first supported date. */
export const _EARLIEST_DATE = '2014-01-01';
/** The last supported date. */
export const _LATEST_DATE = '2099-12-31';

/** The message for a date before the range (true for the input dates and for computed ones alike). */
export function _tooEarly(argument: string, date: string): string {
  return `${argument} (${date}) is before 1 January 2014, the first date this library supports: its bank holiday data start then.`;
}

/** The message for a date after the range. */
export function _tooLate(argument: string, date: string, computed = false): string {
  return `${argument}${computed ? ` leads to ${date}, which` : ` (${date})`} is after 31 December 2099, the last date this library supports: bank holidays that far ahead cannot be projected with any confidence.`;
}
