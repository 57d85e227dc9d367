import { _assertPlainDate } from '../../appealDeadlineBefore/assertPlainDate.js';
import { _longDate } from '../../appealDeadlineBefore/plainDate.js';
import { GuidanceError } from '../../../../src/errors.js';

/**
 * Options for {@link formatDate}.
 *
 * @example
 * const options: FormatDateOptions = { weekday: true };
 * options.weekday //=> true
 */
export interface FormatDateOptions {
  /** Start with the day of the week ("Friday 2 January 2026"), as GOV.UK does for deadlines. Default `false`. */
  weekday?: boolean;
}

/**
 * Writes a `YYYY-MM-DD` date for people, in GOV.UK style: the day, the month in full and the year, with no
 * comma and no "st" or "nd" ("2 January 2026"), optionally after the day of the week ("Friday 2 January 2026").
 * The day of the week is worked out from the calendar date alone, so it never depends on the time zone. The
 * renderers and the command-line tool use it for every date they print.
 *
 * @param date - A calendar date written as `YYYY-MM-DD`.
 * @throws {@link GuidanceError} `INVALID_DATE` for anything that is not a real calendar date; `INVALID_ARGUMENT`
 *   when `options` is not an object.
 *
 * @example
 * formatDate('2026-01-02') //=> '2 January 2026'
 * formatDate('2026-01-02', { weekday: true }) //=> 'Friday 2 January 2026'
 * formatDate(appealDeadline({ decisionLetterDate: '2025-10-01', mediationCertificateDate: '2025-11-29' }).lastDay) //=> '2 January 2026'
 */
export function formatDate(date: string, options: FormatDateOptions = {}): string {
  _assertPlainDate(date, 'date');
  if (typeof options !== 'object' || options === null) {
    throw new GuidanceError('INVALID_ARGUMENT', 'formatDate options must be an object such as { weekday: true }.', { argument: 'options' });
  }
  // _longDate ("Friday 2 January 2026") is the one implementation, also used in the deadline explanations.
  const long = _longDate(date);
  return options.weekday === true ? long : long.slice(long.indexOf(' ') + 1);
}
