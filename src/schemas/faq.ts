import { z } from 'zod';
import { ContentBlock } from './block.js';
import { Slug } from './ids.js';
import { RefKind } from './inline.js';
import { PlainDate } from './plainDate.js';
import { Source } from './source.js';

/**
 * A pointer from one item of content to another, by kind and id.
 *
 * @example
 * RelatedRef.parse({ kind: 'organisation', id: 'ipsea' }).kind //=> 'organisation'
 */
export const RelatedRef = z
  .object({ kind: RefKind, id: z.string().min(1) })
  .strict()
  .meta({ id: 'RelatedRef', description: 'A pointer to an organisation, legal reference, FAQ or page.' });

/**
 * A pointer to an organisation, legal reference, FAQ or page.
 *
 * @example
 * const ref: RelatedRef = { kind: 'faq', id: 'council-not-done-what-it-agreed' };
 * ref.id //=> 'council-not-done-what-it-agreed'
 */
export type RelatedRef = z.infer<typeof RelatedRef>;

/**
 * A question people ask after mediation, with its answer as blocks and the sources the answer rests on.
 *
 * @example
 * Faq.shape.question.safeParse('What can I do?').success //=> true
 */
export const Faq = z
  .object({
    id: Slug,
    question: z.string().min(1),
    answer: z.array(ContentBlock).min(1),
    related: z.array(RelatedRef),
    sources: z.array(Source).min(1),
    lastReviewed: PlainDate,
    reviewDue: PlainDate,
  })
  .strict()
  .meta({ id: 'Faq', description: 'A frequently asked question and its answer.' });

/**
 * A frequently asked question and its answer.
 *
 * @example
 * import { getFaq } from 'send-mediation-guidance';
 * const faq: Faq = getFaq('not-satisfied-with-outcome');
 * faq.id //=> 'not-satisfied-with-outcome'
 */
export type Faq = z.infer<typeof Faq>;
