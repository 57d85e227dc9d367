import { GuidanceError } from '../errors.js';
import { _parsePlainDate } from './plainDate.js';

/** Throws INVALID_DATE, naming the argument, unless `value` is a real calendar date written as YYYY-MM-DD. */
export function _assertPlainDate(value: unknown, argument: string): asserts value is string {
  if (_parsePlainDate(value) !== undefined) return;
  let got: string;
  if (value instanceof Date) got = 'a JavaScript Date object (pass an ISO date string such as "2026-12-01")';
  else if (typeof value === 'string') got = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `"${value}", which is not a date in the calendar` : `"${value}"`;
  else got = value === null ? 'null' : typeof value;
  throw new GuidanceError('INVALID_DATE', `${argument} must be a calendar date written as YYYY-MM-DD, for example "2026-12-01"; got ${got}.`, {
    argument,
  });
}
