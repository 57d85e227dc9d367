import { describe, expect, it } from 'vitest';
import * as items from './items.js';
import { getFaq, getGlossaryTerm, getGuidancePage, getLegislation, getOrganisation, listFaqs, listGlossary, listGuidancePages, listLegislation, listOrganisations } from './index.js';

const pascal = (id: string): string =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => (part[0] as string).toUpperCase() + part.slice(1))
    .join('');

describe('the items entry', () => {
  const kinds = [
    { prefix: 'page', list: () => listGuidancePages(), get: (id: string) => getGuidancePage(id as never) },
    { prefix: 'faq', list: () => listFaqs(), get: (id: string) => getFaq(id as never) },
    { prefix: 'glossary', list: () => listGlossary(), get: (id: string) => getGlossaryTerm(id as never) },
    { prefix: 'organisation', list: () => listOrganisations(), get: (id: string) => getOrganisation(id as never) },
    { prefix: 'legislation', list: () => listLegislation(), get: (id: string) => getLegislation(id as never) },
  ];

  for (const kind of kinds) {
    it(`has one accessor per ${kind.prefix}, returning the same frozen object as the look-up by id`, () => {
      for (const item of kind.list()) {
        const accessor = (items as Record<string, unknown>)[`${kind.prefix}${pascal(item.id)}`] as () => { id: string };
        expect(typeof accessor, `${kind.prefix}${pascal(item.id)}`).toBe('function');
        expect(accessor()).toBe(kind.get(item.id));
        expect(accessor().id).toBe(item.id);
        expect(Object.isFrozen(accessor())).toBe(true);
      }
    });
  }

  it('exports nothing but those accessors', () => {
    const expected = kinds.flatMap((kind) => kind.list().map((item) => `${kind.prefix}${pascal(item.id)}`)).sort();
    expect(Object.keys(items).sort()).toEqual(expected);
  });
});
