// Example local IAS service entries for tests (invented names on example domains; Ofcom drama phone numbers).
import type { LocalIass } from '../../src/schemas/localAuthority.js';

export function exampleIass(overrides: Partial<LocalIass> = {}): LocalIass {
  return {
    name: 'Example SENDIASS',
    website: 'https://sendiass.example.org',
    localAuthorities: ['E10000016'],
    source: { url: 'https://sendiass.example.org', title: 'Home', publisher: 'Example', checked: '2026-11-28' },
    ...overrides,
  };
}
