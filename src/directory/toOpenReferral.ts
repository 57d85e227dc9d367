import { GuidanceError } from '../errors.js';
import { _stableUuid } from '../_lib/stableUuid.js';
import { _normaliseUkPhone } from '../_lib/ukPhone.js';
import { _validateLocalIass } from '../_lib/validateLocal.js';
import type { LocalIass } from '../schemas/localAuthority.js';
import type { OpenReferralExport, OpenReferralOrganization } from '../schemas/openReferral.js';
import type { Organisation } from '../schemas/organisation.js';
import { listOrganisations } from './listOrganisations.js';
import { _assertOptions } from '../_lib/limits.js';

interface _Entry {
  id: string;
  name: string;
  description: string;
  website?: string | undefined;
  email?: string | undefined;
  phones: { number: string; label: string }[];
  serviceUrl?: string | undefined;
}

function _record(entry: _Entry, out: OpenReferralExport): void {
  const serviceId = _stableUuid(`open-referral/service/${entry.id}`);
  const contactId = _stableUuid(`open-referral/contact/${entry.id}`);
  const organisation: OpenReferralOrganization = {
    id: entry.id,
    name: entry.name,
    description: entry.description,
    ...(entry.website === undefined ? {} : { website: entry.website }),
    ...(entry.email === undefined ? {} : { email: entry.email }),
    uri: `urn:uuid:${entry.id}`,
    services: [
      {
        id: serviceId,
        organization_id: entry.id,
        name: entry.name,
        description: entry.description,
        ...(entry.serviceUrl === undefined ? {} : { url: entry.serviceUrl }),
        ...(entry.email === undefined ? {} : { email: entry.email }),
        status: 'active',
        contacts: entry.phones.length > 0 ? [{ id: contactId, service_id: serviceId, name: entry.name }] : [],
      },
    ],
  };
  out.organizations.push(organisation);
  for (const phone of entry.phones) {
    const number = _normaliseUkPhone(phone.number) ?? phone.number;
    out.phones.push({ id: _stableUuid(`open-referral/phone/${contactId}/${number.replace(/ /g, '')}`), contact_id: contactId, number, description: phone.label });
  }
}

/**
 * Exports organisations, and any local IAS services you supply, as Open Referral UK (HSDS 3.0 UK profile) JSON, so
 * a council can load them into its SEND Local Offer directory. The result matches the `OpenReferralExport` JSON
 * Schema shipped in `send-mediation-guidance/schemas/OpenReferralExport.json`.
 *
 * Each organisation's `website` and its service's `url` are its web address; `uri` is a persistent identifier
 * (`urn:uuid:` and its id). Ids are UUIDs that stay the same between exports, so a re-import updates records instead
 * of duplicating them: an organisation keeps its published `uuid`; a local IAS service, its service, contact and
 * phones get version 5 UUIDs (RFC 9562) derived from their name and web address (see docs/council-web-teams.md).
 * Phone numbers are written in one style ("0300 061 0614"). Only verified facts are exported.
 *
 * @param organisations - Which organisations; all of them by default.
 * @param options - `localIass`: local IAS services to include (checked as untrusted input).
 * @throws {@link GuidanceError} `INVALID_DETAILS` for an invalid local entry, or two local entries with the same
 *   name and web address (they would get the same id); `INVALID_ARGUMENT` for a list that is not of organisations,
 *   or options that are not an object.
 *
 * @example
 * const data = toOpenReferral([getOrganisation('lgsco')]);
 * data.organizations[0].name //=> 'Local Government and Social Care Ombudsman'
 * data.organizations[0].uri //=> 'urn:uuid:80b68b1c-f4fc-4aa9-890f-7e6f0ef886bd'
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
    _record(
      {
        id: org.uuid,
        name: org.name,
        description: org.summary,
        website: org.website,
        email: org.contacts.find((c) => c.type === 'email')?.value,
        phones: org.contacts.filter((c) => c.type === 'phone').map((c) => ({ number: c.value, label: c.label })),
        serviceUrl: org.contacts.find((c) => c.type === 'website')?.value ?? org.website,
      },
      out,
    );
  }
  const seen = new Map<string, number>();
  (options.localIass ?? []).forEach((service, i) => {
    _validateLocalIass(service, `options.localIass[${i}]`);
    const id = _stableUuid(`local-iass/${service.website}/${service.name}`);
    const first = seen.get(id);
    if (first !== undefined) {
      throw new GuidanceError('INVALID_DETAILS', `options.localIass[${i}] has the same name and web address as options.localIass[${first}]: list each service once.`, { argument: `options.localIass[${i}]` });
    }
    seen.set(id, i);
    _record(
      {
        id,
        name: service.name,
        description: 'Free, impartial information, advice and support about special educational needs and disability for children, young people and parents.',
        website: service.website,
        email: service.email,
        phones: service.phone === undefined ? [] : [{ number: service.phone, label: 'Phone' }],
        serviceUrl: service.website,
      },
      out,
    );
  });
  return out;
}
