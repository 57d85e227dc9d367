import { z } from 'zod';
import { EmailAddress, UkPhoneNumber } from './organisation.js';
import { HttpsUrl } from './url.js';

/**
 * A phone record of an Open Referral UK export (the UK profile's `phone` table): it hangs off a contact by
 * `contact_id`, as the profile has no phones on services or organisations.
 *
 * @example
 * OpenReferralPhone.shape.number.safeParse('0300 061 0614').success //=> true
 */
export const OpenReferralPhone = z
  .object({
    id: z.uuid().describe('A version 5 UUID from the contact and the number, the same on every export.'),
    contact_id: z.uuid(),
    number: UkPhoneNumber,
    description: z.string().min(1).describe('What the number is for, for example "Advice line".'),
  })
  .strict()
  .meta({ id: 'OpenReferralPhone', description: 'A phone record (Open Referral UK, HSDS 3.0 UK profile).' });

/**
 * A phone record of an Open Referral UK export.
 *
 * @example
 * const phone: Pick<OpenReferralPhone, 'number'> = { number: '0300 061 0614' };
 * phone.number //=> '0300 061 0614'
 */
export type OpenReferralPhone = z.infer<typeof OpenReferralPhone>;

/**
 * A contact of a service in an Open Referral UK export; its phones are in {@link OpenReferralExport}'s `phones`.
 *
 * @example
 * OpenReferralContact.shape.name.safeParse('IPSEA').success //=> true
 */
export const OpenReferralContact = z
  .object({ id: z.uuid(), service_id: z.uuid(), name: z.string().min(1) })
  .strict()
  .meta({ id: 'OpenReferralContact', description: 'A contact of a service (Open Referral UK).' });

/**
 * A contact of a service in an Open Referral UK export.
 *
 * @example
 * const contact: Pick<OpenReferralContact, 'name'> = { name: 'IPSEA' };
 * contact.name //=> 'IPSEA'
 */
export type OpenReferralContact = z.infer<typeof OpenReferralContact>;

/**
 * A service in an Open Referral UK export: what the organisation offers, with its web address in `url`.
 *
 * @example
 * OpenReferralService.shape.status.safeParse('active').success //=> true
 */
export const OpenReferralService = z
  .object({
    id: z.uuid().describe('A version 5 UUID from the organisation, the same on every export.'),
    organization_id: z.uuid(),
    name: z.string().min(1),
    description: z.string().min(1),
    url: HttpsUrl.optional().describe('The web page for the service.'),
    email: EmailAddress.optional(),
    status: z.literal('active'),
    contacts: z.array(OpenReferralContact),
  })
  .strict()
  .meta({ id: 'OpenReferralService', description: 'A service (Open Referral UK).' });

/**
 * A service in an Open Referral UK export.
 *
 * @example
 * const service: Pick<OpenReferralService, 'status'> = { status: 'active' };
 * service.status //=> 'active'
 */
export type OpenReferralService = z.infer<typeof OpenReferralService>;

/**
 * An organisation in an Open Referral UK export. `website` is its web address; `uri` is a persistent identifier
 * (`urn:uuid:` and its id), never the website, as HSDS defines it.
 *
 * @example
 * OpenReferralOrganization.shape.uri.safeParse('urn:uuid:fd98f389-e76d-4206-902e-480ab01a6563').success //=> true
 */
export const OpenReferralOrganization = z
  .object({
    id: z.uuid(),
    name: z.string().min(1),
    description: z.string().min(1),
    website: HttpsUrl.optional(),
    email: EmailAddress.optional(),
    uri: z.string().regex(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/).describe('A persistent identifier: urn:uuid: and the organisation id.'),
    services: z.array(OpenReferralService).min(1),
  })
  .strict()
  .meta({ id: 'OpenReferralOrganization', description: 'An organisation with its services (Open Referral UK).' });

/**
 * An organisation in an Open Referral UK export.
 *
 * @example
 * const org: Pick<OpenReferralOrganization, 'name'> = { name: 'IPSEA' };
 * org.name //=> 'IPSEA'
 */
export type OpenReferralOrganization = z.infer<typeof OpenReferralOrganization>;

/**
 * An Open Referral UK (HSDS 3.0 UK profile) export: organisation records with their services and contacts nested,
 * and phone records that point at their contact by `contact_id`. Every id is stable between exports.
 *
 * @example
 * OpenReferralExport.safeParse({ organizations: [], phones: [] }).success //=> true
 */
export const OpenReferralExport = z
  .object({ organizations: z.array(OpenReferralOrganization), phones: z.array(OpenReferralPhone) })
  .strict()
  .meta({ id: 'OpenReferralExport', description: 'An Open Referral UK (HSDS 3.0 UK profile) export.' });

/**
 * An Open Referral UK export.
 *
 * @example
 * import { toOpenReferral } from 'send-mediation-guidance';
 * const data: OpenReferralExport = toOpenReferral();
 * data.organizations.length > 0 //=> true
 */
export type OpenReferralExport = z.infer<typeof OpenReferralExport>;
