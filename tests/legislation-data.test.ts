// Every legal reference has the canonical address for its type, and its id matches its instrument and provision.
import { describe, expect, it } from 'vitest';
import { getInstrument } from '../src/legislation/getInstrument.js';
import { listLegislation } from '../src/legislation/listLegislation.js';

const PREFIX = { section: 's', regulation: 'reg', rule: 'rule', paragraph: 'para', schedule: 'sch' } as const;

describe('legal references', () => {
  for (const ref of listLegislation()) {
    it(`${ref.id}: id, address and sources`, () => {
      const instrument = getInstrument(ref.instrument as never);
      expect(ref.id).toBe(`${ref.instrument}/${PREFIX[ref.kind]}-${ref.number.toLowerCase()}`);
      switch (instrument.type) {
        case 'act': {
          const [, year, chapter] = /^https:\/\/www\.legislation\.gov\.uk\/ukpga\/(\d{4})\/(\d+)$/.exec(instrument.url) ?? [];
          expect(ref.kind).toBe('section');
          expect(ref.url).toBe(`https://www.legislation.gov.uk/ukpga/${year}/${chapter}/section/${ref.number}`);
          expect(instrument.number).toBe(`c. ${chapter}`);
          break;
        }
        case 'statutory-instrument': {
          const [, year, number] = /^https:\/\/www\.legislation\.gov\.uk\/uksi\/(\d{4})\/(\d+)$/.exec(instrument.url) ?? [];
          expect(instrument.number).toBe(`SI ${year}/${number}`);
          // The HESC rules are served under /article/N by legislation.gov.uk (see docs/sources.md).
          const part = ref.kind === 'rule' ? 'article' : 'regulation';
          expect(ref.url).toBe(`https://www.legislation.gov.uk/uksi/${year}/${number}/${part}/${ref.number}`);
          break;
        }
        case 'statutory-guidance':
          expect(ref.url).toMatch(/^https:\/\/www\.gov\.uk\/government\/publications\//);
          expect(ref.url).toBe(instrument.url);
          break;
      }
      expect(ref.sources.length).toBeGreaterThan(0);
      for (const source of ref.sources) expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (ref.verification === 'unverified') expect(ref.summary).toMatch(/not yet/);
    });
  }
});

describe('sub-paragraphs of legal references', () => {
  it('have unique labels, and every one parses back as a citation of its reference', async () => {
    const { parseCitation } = await import('../src/legislation/parseCitation.js');
    const { formatCitation } = await import('../src/legislation/formatCitation.js');
    const withParts = listLegislation().filter((ref) => ref.parts !== undefined);
    expect(withParts.map((r) => r.id)).toEqual(expect.arrayContaining(['send-regs-2014/reg-42', 'hesc-rules-2008/rule-20', 'hesc-rules-2008/rule-12', 'cfa-2014/s-51']));
    for (const ref of withParts) {
      const labels = (ref.parts ?? []).map((p) => p.label);
      expect(new Set(labels).size).toBe(labels.length);
      for (const label of labels) {
        expect(parseCitation(formatCitation({ id: ref.id as never, subdivision: label }))).toEqual({ reference: { id: ref.id, subdivision: label }, corrections: [] });
      }
    }
  });
});
