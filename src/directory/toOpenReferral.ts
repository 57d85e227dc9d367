import { _stableUuid } from '../_lib/stableUuid.js';
import { _validateLocalIass } from '../_lib/validateLocal.js';
import type { LocalIass } from '../schemas/localAuthority.js';
import type { Organisation } from '../schemas/organisation.js';
import { listOrganisations } from './listOrganisations.js';
import { _assertOptions } from '../_lib/limits.js';
import { GuidanceError } from '../errors.js';

/**
 * An Open Referral UK (HSDS 3.0 UK profile) export: organisation records with their services and contacts nested,
 * and phone records that point at their contact by `contact_id`, as the UK profile's phone table does.
 *
 * @example
 * const data: OpenReferralExport = toOpenReferral();
 * data.organizations.length > 0 //=> true
 */
export interface OpenReferralExport {
  /** Organisation records (the UK profile's `organization`, with `services` and their `contacts`). */
  organizations: Record<string, unknown>[];
  /** Phone records (the UK profile's `phone` table). */
  phones: Record<string, unknown>[];
}

function _record(org: { uuid: string; name: string; description: string; website?: string | undefined; email?: string | undefined; phones: { number: string; label: string }[]; serviceName: string; serviceUrl?: string | undefined }, out: OpenReferralExport): void {
  const serviceId = _stableUuid(`${org.uuid}/service`);
  const contactId = _stableUuid(`${org.uuid}/contact`);
  const contacts = org.phones.length > 0 ? [{ id: contactId, service_id: serviceId, name: org.name }] : [];
  out.organizations.push({
    id: org.uuid,
    name: org.name,
    description: org.description,
    ...(org.website === undefined ? {} : { website: org.website, uri: org.website }),
    ...(org.email === undefined ? {} : { email: org.email }),
    services: [
      {
        id: serviceId,
        organization_id: org.uuid,
        name: org.serviceName,
        description: org.description,
        ...(org.serviceUrl === undefined ? {} : { url: org.serviceUrl }),
        ...(org.email === undefined ? {} : { email: org.email }),
        status: 'active',
        contacts,
      },
    ],
  });
  org.phones.forEach((phone, i) => {
    out.phones.push({ id: _stableUuid(`${org.uuid}/phone/${i}`), contact_id: contactId, number: phone.number, description: phone.label });
  });
}

/**
 * Exports organisations, and any local IAS services you supply, as Open Referral UK (HSDS 3.0 UK profile) JSON, so
 * a council can load them into its SEND Local Offer directory. Ids are UUIDs that stay the same between exports, so
 * a re-import updates records instead of duplicating them. Only verified facts are exported.
 *
 * @param organisations - Which organisations; all of them by default.
 * @param options - `localIass`: local IAS services to include (checked as untrusted input).
 * @throws {@link GuidanceError} `INVALID_DETAILS` for an invalid local entry; `INVALID_ARGUMENT` for a list that is not
 * of organisations, or options that are not an object.
 *
 * @example
 * const data = toOpenReferral([getOrganisation('lgsco')]);
 * data.organizations[0].name //=> 'Local Government and Social Care Ombudsman'
 * data.phones[0].number //=> '0300 061 0614'
 */
export function toOpenReferral(organisations: readonly Organisation[] = listOrganisations(), options: { localIass?: readonly LocalIass[] } = {}): OpenReferralExport {
  const given: unknown = organisations;
  if (!Array.isArray(given) || given.some((org) => typeof org !== 'object' || org === null || !Array.isArray((org as Organisation).contacts))) {
    throw new GuidanceError('INVALID_ARGUMENT', 'organisations must be a list of organisations from listOrganisations().', { argument: 'organisations' });
  }
  _assertOptions(options, 'options');
  const out: OpenReferralExport = { organizations: [], phones: [] };
  for (const org of organisations) {
    const email = org.contacts.find((c) => c.type === 'email')?.value;
    _record(
      {
        uuid: org.uuid,
        name: org.name,
        description: org.summary,
        website: org.website,
        email,
        phones: org.contacts.filter((c) => c.type === 'phone').map((c) => ({ number: c.value, label: c.label })),
        serviceName: org.name,
        serviceUrl: org.contacts.find((c) => c.type === 'website')?.value ?? org.website,
      },
      out,
    );
  }
  (options.localIass ?? []).forEach((service, i) => {
    _validateLocalIass(service, `options.localIass[${i}]`);
    _record(
      {
        uuid: _stableUuid(`local-iass/${service.website}`),
        name: service.name,
        description: 'Free, impartial information, advice and support about special educational needs and disability for children, young people and parents.',
        website: service.website,
        email: service.email,
        phones: service.phone === undefined ? [] : [{ number: service.phone, label: 'Phone' }],
        serviceName: service.name,
        serviceUrl: service.website,
      },
      out,
    );
  });
  return out;
}
