import { describe, expect, it } from 'vitest';
import { exampleIass } from '../../tests/helpers/examples.js';
import { readSharedJson, sharedFile } from '../../tests/helpers/shared.js';
import type { LocalIass } from '../schemas/localAuthority.js';
import { findLocalIass } from './findLocalIass.js';

interface SampleEntry {
  localAuthority: { name: string; gssCode: string };
  service: { name: string; website: string; phone?: string; email?: string };
  source: string;
}

const samplePath = sharedFile('iass-sample.json');
const sample: LocalIass[] = samplePath
  ? readSharedJson<SampleEntry[]>(samplePath)
      .filter((e) => e.service.website.startsWith('https://') && e.source.startsWith('https://'))
      .map((e) => ({
        name: e.service.name,
        website: e.service.website,
        ...(e.service.phone ? { phone: e.service.phone } : {}),
        ...(e.service.email ? { email: e.service.email } : {}),
        localAuthorities: [e.localAuthority.gssCode],
        source: { url: e.source, title: e.service.name, publisher: e.localAuthority.name, checked: '2026-11-28' },
      }))
  : [];
const provider = (authority: { gssCode: string }) => sample.find((s) => s.localAuthorities.includes(authority.gssCode));

describe('findLocalIass', () => {
  it('falls back to the national IAS network, flagged, when no entry is supplied', () => {
    const result = findLocalIass('Kent');
    expect(result.kind).toBe('national-directory');
    expect(result.fallback).toBe(true);
    if (result.kind === 'national-directory') {
      expect(result.organisation.id).toBe('iassn');
      expect(result.message).toContain('Kent County Council');
    }
  });

  it.skipIf(sample.length === 0)('returns the council\'s own entry from a provider (shared/data/iass-sample.json as fixtures)', () => {
    for (const entry of sample) {
      const code = entry.localAuthorities[0] as string;
      const result = findLocalIass(code, { provider });
      expect(result.kind).toBe('local');
      if (result.kind === 'local') expect(result.service).toEqual(entry);
    }
  });

  it('refuses a provider entry that is unsafe or for another council', () => {
    const base: LocalIass = exampleIass();
    expect(() => findLocalIass('Kent', { provider: () => ({ ...base, website: 'javascript:alert(1)' }) })).toThrow(
      expect.objectContaining({ code: 'INVALID_DETAILS', argument: 'provider result.website' }),
    );
    expect(() => findLocalIass('Kent', { provider: () => ({ ...base, name: '<script>alert(1)</script>' }) })).toThrow(expect.objectContaining({ code: 'INVALID_DETAILS' }));
    expect(() => findLocalIass('Essex', { provider: () => base })).toThrow(expect.objectContaining({ code: 'INVALID_DETAILS', argument: 'provider result.localAuthorities' }));
  });
});
