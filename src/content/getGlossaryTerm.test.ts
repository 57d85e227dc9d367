import { describe, expect, it } from 'vitest';
import { GuidanceError } from '../errors.js';
import { getGlossaryTerm } from './getGlossaryTerm.js';

describe('getGlossaryTerm', () => {
  it('explains a term in plain English, with its sources', () => {
    const term = getGlossaryTerm('mediation-certificate');
    expect(term.term).toBe('Mediation certificate');
    expect(term.definition).toMatch(/before most appeals/);
    expect(term.sources.map((s) => s.url)).toContain('https://www.legislation.gov.uk/uksi/2008/2699/article/20');
  });

  it('spells out SEND, which every page uses', () => {
    const send = getGlossaryTerm('send');
    expect(send.abbreviation).toBe('SEND');
    expect(send.definition).toMatch(/special educational needs and disability/);
  });

  it('throws UNKNOWN_ID with the closest match', () => {
    let caught: unknown;
    try {
      getGlossaryTerm('mediation-advisor' as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GuidanceError);
    expect((caught as GuidanceError).code).toBe('UNKNOWN_ID');
    expect((caught as GuidanceError).message).toMatch(/Did you mean .*"mediation-adviser"/);
    expect(() => getGlossaryTerm('toString' as never)).toThrow(GuidanceError);
  });

  it('returns frozen data', () => {
    const term = getGlossaryTerm('tribunal');
    expect(() => {
      (term as { definition: string }).definition = 'Changed';
    }).toThrow(TypeError);
    expect(() => (term.matches as string[]).push('court')).toThrow(TypeError);
  });
});
