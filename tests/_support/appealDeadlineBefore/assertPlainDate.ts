// Oracle, do not edit: a frozen copy of src/_lib/assertPlainDate.ts as it was on main at 357782a (2026-11-29), before the size work on
// appealDeadline. tests/appeal-deadline-unchanged.test.ts checks that appealDeadline still gives exactly what this gave.
import { GuidanceError } from '../../../src/errors.js';
import { _EARLIEST_DATE, _LATEST_DATE, _tooEarly, _tooLate } from './dateRange.js';
import { _excerpt } from './limits.js';
import { _parsePlainDate } from './plainDate.js';

/**
 * Throws INVALID_DATE, naming the argument, unless `value` is a real calendar date written as YYYY-MM-DD, and
 * DATE_OUT_OF_RANGE unless it is in the supported range (1 January 2014 to 31 December 2099).
 */
export function _assertPlainDate(value: unknown, argument: string): asserts value is string {
  if (_parsePlainDate(value) !== undefined) {
    const date = value as string;
    if (date < _EARLIEST_DATE) throw new GuidanceError('DATE_OUT_OF_RANGE', _tooEarly(argument, date), { argument });
    if (date > _LATEST_DATE) throw new GuidanceError('DATE_OUT_OF_RANGE', _tooLate(argument, date), { argument });
    return;
  }
  let got: string;
  if (value instanceof Date) got = 'a JavaScript Date object (pass an ISO date string such as "2026-12-01")';
  else if (typeof value === 'string') got = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `"${value}", which is not a date in the calendar` : _excerpt(value);
  else got = value === null ? 'null' : typeof value;
  throw new GuidanceError('INVALID_DATE', `${argument} must be a calendar date written as YYYY-MM-DD, for example "2026-12-01"; got ${got}.`, {
    argument,
  });
}
