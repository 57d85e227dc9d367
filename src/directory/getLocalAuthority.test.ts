import { describe, expect, it } from 'vitest';
import { getLocalAuthority } from './getLocalAuthority.js';
import { listLocalAuthorities } from './listLocalAuthorities.js';

describe('getLocalAuthority', () => {
  it.each([['Kent'], ['Kent County Council'], ['kent county council'], ['E10000016'], ['e10000016'], ['  KENT  ']])('finds Kent from %j', (query) => {
    expect(getLocalAuthority(query).gssCode).toBe('E10000016');
  });

  it('finds every authority by its code, its name and its short name', () => {
    for (const authority of listLocalAuthorities()) {
      expect(getLocalAuthority(authority.gssCode)).toBe(authority);
      expect(getLocalAuthority(authority.name)).toBe(authority);
      expect(getLocalAuthority(authority.shortName)).toBe(authority);
      expect(getLocalAuthority(authority.name.toUpperCase())).toBe(authority);
    }
  });

  it.each([
    ['Royal Borough of Greenwich', 'E09000011'],
    ['Camden Council', 'E09000007'],
    ['City of London', 'E09000001'],
    ['Brighton & Hove', 'E06000043'],
    ['North Yorkshire County Council', 'E06000065'],
  ])('understands %j', (query, code) => {
    expect(getLocalAuthority(query).gssCode).toBe(code);
  });

  it('throws UNKNOWN_ID with close matches for a name it does not know', () => {
    expect(() => getLocalAuthority('Kentt')).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', message: expect.stringContaining('Did you mean "Kent"') }));
    expect(() => getLocalAuthority('Cardiff')).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', argument: 'gssCodeOrName' }));
    expect(() => getLocalAuthority('E07000008')).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID' }));
  });

  it('refuses something that is not a name', () => {
    expect(() => getLocalAuthority('' as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => getLocalAuthority(42 as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
