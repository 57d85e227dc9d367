import { z } from 'zod';
import { _isPlainDate } from '../_lib/plainDate.js';

/**
 * An ISO calendar date, `YYYY-MM-DD`, that exists in the calendar (no 30 February). The library never uses `Date`
 * objects for calendar dates, so results do not depend on the machine's time zone.
 *
 * @example
 * PlainDate.safeParse('2026-12-01').success //=> true
 * PlainDate.safeParse('2026-02-30').success //=> false
 */
export const PlainDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written as YYYY-MM-DD')
  .refine(_isPlainDate, 'Expected a real calendar date (for example 2026-02-28, not 2026-02-30)')
  .meta({ id: 'PlainDate', description: 'An ISO 8601 calendar date, YYYY-MM-DD.' });

/**
 * An ISO calendar date string, `YYYY-MM-DD`.
 *
 * @example
 * const day: PlainDate = '2026-12-01';
 * day //=> '2026-12-01'
 */
export type PlainDate = z.infer<typeof PlainDate>;
