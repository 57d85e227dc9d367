import { faqs } from '../_generated/faqs.js';
import { faqIds, type FaqId } from '../_generated/ids.js';
import { _lookUp } from '../_lib/unknownId.js';
import type { Faq } from '../schemas/faq.js';

/**
 * Gets a frequently asked question and its answer by id. The FAQ is deeply frozen.
 *
 * @param id - The FAQ id, for example `'council-not-done-what-it-agreed'`.
 * @throws {@link GuidanceError} with code `UNKNOWN_ID` when no FAQ has that id; the message lists the valid ids.
 *
 * @example
 * getFaq('council-not-done-what-it-agreed').question //=> 'My council has not done what it agreed at mediation. What can I do?'
 */
export function getFaq(id: FaqId): Faq {
  return _lookUp(faqs, faqIds, id, 'FAQ', 'id');
}
