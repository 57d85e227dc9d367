import { describe, expect, it } from 'vitest';
import { getGlossaryTerm } from './getGlossaryTerm.js';
import { listGlossary } from './listGlossary.js';

describe('listGlossary', () => {
  it('lists every term once, in alphabetical order of the term, the same objects getGlossaryTerm returns', () => {
    const terms = listGlossary();
    const names = terms.map((t) => t.term.toLowerCase());
    expect([...names].sort((a, b) => a.localeCompare(b, 'en-GB'))).toEqual(names);
    expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
    for (const term of terms) expect(getGlossaryTerm(term.id as 'send')).toBe(term);
  });

  it('covers the terms a parent meets after mediation', () => {
    const ids = listGlossary().map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['send', 'ehc-plan', 'ias-service', 'mediation-adviser', 'mediation-certificate', 'tribunal', 'ombudsman', 'judicial-review']));
  });

  it('gives every term a source checked on a real date and a review date after it', () => {
    for (const term of listGlossary()) {
      expect(term.sources.length).toBeGreaterThan(0);
      expect(term.reviewDue > term.lastReviewed).toBe(true);
    }
  });

  it('is frozen', () => {
    expect(() => (listGlossary() as unknown[]).pop()).toThrow(TypeError);
  });
});
