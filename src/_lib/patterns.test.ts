// The patterns, built from their parts, are the strings in patterns.ts and ukPhone.ts; and they say what they mean.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _HTTPS_URL_PATTERN, _PLAIN_DATE_PATTERN, _SAFE_TEXT_PATTERN } from './patterns.js';
import { _isPlainDate } from './plainDate.js';
import { _UK_PHONE_PATTERN } from './ukPhone.js';

describe('the web address pattern', () => {
  /** A host name: dot-separated labels of letters, digits and inner hyphens, ending in a top-level domain of letters. */
  const HOST = '(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}';
  /** One character of a path, query or fragment as RFC 3986 allows it (`pchar`), or a %-escape. */
  const PCHAR = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})";
  /** A path, then a query, then a fragment (RFC 3986, section 3). */
  const REST = `(?:/(?:${PCHAR}|/)*)?(?:\\?(?:${PCHAR}|[/?])*)?(?:#(?:${PCHAR}|[/?])*)?`;

  it('is built from a host and the rest of the address', () => {
    expect(_HTTPS_URL_PATTERN).toBe(`^https://${HOST}${REST}$`);
  });

  it('accepts https addresses with a host name and refuses what a browser would read differently', () => {
    const re = new RegExp(_HTTPS_URL_PATTERN);
    for (const ok of ['https://www.gov.uk', 'https://www.gov.uk/', 'https://a.bc/x?y=1&z=%20#top', 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42']) expect(re.test(ok), ok).toBe(true);
    for (const bad of ['http://www.gov.uk', 'https:www.gov.uk', 'https:/www.gov.uk', 'https://user:pw@www.gov.uk', 'https://www.gov.uk:443/', 'https://localhost', 'https://127.0.0.1', 'https://www.gov.uk/a b', 'https://www.gov.uk/#a#b', 'https://www.gov.uk/%zz', 'javascript:alert(1)']) expect(re.test(bad), bad).toBe(false);
  });
});

describe('the calendar date pattern', () => {
  const YEAR = '(?:\\d{3}[1-9]|\\d{2}[1-9]\\d|\\d[1-9]\\d{2}|[1-9]\\d{3})'; // 0001 to 9999
  const LEAP_YEAR = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)'; // by 4, not 100 unless 400
  const MONTH_DAY = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';

  it('is built from years, months and days, with 29 February in leap years only', () => {
    expect(_PLAIN_DATE_PATTERN).toBe(`^(?:${YEAR}-${MONTH_DAY}|${LEAP_YEAR}-02-29)$`);
  });

  it('accepts exactly the real calendar dates, from 0001-01-01 to 9999-12-31', () => {
    const re = new RegExp(_PLAIN_DATE_PATTERN);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const value = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        return re.test(value) === _isPlainDate(value);
      }),
      { numRuns: 5000 },
    );
    for (const [value, ok] of [['2024-02-29', true], ['2000-02-29', true], ['1900-02-29', false], ['2100-02-29', false], ['0400-02-29', true], ['0000-01-01', false]] as const) expect(re.test(value), value).toBe(ok);
  });
});

describe('the safe text pattern', () => {
  it('refuses <, > and control characters', () => {
    const re = new RegExp(_SAFE_TEXT_PATTERN);
    expect(re.test('Kent County Council')).toBe(true);
    for (const bad of ['a<b', 'a>b', 'a\u0000b', 'a\nb', 'a\u007fb']) expect(re.test(bad)).toBe(false);
  });
});

describe('the UK phone number pattern', () => {
  const SEP = '[ -]?';
  /** `n` to `m` digits, each optionally after one space or hyphen. */
  const digits = (n: number, m = n): string => `(?:${SEP}\\d){${n}${m === n ? '' : `,${m}`}}`;
  /** The national significant number: 01 numbers have 9 or 10 digits, 0800 numbers 9 or 10, the rest 10. */
  const NATIONAL = `(?:1${digits(8, 9)}|2${digits(9)}|[3579]${digits(9)}|8${SEP}0${SEP}0${digits(6, 7)}|8${digits(9)})`;
  /** An area code in brackets, "(01622) 694000": the digits after it make the number the right length. */
  const BRACKETED = [`2\\d\\)${SEP}\\d${digits(7)}`, `1\\d{2}\\)${SEP}\\d${digits(5, 6)}`, `1\\d{3}\\)${SEP}\\d${digits(4, 5)}`, `1\\d{4}\\)${SEP}\\d${digits(3, 4)}`].join('|');

  it('is built from a prefix (0, +44 or +44 (0)) and the national number, or a bracketed area code', () => {
    expect(_UK_PHONE_PATTERN).toBe(`^(?:(?:0|\\+44${SEP}(?:\\(0\\))?)${SEP}${NATIONAL}|\\(0(?:${BRACKETED}))$`);
  });
});
