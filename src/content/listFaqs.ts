import { faqs } from '../_generated/faqs.js';
import { faqIds } from '../_generated/ids.js';
import type { Faq } from '../schemas/faq.js';

/**
 * Lists every FAQ, sorted by id. The list and the FAQs are frozen.
 *
 * @example
 * listFaqs().some((faq) => faq.id === 'not-satisfied-with-outcome') //=> true
 */
export function listFaqs(): readonly Faq[] {
  return Object.freeze(faqIds.map((id) => faqs[id]));
}
