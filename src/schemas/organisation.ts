import { z } from 'zod';
import { _normaliseUkPhone, _UK_PHONE_MAX_LENGTH, _UK_PHONE_PATTERN } from '../_lib/ukPhone.js';
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
  .enum(['tribunal', 'charity', 'statutory-service', 'network', 'ombudsman', 'government', 'local-authority'])
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
 * What a parent or young person may need help with after mediation.
 *
 * - `appeal`: deciding appeals (the tribunal itself);
 * - `appeal-support`: help to make or prepare an appeal;
 * - `advice`: advice about their situation and the law;
 * - `helpline`: a phone line to call;
 * - `information`: general information;
 * - `complaint`: looking into complaints about a council;
 * - `legal-representation`: someone to represent them at a hearing.
 *
 * @example
 * Need.options.includes('complaint') //=> true
 */
export const Need = z
  .enum(['appeal', 'appeal-support', 'advice', 'helpline', 'information', 'complaint', 'legal-representation'])
  .meta({ id: 'Need', description: 'What someone may need help with.' });

/**
 * What someone may need help with.
 *
 * @example
 * const need: Need = 'advice';
 * need //=> 'advice'
 */
export type Need = z.infer<typeof Need>;

/**
 * Who an organisation serves.
 *
 * @example
 * Audience.options //=> ['parents', 'young-people', 'professionals']
 */
export const Audience = z.enum(['parents', 'young-people', 'professionals']).meta({ id: 'Audience', description: 'Who an organisation serves.' });

/**
 * Who an organisation serves.
 *
 * @example
 * const audience: Audience = 'parents';
 * audience //=> 'parents'
 */
export type Audience = z.infer<typeof Audience>;

/**
 * A UK phone number in any form people publish it: spaces or hyphens anywhere, `+44` or `+44 (0)`, or the area code
 * in brackets (`03000 41 3000`, `+44 3000 413000`, `(01622) 694000`, `0300-123-4567`). Parsing stores it in one
 * style, grouped as UK numbers are usually written (`0300 041 3000`, `020 7946 0000`, `01622 694000`). Numbers
 * from other countries, with the wrong number of digits or in unused ranges (04, 06) are refused.
 *
 * @example
 * UkPhoneNumber.parse('+44 3000 413000') //=> '0300 041 3000'
 * UkPhoneNumber.parse('(01622) 694000') //=> '01622 694000'
 * UkPhoneNumber.safeParse('+1 555 0100').success //=> false
 */
export const UkPhoneNumber = z
  .string()
  .max(_UK_PHONE_MAX_LENGTH)
  .regex(new RegExp(_UK_PHONE_PATTERN), 'Expected a UK phone number such as "0300 061 0614"')
  .overwrite((value) => _normaliseUkPhone(value) ?? value)
  .meta({ id: 'UkPhoneNumber', description: 'A UK phone number: 0 or +44, then 9 or 10 digits, with optional spaces, hyphens or a bracketed area code.' });

/**
 * A UK phone number.
 *
 * @example
 * const phone: UkPhoneNumber = '0300 061 0614';
 * phone //=> '0300 061 0614'
 */
export type UkPhoneNumber = z.infer<typeof UkPhoneNumber>;

/**
 * An email address.
 *
 * @example
 * EmailAddress.safeParse('sen@example.gov.uk').success //=> true
 */
export const EmailAddress = z.email().max(254).meta({ id: 'EmailAddress', description: 'An email address.' });

/**
 * An email address.
 *
 * @example
 * const email: EmailAddress = 'sen@example.gov.uk';
 * email //=> 'sen@example.gov.uk'
 */
export type EmailAddress = z.infer<typeof EmailAddress>;

/**
 * One way to contact an organisation, with the page it was read on and the day it was checked.
 *
 * @example
 * ContactChannel.parse({
 *   type: 'phone', value: '0300 061 0614', label: 'Advice line',
 *   source: { url: 'https://www.lgo.org.uk', title: 'Contact us', publisher: 'LGSCO', checked: '2026-11-28' },
 * }).type //=> 'phone'
 */
export const ContactChannel = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('website'), value: HttpsUrl, label: z.string().min(1), source: Source }).strict(),
    z.object({ type: z.literal('web-form'), value: HttpsUrl, label: z.string().min(1), source: Source }).strict(),
    z.object({ type: z.literal('email'), value: EmailAddress, label: z.string().min(1), source: Source }).strict(),
    z
      .object({
        type: z.literal('phone'),
        value: UkPhoneNumber,
        label: z.string().min(1),
        hours: z.string().min(1).optional().describe('Opening hours, only where verified.'),
        source: Source,
      })
      .strict(),
  ])
  .meta({ id: 'ContactChannel', description: 'A way to contact an organisation, with its source.' });

/**
 * A way to contact an organisation, with its source.
 *
 * @example
 * const channel: ContactChannel = { type: 'website', value: 'https://www.lgo.org.uk', label: 'Website', source: { url: 'https://www.lgo.org.uk', title: 'Home', publisher: 'LGSCO', checked: '2026-11-28' } };
 * channel.type //=> 'website'
 */
export type ContactChannel = z.infer<typeof ContactChannel>;

/**
 * An organisation that can help, or that a parent may need to deal with, after mediation. Contact channels carry
 * their own source; the other facts rest on `sources`. A fact that could not be verified is left out (the optional
 * fields), never guessed.
 *
 * @example
 * Organisation.shape.kind.safeParse('tribunal').success //=> true
 */
export const Organisation = z
  .object({
    id: Slug,
    uuid: z.uuid().describe('A UUID that never changes, used as the id in Open Referral exports.'),
    name: z.string().min(1).describe('The name the organisation uses for itself.'),
    aliases: z.array(z.string().min(1)).describe('Other names and short forms people use, including common misspellings.'),
    kind: OrganisationKind,
    summary: z.string().min(1).describe('What it does for a parent or young person, in plain English.'),
    helpsWith: z.array(Need).min(1).describe('What it helps with, most important first.'),
    audiences: z.array(Audience).min(1),
    free: z.boolean().optional().describe('Whether its help is free; absent where not verified.'),
    independent: z.boolean().optional().describe('Whether it is independent of councils and the NHS; absent where not verified.'),
    area: z.enum(['england', 'england-and-wales', 'local']).optional().describe('Where it works; absent where not verified.'),
    website: HttpsUrl.optional(),
    contacts: z.array(ContactChannel),
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
