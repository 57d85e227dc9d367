import { z } from 'zod';
import { _SAFE_TEXT_PATTERN } from '../_lib/patterns.js';
import { PlainDate } from './plainDate.js';
import { Source } from './source.js';
import { EmailAddress, UkPhoneNumber } from './organisation.js';
import { HttpsUrl } from './url.js';
import { _validateLocalDetails, _validateLocalIass } from '../_lib/validateLocal.js';

/**
 * An ONS (GSS) code for a local authority in England, for example `E10000016` (Kent).
 *
 * @example
 * GssCode.safeParse('E10000016').success //=> true
 * GssCode.safeParse('Kent').success //=> false
 */
export const GssCode = z.string().regex(/^E(06|07|08|09|10)\d{6}$/, 'Expected an ONS code such as E10000016').meta({ id: 'GssCode' });

/**
 * An ONS (GSS) code for a local authority in England.
 *
 * @example
 * const code: GssCode = 'E10000016';
 * code //=> 'E10000016'
 */
export type GssCode = z.infer<typeof GssCode>;

/**
 * A local authority in England with duties under Part 3 of the Children and Families Act 2014 (special educational
 * needs and disability). `validTo` and `successors` record a known reorganisation.
 *
 * @example
 * LocalAuthority.shape.type.options.includes('london-borough') //=> true
 */
export const LocalAuthority = z
  .object({
    gssCode: GssCode,
    name: z.string().min(1),
    shortName: z.string().min(1).describe('The place name people use, for example "Kent".'),
    otherNames: z.array(z.string().min(1)).optional().describe('Other official names in the source data.'),
    type: z.enum(['county', 'unitary', 'metropolitan-district', 'london-borough', 'city-corporation']),
    region: z.string().min(1),
    govukSlug: z.string().regex(/^[a-z0-9-]+$/),
    homepage: z.url({ protocol: /^https?$/ }).describe('As GOV.UK lists it; some are still http.'),
    validFrom: PlainDate.optional(),
    validTo: PlainDate.optional().describe('The last day it exists, where a reorganisation is known.'),
    successors: z.array(z.object({ name: z.string().min(1), gssCode: GssCode.optional() }).strict()).optional(),
    notes: z.string().min(1).optional(),
  })
  .strict()
  .meta({ id: 'LocalAuthority', description: 'A local authority in England with SEND duties.' });

/**
 * A local authority in England with SEND duties.
 *
 * @example
 * import { getLocalAuthority } from 'send-mediation-guidance';
 * const kent: LocalAuthority = getLocalAuthority('Kent');
 * kent.gssCode //=> 'E10000016'
 */
export type LocalAuthority = z.infer<typeof LocalAuthority>;

/** Text supplied by a council: not empty, at most `max` characters, no `<`, `>` or control characters. */
const SafeText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(new RegExp(_SAFE_TEXT_PATTERN), 'Must not contain < > or control characters');

/**
 * A local information, advice and support (IAS) service, as a council or plugin supplies it.
 *
 * @example
 * LocalIass.safeParse({
 *   name: 'Example SENDIASS', website: 'https://sendiass.example.org', localAuthorities: ['E10000016'],
 *   source: { url: 'https://sendiass.example.org', title: 'Home', publisher: 'Example SENDIASS', checked: '2026-11-28' },
 * }).success //=> true
 */
export const LocalIass = z
  .object({
    name: SafeText(200),
    website: HttpsUrl,
    phone: UkPhoneNumber.optional(),
    email: EmailAddress.optional(),
    localAuthorities: z.array(GssCode).min(1).describe('The councils whose area it covers.'),
    source: Source,
  })
  .strict()
  // One validation truth: the hand validator the root entry uses (src/_lib/validateLocal.ts) must pass too.
  .superRefine((value, ctx) => _refineWith(_validateLocalIass, value, ctx))
  .meta({ id: 'LocalIass', description: 'A local information, advice and support service.' });

/**
 * A local information, advice and support service.
 *
 * @example
 * const iass: Pick<LocalIass, 'name'> = { name: 'Example SENDIASS' };
 * iass.name //=> 'Example SENDIASS'
 */
export type LocalIass = z.infer<typeof LocalIass>;

/** Adds the hand validator's first complaint, if any, as a zod issue. */
function _refineWith(validate: (value: unknown) => void, value: unknown, ctx: z.RefinementCtx): void {
  try {
    validate(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
  }
}


/**
 * A council's (or mediation provider's) own details, which {@link LocalIass} and `localise` put into the guidance in
 * place of the generic wording. Text is treated as untrusted: names may not contain `<`, `>` or control characters,
 * and every web address must be `https:`.
 *
 * @example
 * LocalDetails.safeParse({ localAuthority: { name: 'Kent County Council', complaintsUrl: 'javascript:alert(1)' } }).success //=> false
 */
export const LocalDetails = z
  .object({
    localAuthority: z
      .object({
        name: SafeText(200),
        gssCode: GssCode.optional(),
        senTeam: z
          .object({ name: SafeText(200).optional(), email: EmailAddress.optional(), phone: UkPhoneNumber.optional(), url: HttpsUrl.optional() })
          .strict()
          .optional(),
        complaintsUrl: HttpsUrl.optional(),
        localOfferUrl: HttpsUrl.optional(),
      })
      .strict(),
    mediationProvider: z.object({ name: SafeText(200), url: HttpsUrl.optional(), phone: UkPhoneNumber.optional(), email: EmailAddress.optional() }).strict().optional(),
    iass: LocalIass.optional(),
  })
  .strict()
  .superRefine((value, ctx) => _refineWith(_validateLocalDetails, value, ctx))
  .meta({ id: 'LocalDetails', description: "A council's own contact details for the guidance." });

/**
 * A council's own contact details for the guidance.
 *
 * @example
 * const details: LocalDetails = { localAuthority: { name: 'Kent County Council' } };
 * details.localAuthority.name //=> 'Kent County Council'
 */
export type LocalDetails = z.infer<typeof LocalDetails>;
