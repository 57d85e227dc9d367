import { describe, expect, it } from 'vitest';
import { findCitations } from './findCitations.js';

describe('findCitations', () => {
  it('finds every citation in the seed page, with positions, and corrects its year', () => {
    const seed =
      'The Special Educational Needs & Disability Regulations 2015 specify that any agreement made in mediation is legally binding. For more information about this please refer to SEND Regulations 42 and 44';
    const found = findCitations(seed);
    expect(found.map((f) => f.reference.id)).toEqual(['send-regs-2014/reg-42', 'send-regs-2014/reg-44']);
    expect(found.map((f) => f.text)).toEqual(['SEND Regulations 42', '44']);
    for (const f of found) expect(seed.slice(f.start, f.end)).toBe(f.text);
  });

  it('finds citations written before and after the instrument, and lists', () => {
    const text = 'See regulation 44 of the SEND Regulations 2014, s.51 CFA 2014 and CFA 2014 ss. 52 and 55. Rule 12(3)(a) of the HESC Rules applies.';
    const found = findCitations(text);
    expect(found.map((f) => [f.text, f.reference.id, f.reference.subdivision])).toEqual([
      ['regulation 44 of the SEND Regulations 2014', 'send-regs-2014/reg-44', undefined],
      ['s.51 CFA 2014', 'cfa-2014/s-51', undefined],
      ['CFA 2014 ss. 52', 'cfa-2014/s-52', undefined],
      ['55', 'cfa-2014/s-55', undefined],
      ['Rule 12(3)(a) of the HESC Rules', 'hesc-rules-2008/rule-12', '(3)(a)'],
    ]);
  });

  it('does not attach a provision to an instrument in another sentence, or to another instrument', () => {
    expect(findCitations('We read the SEND Regulations 2014. Regulation 42 of the Building Regulations 2010 is different.')).toEqual([]);
    expect(findCitations('The CFA 2014 matters. Section 55 is unrelated.')).toEqual([]);
  });

  it('returns nothing for text without citations, and refuses non-strings and text past 1 MiB', () => {
    expect(findCitations('Write to the council.')).toEqual([]);
    expect(() => findCitations(undefined as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'text' }));
    expect(() => findCitations('a'.repeat(1_048_577))).toThrow(expect.objectContaining({ code: 'INPUT_TOO_LONG' }));
    expect(findCitations(`${' '.repeat(1_048_576 - 20)}SEND Regs 2014 reg 42`.slice(-1_048_576))).toHaveLength(1);
  });
});

describe('findCitations on any text (property)', () => {
  it('never throws, and every result points at its own text in order', async () => {
    const fc = (await import('fast-check')).default;
    const fragment = fc.constantFrom('SEND Regulations 2014', ' reg 42', ' s.55', ' CFA', ' of the ', ', ', ' and 44', '. ', 'rule 20(1)(c)', ' HESC rules', 'para 11.6', ' Code of Practice', ' 2015', '(3)');
    const text = fc.array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const found = findCitations(t);
        let last = -1;
        for (const f of found) {
          expect(t.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeGreaterThan(last - 1);
          last = f.start;
        }
      }),
      { numRuns: 500 },
    );
  });
});
