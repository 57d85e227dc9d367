import { z } from 'zod';
import { _PLAIN_DATE_PATTERN } from '../_lib/patterns.js';

/**
 * An ISO calendar date, `YYYY-MM-DD`, that exists in the calendar (no 30 February). The library never uses `Date`
 * objects for calendar dates, so results do not depend on the machine's time zone. The pattern is the whole rule
 * (leap years included), so the JSON Schema (`pattern` and `format: date`) gives the same answers.
 *
 * @example
 * PlainDate.safeParse('2026-12-01').success //=> true
 * PlainDate.safeParse('2026-02-30').success //=> false
 */
export const PlainDate = z
  .string()
  .regex(new RegExp(_PLAIN_DATE_PATTERN), 'Expected a real calendar date written as YYYY-MM-DD (for example 2026-02-28, not 2026-02-30)')
  .meta({ id: 'PlainDate', description: 'An ISO 8601 calendar date, YYYY-MM-DD, that exists in the calendar.', format: 'date' });

/**
 * An ISO calendar date string, `YYYY-MM-DD`.
 *
 * @example
 * const day: PlainDate = '2026-12-01';
 * day //=> '2026-12-01'
 */
export type PlainDate = z.infer<typeof PlainDate>;
