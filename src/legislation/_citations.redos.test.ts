// Linear time, checked on answers rather than on a clock (issue 14): the recogniser is run on 1 MB versions of every
// input shape known to make a backtracking pattern slow (the shapes the old code was quadratic on, and the attack
// strings recheck has reported for the current patterns, see scripts/check-redos.ts), and must give the exact answer.
// A quadratic pattern needs minutes on 1 MB, far past the test's time limit; linear code needs well under a second.
import { describe, expect, it } from 'vitest';
import { _CITATION_PATTERNS, _findCitations } from './_citations.js';

const MB = 1_000_000;
const fill = (unit: string, tail = ''): string => unit.repeat(Math.ceil((MB - tail.length) / unit.length)).slice(0, MB - tail.length) + tail;

// [what, text, ids expected in order (or a count)]
const SHAPES: [string, string, string[] | number][] = [
  ['a keyword, then spaces', `reg 1${' '.repeat(MB)}`, []],
  ['a keyword in a word, then spaces', `xregulations${' '.repeat(MB)}5`, []],
  ['"s" in words, then spaces before digits', fill('fires  3 '), []],
  ['"code of practice", then spaces', `code of practice${' '.repeat(MB)}`, []],
  ['"the SEND", then spaces', `the SEND${' '.repeat(MB)}code`, []],
  ['an instrument, then spaces and a comma', `SEND Regulations${' '.repeat(MB)},x`, []],
  ['an instrument, then spaces and a number', `SEND Regulations 2014${' '.repeat(MB)}42`, ['send-regs-2014/reg-42']],
  ['a provision, then spaces and "of"', `reg 42${' '.repeat(MB)}of the SEND Regulations`, ['send-regs-2014/reg-42']],
  ['a provision, then spaces and a capital', `reg 42 of ${' '.repeat(MB)}The`, ['send-regs-2014/reg-42']],
  ['repeated keywords with no numbers', fill('reg '), []],
  ['"RULE" then "T§SEC" (recheck)', `${'RULE'.repeat(MB / 8)}${'T§SEC'.repeat(MB / 10)}TION§G`, []],
  ['"0.00" repeated (recheck)', fill('0.00', '000'), []],
  ['"0.00", "tt", "00" (recheck)', `${'0.00'.repeat(MB / 8)}tt${'00'.repeat(MB / 4)}t`, []],
  ['dotted numbers before the Code', fill('1.1 x ', ' 11.6 of the SEND Code of Practice'), ['send-code-2015/para-11.6']],
  ['dotted ranges, then spaces', `1.1 –${' '.repeat(MB)}`, []],
  ['sub-paragraphs without end (read as the SEND Regulations: no instrument is named)', `reg 42${'(1)'.repeat(MB / 3)}`, ['send-regs-2014/reg-42']],
  ['a list of 166,000 items', `SEND Regulations 2014, regulations 42${' and 44'.repeat(MB / 7)}`, 1 + Math.floor(MB / 7)],
  ['a list with sub-paragraphs only', `SEND Regulations 2014, regulation 42(1)${' and (2)'.repeat(MB / 8)}`, 1 + MB / 8],
  ['commas and "and"s without numbers', `SEND regs reg 42${', and'.repeat(MB / 5)}`, ['send-regs-2014/reg-42']],
  ['digits only', '1'.repeat(MB), []],
  ['a 1 MB number after a keyword', `reg ${'4'.repeat(MB)}`, []],
  ['prose with a citation in every sentence', fill('Under the SEND Regulations 2014, regulation 42(3) applies. '), Math.floor(MB / 59)],
];

describe('the recogniser on 1 MB of hostile input gives the exact answer', () => {
  it.each(SHAPES)('%s', (_what, text, expected) => {
    const found = _findCitations(text);
    if (typeof expected === 'number') expect(found).toHaveLength(expected);
    else expect(found.map((f) => f.id)).toEqual(expected);
  });

  it('covers every pattern the recogniser runs (update SHAPES when one is added)', () => {
    expect(_CITATION_PATTERNS).toHaveLength(16);
  });
});

describe('positions stay true on large input', () => {
  it('finds each of 10,000 citations in 10,000 sentences, at its place', () => {
    const sentence = 'Under the SEND Regulations 2014, regulation 42(3) applies. ';
    const found = _findCitations(sentence.repeat(10_000));
    expect(found).toHaveLength(10_000);
    expect(found.every((f, i) => f.start === i * sentence.length + sentence.indexOf('the SEND'))).toBe(true);
  });
});
