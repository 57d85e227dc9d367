import { describe, expect, it } from 'vitest';
import { sharedFile, readSharedJson } from '../../tests/helpers/shared.js';
import { listLocalAuthorities } from './listLocalAuthorities.js';

describe('listLocalAuthorities', () => {
  it('lists exactly 153 authorities today, by type as in the sources', () => {
    const all = listLocalAuthorities({ on: '2026-11-28' });
    expect(all).toHaveLength(153);
    const count = (type: string) => all.filter((a) => a.type === type).length;
    expect([count('county'), count('unitary'), count('metropolitan-district'), count('london-borough'), count('city-corporation')]).toEqual([21, 63, 36, 32, 1]);
    expect(new Set(all.map((a) => a.gssCode)).size).toBe(153);
  });

  it('records the Surrey reorganisation: Surrey County Council ends on 31 March 2027', () => {
    const surrey = listLocalAuthorities().find((a) => a.gssCode === 'E10000030');
    expect(surrey).toMatchObject({ validTo: '2027-03-31', successors: [{ name: 'East Surrey Council' }, { name: 'West Surrey Council' }] });
    expect(listLocalAuthorities({ on: '2027-03-31' })).toHaveLength(153);
    expect(listLocalAuthorities({ on: '2027-04-01' })).toHaveLength(152);
  });

  it('refuses a bad date', () => {
    expect(() => listLocalAuthorities({ on: '2027-02-29' })).toThrow(expect.objectContaining({ code: 'INVALID_DATE', argument: 'options.on' }));
  });

  const derived = sharedFile('england-send-local-authorities.json');
  it.skipIf(!derived)('matches the shared source data code for code, with its GOV.UK slug and homepage', () => {
    const source = readSharedJson<{ authorities: { gssCode: string; name: string; govukSlug: string; homepageUrl: string }[] }>(derived as string);
    const ours = new Map(listLocalAuthorities().map((a) => [a.gssCode, a]));
    expect(ours.size).toBe(source.authorities.length);
    for (const a of source.authorities) {
      expect(ours.get(a.gssCode)).toMatchObject({ name: a.name, govukSlug: a.govukSlug, homepage: a.homepageUrl });
    }
  });
});
