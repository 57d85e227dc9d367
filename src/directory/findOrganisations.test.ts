import { describe, expect, it } from 'vitest';
import type { LocalIass } from '../schemas/localAuthority.js';
import { exampleIass } from '../../tests/helpers/examples.js';
import { findOrganisations } from './findOrganisations.js';

const local: LocalIass = exampleIass();

const ids = (matches: ReturnType<typeof findOrganisations>) => matches.map((m) => (m.kind === 'national' ? m.organisation.id : `local:${m.service.name}`));

describe('findOrganisations', () => {
  it('ranks by how central the need is to each organisation', () => {
    expect(ids(findOrganisations({ need: 'advice' }))).toEqual(['iassn', 'ipsea', 'sossen', 'contact']);
    expect(ids(findOrganisations({ need: 'complaint' }))).toEqual(['lgsco', 'phso']);
    expect(ids(findOrganisations({ need: 'appeal' }))).toEqual(['send-tribunal']);
    expect(ids(findOrganisations({ need: 'legal-representation' }))).toEqual(['ipsea']);
  });

  it('puts the local IAS service first in place of the national network', () => {
    expect(ids(findOrganisations({ need: 'advice' }, { localIass: local }))).toEqual(['local:Example SENDIASS', 'ipsea', 'sossen', 'contact']);
    expect(ids(findOrganisations({ need: 'complaint' }, { localIass: local }))).toEqual(['lgsco', 'phso']);
  });

  it('filters by audience and by free help', () => {
    expect(ids(findOrganisations({ need: 'advice', audience: 'young-people' }))).toEqual(['iassn', 'ipsea']);
    expect(ids(findOrganisations({ need: 'helpline', free: true }))).toEqual(['sossen']);
  });

  it('refuses an unknown need or audience, and an unsafe local entry', () => {
    expect(() => findOrganisations({ need: 'money' as never })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'query.need' }));
    expect(() => findOrganisations({ need: 'advice', audience: 'teachers' as never })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => findOrganisations({ need: 'advice' }, { localIass: { ...local, website: 'http://x.org' } })).toThrow(expect.objectContaining({ code: 'INVALID_DETAILS' }));
  });
});
