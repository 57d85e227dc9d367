import { z } from 'zod';
import { _SAFE_TEXT_PATTERN } from '../_lib/patterns.js';
import { HttpsUrl } from './url.js';
import { PlainDate } from './plainDate.js';

/**
 * Where a fact came from: the page that was read, who publishes it, and the day it was checked.
 *
 * @example
 * Source.parse({
 *   url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42',
 *   title: 'The SEND Regulations 2014, regulation 42',
 *   publisher: 'legislation.gov.uk',
 *   checked: '2026-11-28',
 * }).publisher //=> 'legislation.gov.uk'
 */
export const Source = z
  .object({
    url: HttpsUrl.describe('The address of the page that was read.'),
    title: z.string().min(1).max(500).regex(new RegExp(_SAFE_TEXT_PATTERN), 'Must not contain < > or control characters').describe('The title of that page.'),
    publisher: z.string().min(1).max(200).regex(new RegExp(_SAFE_TEXT_PATTERN), 'Must not contain < > or control characters').describe('Who publishes the page (for example GOV.UK or legislation.gov.uk).'),
    checked: PlainDate.describe('The day the fact was last checked against the page.'),
  })
  .strict()
  .meta({ id: 'Source', description: 'Where a fact came from and when it was checked.' });

/**
 * Where a fact came from and when it was checked.
 *
 * @example
 * const source: Source = { url: 'https://www.gov.uk/appeal-ehc-plan-decision', title: 'Appeal an EHC plan decision', publisher: 'GOV.UK', checked: '2026-11-28' };
 * source.publisher //=> 'GOV.UK'
 */
export type Source = z.infer<typeof Source>;
