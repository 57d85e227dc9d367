import { localAuthorities } from '../_generated/localAuthorities.js';
import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import type { LocalAuthority } from '../schemas/localAuthority.js';
import { _assertOptions } from '../_lib/limits.js';

/**
 * Lists the local authorities in England with SEND duties, sorted by ONS code. With `on`, only those that exist on
 * that day (so a council abolished by a reorganisation drops out after its `validTo` date); without it, every
 * authority in the data. The list and its entries are frozen.
 *
 * @param options - `on`: a date, `YYYY-MM-DD`.
 * @throws {@link GuidanceError} `INVALID_DATE` when `on` is not a real date.
 *
 * @example
 * listLocalAuthorities().length //=> 153
 * listLocalAuthorities({ on: '2027-04-01' }).some((la) => la.shortName === 'Surrey') //=> false
 */
export function listLocalAuthorities(options: { on?: string } = {}): readonly LocalAuthority[] {
  _assertOptions(options, 'options');
  const on = options.on;
  if (on === undefined) return localAuthorities();
  _assertPlainDate(on, 'options.on');
  return Object.freeze(localAuthorities().filter((a) => (a.validFrom === undefined || a.validFrom <= on) && (a.validTo === undefined || a.validTo >= on)));
}
