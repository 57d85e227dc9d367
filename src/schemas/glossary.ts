import { z } from 'zod';
import { Slug } from './ids.js';
import { PlainDate } from './plainDate.js';
import { Source } from './source.js';

/**
 * A word or phrase a parent may not know, with a plain-English explanation. Pages and FAQs link a term to its
 * glossary entry the first time they use it (`[EHC plan](term:ehc-plan)` in `data/`).
 *
 * `matches` lists the words that count as a use of the term in the text (matched as whole words, ignoring case), so
 * the build can check that the first use is linked.
 *
 * @example
 * GlossaryTerm.parse({
 *   id: 'tribunal',
 *   term: 'Tribunal',
 *   matches: ['tribunal'],
 *   definition: 'A kind of court.',
 *   sources: [{ url: 'https://www.gov.uk/appeal-ehc-plan-decision', title: 'Appeal an EHC plan decision', publisher: 'GOV.UK', checked: '2026-11-29' }],
 *   lastReviewed: '2026-11-29',
 *   reviewDue: '2027-05-29',
 * }).term //=> 'Tribunal'
 */
export const GlossaryTerm = z
  .object({
    id: Slug.describe('Stable id used by getGlossaryTerm and by term: links in content.'),
    term: z.string().min(1).describe('The term as a heading shows it, for example "Mediation certificate".'),
    abbreviation: z.string().min(1).optional().describe('The short form, where people use one (for example "SEND").'),
    matches: z
      .array(z.string().min(2))
      .min(1)
      .describe('Words that count as a use of the term in content (whole words, any case).'),
    definition: z.string().min(1).describe('What the term means, in plain English, in one to three short sentences.'),
    sources: z.array(Source).min(1),
    lastReviewed: PlainDate,
    reviewDue: PlainDate,
  })
  .strict()
  .meta({ id: 'GlossaryTerm', description: 'A term a parent may not know, explained in plain English.' });

/**
 * A term a parent may not know, explained in plain English.
 *
 * @example
 * import { getGlossaryTerm } from 'send-mediation-guidance';
 * const term: GlossaryTerm = getGlossaryTerm('send');
 * term.abbreviation //=> 'SEND'
 */
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
