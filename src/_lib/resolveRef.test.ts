import { describe, expect, it } from 'vitest';
import { _registerRefs, _resolveRef } from './resolveRef.js';
import { pageAfterMediation } from '../_generated/pages.js';
import { getOrganisation } from '../directory/getOrganisation.js';

describe('_resolveRef', () => {
  it('resolves what a page references once the page is read, from what the build resolved', () => {
    const page = pageAfterMediation();
    const refs = JSON.stringify(page).match(/"type":"ref","kind":"(organisation|legislation)","id":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const [, kind, id] = /"kind":"(\w+)","id":"([^"]+)"/.exec(ref) as unknown as [string, 'organisation' | 'legislation', string];
      const resolved = _resolveRef(kind, id);
      expect(resolved, `${kind} ${id}`).toBeDefined();
    }
    const ipsea = getOrganisation('ipsea');
    expect(_resolveRef('organisation', 'ipsea')).toEqual({ title: ipsea.name, url: ipsea.website });
  });

  it('gives undefined for an unknown id, and keeps the first title recorded for an id', () => {
    expect(_resolveRef('organisation', 'no-such-organisation')).toBeUndefined();
    _registerRefs([['organisation', 'test-only-org', 'First', 'https://example.org']]);
    _registerRefs([['organisation', 'test-only-org', 'Second', null]]);
    expect(_resolveRef('organisation', 'test-only-org')).toEqual({ title: 'First', url: 'https://example.org' });
    _registerRefs([['faq', 'test-only-faq', 'A question?', null]]);
    expect(_resolveRef('faq', 'test-only-faq')).toEqual({ title: 'A question?', url: undefined });
  });
});

describe('_resolveRef before anything is read', () => {
  it('resolves every organisation and legal reference from the build-time index, so links never depend on what was read before', async () => {
    const { vi } = await import('vitest');
    vi.resetModules();
    const fresh = await import('./resolveRef.js');
    const { organisationIds, legislationIds } = await import('../_generated/ids.js');
    expect(fresh._resolveRef('organisation', 'ipsea')?.url).toBe('https://www.ipsea.org.uk');
    expect(fresh._resolveRef('legislation', 'send-regs-2014/reg-42')?.url).toBe('https://www.legislation.gov.uk/uksi/2014/1530/regulation/42');
    expect(fresh._resolveRef('organisation', 'no-such-organisation')).toBeUndefined();
    expect(organisationIds.filter((id) => fresh._resolveRef('organisation', id) === undefined)).toEqual([]);
    expect(legislationIds.filter((id) => fresh._resolveRef('legislation', id) === undefined)).toEqual([]);
    // Each kind and id once in the index, so which of two entries would win never arises.
    const { _refIndexJson } = await import('../_generated/refIndex.js');
    const keys = (JSON.parse(_refIndexJson) as [string, string][]).map(([kind, id]) => `${kind} ${id}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Kinds are kept apart: an organisation's id is not a legal reference.
    expect(fresh._resolveRef('legislation', 'ipsea')).toBeUndefined();
  });
});
