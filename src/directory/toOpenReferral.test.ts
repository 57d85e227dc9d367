// The export validated against its own shipped schema (zod and JSON Schema) and against the Open Referral UK JSON
// Schemas in ../shared/data/open-referral-uk (HSDS 3.0 UK profile, uk-profile commit ecdfabf; licence in that
// folder's LICENSE). When that folder is absent the Open Referral UK test is skipped and says so.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '../../scripts/lib/jsonSchemas.js';
import { exampleIass } from '../../tests/helpers/examples.js';
import { readSharedJson, sharedData, sharedFile } from '../../tests/helpers/shared.js';
import type { LocalIass } from '../schemas/localAuthority.js';
import { OpenReferralExport } from '../schemas/openReferral.js';
import { _stableUuid } from '../_lib/stableUuid.js';
import { getOrganisation } from './getOrganisation.js';
import { listOrganisations } from './listOrganisations.js';
import { toOpenReferral } from './toOpenReferral.js';

const addFormats = addFormatsModule as unknown as <T extends Ajv>(ajv: T) => T;
const organizationSchema = sharedFile('open-referral-uk', 'schema', 'compiled', 'organization.json');
const phoneSchema = sharedFile('open-referral-uk', 'schema', 'phone.json');
const phoneProfile = sharedFile('open-referral-uk', 'profile', 'phone.json');
const haveOpenReferral = Boolean(organizationSchema && phoneSchema && phoneProfile);
if (!haveOpenReferral) console.warn(`Open Referral UK schemas not found in ${join(sharedData, 'open-referral-uk')}: the Open Referral UK validation test is SKIPPED.`);

const local: LocalIass = exampleIass({ phone: '01632 960002', email: 'hello@sendiass.example.org' });
const all = (): OpenReferralExport => toOpenReferral(listOrganisations(), { localIass: [local] });

/** JSON Merge Patch (RFC 7396), as the UK profile files apply to the HSDS schemas: null removes a key. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> = typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

/** Every key of `record` (recursively, through arrays) that the schema does not define. */
function undefinedKeys(record: unknown, schema: { properties?: Record<string, unknown>; items?: unknown }, path = ''): string[] {
  if (Array.isArray(record)) return record.flatMap((item, i) => undefinedKeys(item, (schema.items ?? {}) as typeof schema, `${path}[${i}]`));
  if (typeof record !== 'object' || record === null) return [];
  return Object.entries(record).flatMap(([key, value]) => {
    const sub = schema.properties?.[key] as typeof schema | undefined;
    return sub === undefined ? [`${path}.${key}`] : undefinedKeys(value, sub, `${path}.${key}`);
  });
}

describe('toOpenReferral', () => {
  it('exports every organisation with a service, and phones linked to its contact', () => {
    const data = all();
    expect(data.organizations).toHaveLength(listOrganisations().length + 1);
    const lgsco = data.organizations.find((o) => o.name === 'Local Government and Social Care Ombudsman');
    const contactId = lgsco?.services[0]?.contacts[0]?.id;
    expect(contactId).toBeDefined();
    expect(data.phones).toContainEqual(expect.objectContaining({ contact_id: contactId, number: '0300 061 0614' }));
    expect(data.phones).toContainEqual(expect.objectContaining({ number: '01632 960002' }));
  });

  it('puts the website in website and url, and a persistent identifier (never the website) in uri', () => {
    const ipsea = getOrganisation('ipsea');
    const [record] = toOpenReferral([ipsea]).organizations;
    expect(record?.website).toBe(ipsea.website);
    expect(record?.services[0]?.url).toMatch(/^https:\/\//);
    expect(record?.uri).toBe(`urn:uuid:${ipsea.uuid}`);
  });

  it('gives the same ids on every export, and keeps each organisation’s published uuid', () => {
    expect(toOpenReferral([getOrganisation('ipsea')])).toEqual(toOpenReferral([getOrganisation('ipsea')]));
    expect(toOpenReferral([getOrganisation('ipsea')]).organizations[0]?.id).toBe(getOrganisation('ipsea').uuid);
    // Derived ids are version 5 UUIDs that anyone can recompute from the published namespace and name.
    const ipsea = getOrganisation('ipsea');
    expect(toOpenReferral([ipsea]).organizations[0]?.services[0]?.id).toBe(_stableUuid(`open-referral/service/${ipsea.uuid}`));
    expect(toOpenReferral([], { localIass: [local] }).organizations[0]?.id).toBe(_stableUuid('local-iass/https://sendiass.example.org/Example SENDIASS'));
  });

  it('gives every record its own id, also for two local services that share a website', () => {
    const second = exampleIass({ name: 'Example SENDIASS (north)', phone: '01632 960003' });
    const data = toOpenReferral(listOrganisations(), { localIass: [local, second] });
    const ids = [...data.organizations.flatMap((o) => [o.id, ...o.services.flatMap((s) => [s.id, ...s.contacts.map((c) => c.id)])]), ...data.phones.map((p) => p.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses the same local service twice, since both would get one id', () => {
    expect(() => toOpenReferral([], { localIass: [local, { ...local, localAuthorities: ['E10000017'] }] })).toThrow(expect.objectContaining({ code: 'INVALID_DETAILS', message: expect.stringContaining('options.localIass[1]') }));
  });

  it('writes phone numbers in one style', () => {
    const data = toOpenReferral([], { localIass: [exampleIass({ phone: '01632960002' })] });
    expect(data.phones[0]?.number).toBe('01632 960002');
  });

  it('matches its shipped schema, in zod and as JSON Schema', () => {
    const data = all();
    expect(OpenReferralExport.safeParse(data).success).toBe(true);
    const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
    const validate = ajv.compile(toJsonSchema('OpenReferralExport', OpenReferralExport));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...data, organizations: [{ ...data.organizations[0], uri: data.organizations[0]?.website }] })).toBe(false);
  });

  it.skipIf(!haveOpenReferral)('validates against the Open Referral UK JSON Schemas, using only the fields they define', () => {
    const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
    const schemaDir = dirname(phoneSchema as string);
    for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json') && f !== 'phone.json')) {
      ajv.addSchema(readSharedJson<object>(join(schemaDir, file)), file);
    }
    const organization = readSharedJson<{ properties: Record<string, unknown> }>(organizationSchema as string);
    const phone = mergePatch(readSharedJson<object>(phoneSchema as string), readSharedJson<object>(phoneProfile as string)) as { properties: Record<string, unknown> };
    const validateOrganization = ajv.compile(organization);
    const validatePhone = ajv.compile(phone);
    const data = all();
    for (const record of data.organizations) {
      expect(validateOrganization(record), JSON.stringify(validateOrganization.errors)).toBe(true);
      expect(undefinedKeys(record, organization)).toEqual([]);
    }
    for (const record of data.phones) {
      expect(validatePhone(record), JSON.stringify(validatePhone.errors)).toBe(true);
      expect(undefinedKeys(record, phone)).toEqual([]);
    }
    // The checks can fail: a record without its required name does not validate, and an unknown field is found.
    expect(validateOrganization({ ...data.organizations[0], name: undefined })).toBe(false);
    expect(undefinedKeys({ ...data.phones[0], location_id: 'x' }, phone)).toEqual(['.location_id']);
  });

  it('refuses an unsafe local entry', () => {
    expect(() => toOpenReferral([], { localIass: [{ ...local, website: 'javascript:alert(1)' }] })).toThrow(expect.objectContaining({ code: 'INVALID_DETAILS' }));
  });
});
