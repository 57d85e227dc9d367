// The export validated against the Open Referral UK JSON Schemas in ../shared/data/open-referral-uk (HSDS 3.0 UK
// profile, uk-profile commit ecdfabf; licence in that folder's LICENSE).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { exampleIass } from '../../tests/helpers/examples.js';
import { readSharedJson, sharedFile } from '../../tests/helpers/shared.js';
import type { LocalIass } from '../schemas/localAuthority.js';
import { getOrganisation } from './getOrganisation.js';
import { listOrganisations } from './listOrganisations.js';
import { toOpenReferral } from './toOpenReferral.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const organizationSchema = sharedFile('open-referral-uk', 'schema', 'compiled', 'organization.json');
const phoneSchema = sharedFile('open-referral-uk', 'schema', 'phone.json');

const local: LocalIass = exampleIass({ phone: '01632 960002', email: 'hello@sendiass.example.org' });

describe('toOpenReferral', () => {
  it('exports every organisation with a service, and phones linked to a contact', () => {
    const data = toOpenReferral(listOrganisations(), { localIass: [local] });
    expect(data.organizations).toHaveLength(listOrganisations().length + 1);
    const lgsco = data.organizations.find((o) => o['name'] === 'Local Government and Social Care Ombudsman') as { services: { contacts: { id: string }[] }[] };
    const contactId = lgsco.services[0]?.contacts[0]?.id;
    expect(data.phones).toContainEqual(expect.objectContaining({ contact_id: contactId, number: '0300 061 0614' }));
    expect(data.phones).toContainEqual(expect.objectContaining({ number: '01632 960002' }));
  });

  it('gives the same ids on every export', () => {
    expect(toOpenReferral([getOrganisation('ipsea')])).toEqual(toOpenReferral([getOrganisation('ipsea')]));
    expect(toOpenReferral([getOrganisation('ipsea')]).organizations[0]?.['id']).toBe(getOrganisation('ipsea').uuid);
  });

  it.skipIf(!organizationSchema || !phoneSchema)('validates against the Open Referral UK JSON Schemas', () => {
    const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
    const schemaDir = dirname(phoneSchema as string);
    for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json') && f !== 'phone.json')) {
      ajv.addSchema(readSharedJson<object>(join(schemaDir, file)), file);
    }
    const validateOrganization = ajv.compile(readSharedJson<object>(organizationSchema as string));
    const validatePhone = ajv.compile(readSharedJson<object>(phoneSchema as string));
    const data = toOpenReferral(listOrganisations(), { localIass: [local] });
    for (const record of data.organizations) expect(validateOrganization(record), JSON.stringify(validateOrganization.errors)).toBe(true);
    for (const record of data.phones) expect(validatePhone(record), JSON.stringify(validatePhone.errors)).toBe(true);
    // The check can fail: a record without its required name does not validate.
    expect(validateOrganization({ ...data.organizations[0], name: undefined })).toBe(false);
  });

  it('refuses an unsafe local entry', () => {
    expect(() => toOpenReferral([], { localIass: [{ ...local, website: 'javascript:alert(1)' }] })).toThrow(expect.objectContaining({ code: 'INVALID_DETAILS' }));
  });
});
