import { legislation } from '../_generated/legislation.js';
import { legislationIds, type LegislationId } from '../_generated/ids.js';
import { _lookUp } from '../_lib/unknownId.js';
import type { LegalReference } from '../schemas/legislation.js';

/**
 * Gets a legal reference by id: the provision, its heading, a plain-English summary, the address of its text on
 * legislation.gov.uk or GOV.UK, how firmly the summary is verified, and its sources. Deeply frozen.
 *
 * @param id - For example `'send-regs-2014/reg-42'`, `'cfa-2014/s-55'`, `'hesc-rules-2008/rule-20'` or
 * `'send-code-2015/para-11.39'`.
 * @throws {@link GuidanceError} `UNKNOWN_ID` when the register has no such reference, with the closest ids.
 *
 * @example
 * const reg42 = getLegislation('send-regs-2014/reg-42');
 * reg42.url //=> 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42'
 * reg42.verification //=> 'primary'
 */
export function getLegislation(id: LegislationId): LegalReference {
  return _lookUp(legislation, legislationIds, id, 'legal reference', 'id');
}
