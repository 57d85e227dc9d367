import { z } from 'zod';
import { Slug } from './ids.js';
import { PlainDate } from './plainDate.js';
import { Source } from './source.js';
import { HttpsUrl } from './url.js';

/**
 * What kind of body an organisation is.
 *
 * @example
 * OrganisationKind.options.includes('charity') //=> true
 */
export const OrganisationKind = z
  .enum(['tribunal', 'charity', 'statutory-service', 'network', 'ombudsman', 'government'])
  .meta({ id: 'OrganisationKind', description: 'What kind of body an organisation is.' });

/**
 * What kind of body an organisation is.
 *
 * @example
 * const kind: OrganisationKind = 'ombudsman';
 * kind //=> 'ombudsman'
 */
export type OrganisationKind = z.infer<typeof OrganisationKind>;

/**
 * An organisation that can help, or that a parent may need to deal with, after mediation. Every fact has a source
 * and the date it was checked; a fact that could not be verified is left out rather than guessed.
 *
 * @example
 * Organisation.shape.kind.safeParse('tribunal').success //=> true
 */
export const Organisation = z
  .object({
    id: Slug,
    name: z.string().min(1).describe('The name the organisation uses for itself.'),
    aliases: z.array(z.string().min(1)).describe('Other names and short forms people use, including common misspellings.'),
    kind: OrganisationKind,
    summary: z.string().min(1).describe('What it does for a parent or young person, in plain English.'),
    website: HttpsUrl.optional(),
    sources: z.array(Source).min(1),
    lastVerified: PlainDate,
  })
  .strict()
  .meta({ id: 'Organisation', description: 'An organisation that can help after mediation.' });

/**
 * An organisation that can help after mediation.
 *
 * @example
 * const org: Pick<Organisation, 'id' | 'name'> = { id: 'ipsea', name: 'IPSEA' };
 * org.id //=> 'ipsea'
 */
export type Organisation = z.infer<typeof Organisation>;
