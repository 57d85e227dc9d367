// The organisations in data/: valid, every phone a valid UK number, every website https:, no fact without a source
// and the date it was checked.
import { isValidPhoneNumber } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { listOrganisations } from '../src/directory/listOrganisations.js';
import { Organisation } from '../src/schemas/organisation.js';

describe.each(listOrganisations().map((org) => [org.id, org] as const))('organisation %s', (_id, org) => {
  it('is valid', () => {
    expect(Organisation.safeParse(org).success).toBe(true);
  });

  it('has only valid UK phone numbers', () => {
    for (const contact of org.contacts) {
      if (contact.type === 'phone') expect(isValidPhoneNumber(contact.value, 'GB'), contact.value).toBe(true);
    }
  });

  it('has only https: websites and forms', () => {
    if (org.website !== undefined) expect(org.website).toMatch(/^https:\/\//);
    for (const contact of org.contacts) if (contact.type === 'website' || contact.type === 'web-form') expect(contact.value).toMatch(/^https:\/\//);
  });

  it('gives every fact a source and the date it was checked', () => {
    expect(org.sources.length).toBeGreaterThan(0);
    for (const source of [...org.sources, ...org.contacts.map((c) => c.source)]) {
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(source.checked <= org.lastVerified).toBe(true);
    }
  });

  it('publishes no opening hours (none could be verified)', () => {
    for (const contact of org.contacts) if (contact.type === 'phone') expect(contact.hours).toBeUndefined();
  });
});

describe('the directory', () => {
  it('covers every organisation the seed page names, and the Ombudsman', () => {
    expect(listOrganisations().map((o) => o.id)).toEqual(expect.arrayContaining(['send-tribunal', 'iassn', 'ipsea', 'sossen', 'lgsco']));
  });

  it('gives every organisation a unique UUID', () => {
    const uuids = listOrganisations().map((o) => o.uuid);
    expect(new Set(uuids).size).toBe(uuids.length);
  });
});
