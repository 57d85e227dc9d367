import { describe, expect, it } from 'vitest';
import { legislationIds } from '../_generated/ids.js';
import { formatCitation, type CitationStyle } from './formatCitation.js';
import { parseCitation } from './parseCitation.js';

// Citations as people write them, with the reference expected (or null) and how many corrections.
const TABLE: [string, string | null, (string | undefined)?, number?][] = [
  // The forms named in the issue.
  ['SEND Regs 2014 reg 42', 'send-regs-2014/reg-42'],
  ['regulation 44 of the SEND Regulations', 'send-regs-2014/reg-44'],
  ['s.55 CFA 2014', 'cfa-2014/s-55'],
  ['section 55 of the Children and Families Act', 'cfa-2014/s-55'],
  ['rule 20 of the HESC rules', 'hesc-rules-2008/rule-20'],
  ['para 11.39 of the Code of Practice', 'send-code-2015/para-11.39'],
  ['SI 2014/1530 r.42(2)', 'send-regs-2014/reg-42', '(2)'],
  // Upper and lower case, missing punctuation, spacing.
  ['send regs 2014 reg 33', 'send-regs-2014/reg-33'],
  ['SEND REGULATIONS 2014 REGULATION 42', 'send-regs-2014/reg-42'],
  ['reg42 SEND Regulations 2014', 'send-regs-2014/reg-42'],
  ['S55 CFA', 'cfa-2014/s-55'],
  ['s 51 of the children and families act 2014', 'cfa-2014/s-51'],
  ['CFA 2014, section 57', 'cfa-2014/s-57'],
  ['C&FA 2014 s.52', 'cfa-2014/s-52'],
  ['S.I. 2014/1530, reg. 44', 'send-regs-2014/reg-44'],
  ['the Special Educational Needs and Disability Regulations 2014, regulation 45', 'send-regs-2014/reg-45'],
  ['Special Educational Needs & Disability Regulations 2014 reg 32', 'send-regs-2014/reg-32'],
  ['HESC Rules r 12', 'hesc-rules-2008/rule-12'],
  ['rule 5 of the First-tier Tribunal rules', 'hesc-rules-2008/rule-5'],
  ['SI 2008/2699 rule 1', 'hesc-rules-2008/rule-1'],
  ['SEND Code of Practice, paragraph 11.6', 'send-code-2015/para-11.6'],
  ['Code of Practice 0-25, para. 11.13', 'send-code-2015/para-11.13'],
  ['LGA 1974 s26B', 'lga-1974/s-26b'],
  ['section 26A of the Local Government Act 1974', 'lga-1974/s-26a'],
  ['Local Government Act 1974, s. 26', 'lga-1974/s-26'],
  // Sub-paragraphs.
  ['SEND Regulations 2014, reg. 42(3)', 'send-regs-2014/reg-42', '(3)'],
  ['reg 44(2)(e) SEND Regs 2014', 'send-regs-2014/reg-44', '(2)(e)'],
  ['rule 12(3)(a) of the HESC Rules', 'hesc-rules-2008/rule-12', '(3)(a)'],
  ['r.20(1)(c) HESC rules 2008', 'hesc-rules-2008/rule-20', '(1)(c)'],
  ['s.51(2)(a) CFA 2014', 'cfa-2014/s-51', '(2)(a)'],
  ['section 26B(1) LGA 1974', 'lga-1974/s-26b', '(1)'],
  // Issue 16: no instrument named, but the register has only one set of regulations and one of rules (a note says so).
  ['reg 42', 'send-regs-2014/reg-42', undefined, 1],
  ['regulation 42(3)', 'send-regs-2014/reg-42', '(3)', 1],
  ['rule 20', 'hesc-rules-2008/rule-20', undefined, 1],
  ['regs 42(1)', 'send-regs-2014/reg-42', '(1)', 1],
  ['SEN regs reg 42', 'send-regs-2014/reg-42'],
  ['rule 20 tribunal rules', 'hesc-rules-2008/rule-20'],
  ['rule 20 of the Tribunal Procedure Rules', 'hesc-rules-2008/rule-20'],
  // Known mistakes, corrected.
  ['SEND Regulations 2015 reg 42', 'send-regs-2014/reg-42', undefined, 1],
  ['The Special Educational Needs & Disability Regulations 2015, regulation 44', 'send-regs-2014/reg-44', undefined, 1],
  ['SI 2015/1530 reg 42', 'send-regs-2014/reg-42', undefined, 1],
  ['section 42 of the SEND Regulations', 'send-regs-2014/reg-42', undefined, 1],
  ['regulation 55 of the Children and Families Act', 'cfa-2014/s-55', undefined, 1],
  ['Children and Families Act 2015 s.55', 'cfa-2014/s-55', undefined, 1],
  ['HESC Rules 2010 r 20', 'hesc-rules-2008/rule-20', undefined, 1],
  // Not a citation of anything in the register: null, no guess.
  ['reg 42 of the Building Regulations 2010', null],
  ['section 5 of the leaflet', null],
  ['rule of thumb', null],
  ['section 55', null],
  ['r 20', null],
  ['the Building Regulations, regulation 7', null],
  ['regulation 42 of the Building Regulations 2010', null],
  ['rule 20 of the employment tribunal rules', null],
  ['Employment Tribunal Rules 2013 rule 20', null],
  ['CFA 2014 s 155', null],
  ['SEND Regulations 2014 reg 99', null],
  ['Local Government Act 1972 s 26', null],
  ['Code of Practice 2014 para 11.39', null],
  ['The SEND (Amendment) Regulations 2015 reg 8', null],
  ['SEND Regulations 42 and 44', null],
  ['paragraph 42 of the SEND Regulations', null],
  ['', null],
  ['call 0300 123 4567 about regulation', null],
];

describe('parseCitation: citations as written in the wild', () => {
  it.each(TABLE)('%j -> %s %s', (text, id, subdivision, corrections = 0) => {
    const parsed = parseCitation(text);
    if (id === null) {
      expect(parsed).toBeNull();
      return;
    }
    expect(parsed?.reference.id).toBe(id);
    expect(parsed?.reference.subdivision).toBe(subdivision);
    expect(parsed?.corrections).toHaveLength(corrections);
  });

  it('has at least 40 cases', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it('says what it corrected and why', () => {
    expect(parseCitation('SEND Regulations 2015 reg 42')?.corrections[0]).toMatch(
      /^Changed the year 2015 to 2014: the provision is in the Special Educational Needs and Disability Regulations 2014 \(SI 2014\/1530\)\. The SEND \(Amendment\) Regulations 2015 amend those Regulations/,
    );
    expect(parseCitation('section 42 of the SEND Regulations')?.corrections[0]).toMatch(/Changed "section" to "regulation"/);
  });

  it('refuses anything that is not a string, or longer than 1,000 characters, with a typed error', () => {
    expect(() => parseCitation(42 as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'text' }));
    expect(() => parseCitation(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => parseCitation(`SEND Regs 2014 reg 42 ${'x'.repeat(2000)}`)).toThrow(expect.objectContaining({ code: 'INPUT_TOO_LONG', message: expect.stringContaining('at most 1000 characters') }));
    expect(parseCitation(`SEND Regs 2014 reg 42 ${'x'.repeat(970)}`)?.reference.id).toBe('send-regs-2014/reg-42');
  });
});

describe('parseCitation(formatCitation(id, style)) round trip', () => {
  const styles: CitationStyle[] = ['short', 'full', 'oscola'];
  for (const id of legislationIds) {
    it.each(styles)(`${id} in %s style`, (style) => {
      const text = formatCitation(id, style);
      expect(parseCitation(text), text).toEqual({ reference: { id }, corrections: [] });
      const withSub = formatCitation({ id, subdivision: '(2)' }, style);
      if (!id.startsWith('send-code-2015/')) {
        expect(parseCitation(withSub), withSub).toEqual({ reference: { id, subdivision: '(2)' }, corrections: [] });
      }
    });
  }
});
