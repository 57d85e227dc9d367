// One validation truth: for generated values (fast-check), the zod schema, the JSON Schema shipped in dist/schemas
// (checked with Ajv, draft 2020-12, with formats) and the zod-free checks the root entry uses give the same answer.
// Values are built from the pieces each rule looks at, near misses included, so the generators hit both sides.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { JSON_SCHEMAS, toJsonSchema } from '../scripts/lib/jsonSchemas.js';
import * as schemas from '../src/schemas/index.js';
import { _isPlainDate } from '../src/_lib/plainDate.js';
import { _isUkPhoneNumber, _normaliseUkPhone } from '../src/_lib/ukPhone.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ strict: true, allErrors: false }));
const validators = new Map(Object.entries(JSON_SCHEMAS).map(([name, schema]) => [name, ajv.compile(toJsonSchema(name, schema as z.ZodType))]));

/** The answers of zod, Ajv and (where there is one) the zod-free check, for one value. */
function answers(name: keyof typeof JSON_SCHEMAS, value: unknown, hand?: (value: unknown) => boolean): boolean[] {
  const zod = (JSON_SCHEMAS[name] as z.ZodType).safeParse(value).success;
  const json = (validators.get(name) as (v: unknown) => boolean)(value);
  return hand ? [zod, json, hand(value)] : [zod, json];
}

const agree = (list: boolean[]): boolean => list.every((a) => a === list[0]);
const pick = <T>(...values: T[]): fc.Arbitrary<T> => fc.constantFrom(...values);
const RUNS = { numRuns: 2000 };

/** Dates: real, impossible (30 February, 29 February in a non-leap year), badly padded, out of range. */
const dates = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.tuple(pick(1900, 2000, 2024, 2025, 2100, 2400, 4, 400, 0), pick('02-28', '02-29', '02-30', '04-31', '12-31', '13-01', '2-1')).map(([y, md]) => `${String(y).padStart(4, '0')}-${md}`),
  fc.string({ maxLength: 12 }),
);

/** Web addresses: mostly well formed, with schemes, hosts, ports, credentials and characters that go wrong. */
const urls = fc
  .tuple(
    fc.oneof({ weight: 6, arbitrary: fc.constant('https://') }, { weight: 1, arbitrary: pick('http://', 'https:', 'https:/', 'HTTPS://', 'javascript:', 'https:///', '') }),
    fc.oneof({ weight: 6, arbitrary: pick('www.gov.uk', 'example.org', 'a.bc', 'xn--bcher-kva.example', 'send.example.gov.uk') }, { weight: 2, arbitrary: pick('localhost', '127.0.0.1', 'user:pw@example.org', 'exa mple.org', '-bad.example', 'example.org:8443', 'ex_ample.org', 'example.c0m', 'example.org.') }),
    fc.array(fc.oneof({ weight: 8, arbitrary: pick('/', 'a', 'page', '?q=1', '#top', '%20', '-', '.', '~', '&', '=') }, { weight: 1, arbitrary: pick('%zz', ' ', '<', '"', '|', '\\', '\u00e9', '\n', '`', '{', '^') }), { maxLength: 6 }).map((p) => p.join('')),
  )
  .map(([scheme, host, path]) => `${scheme}${host}${path}`);

/** A valid national number (with its 0) from each kind of range, as digits. */
const nationalDigits = fc.oneof(
  fc.tuple(pick('020', '029', '0113', '0161', '01622', '01632', '016977', '01524'), fc.integer({ min: 0, max: 99999999 })).map(([area, n]) => `${area}${String(n).padStart(11 - area.length, '0')}`),
  fc.tuple(pick('01632', '01387'), fc.integer({ min: 0, max: 99999 })).map(([area, n]) => `${area}${String(n).padStart(5, '0')}`),
  fc.tuple(pick('0300', '0345', '0330', '07700', '0808', '0800', '0900', '0560'), fc.integer({ min: 0, max: 9999999 })).map(([range, n]) => `${range}${String(n).padStart(11 - range.length, '0')}`),
  fc.integer({ min: 0, max: 999999 }).map((n) => `0800${String(n).padStart(6, '0')}`),
);

/** Phone numbers as people publish them (prefixes, separators, brackets), then broken in the ways that matter. */
const phones = fc
  .tuple(nationalDigits, pick('0', '+44 ', '+44', '+44 (0)', '+44(0)', 'bracket'), fc.array(pick('', '', '', ' ', '-'), { minLength: 12, maxLength: 12 }), fc.integer({ min: 0, max: 12 }))
  .map(([national, prefix, seps, mutation]) => {
    const rest = national.slice(1);
    let out: string;
    if (prefix === 'bracket') {
      const area = national.startsWith('02') ? 3 : national.startsWith('01') ? (/^01(1\d|\d1)/.test(national) ? 4 : 5) : 4;
      out = `(${national.slice(0, area)})${seps[0]}${national.slice(area)}`;
    } else {
      out = `${prefix}${[...rest].map((d, i) => `${i === 0 ? '' : seps[i]}${d}`).join('')}`;
    }
    switch (mutation) {
      case 1: return `${out}5`;
      case 2: return out.slice(0, -1);
      case 3: return out.replace(/^\+44/, '+1').replace(/^0/, '+33 ');
      case 4: return out.replace(/ /, '  ');
      case 5: return ` ${out}`;
      case 6: return out.replace(/\d(?=\d*$)/, 'O');
      case 7: return out.replace(/^(\+44 ?|0|\(0)\d/, '$14');
      case 8: return out.replace(/^0/, '0044 ');
      default: return out;
    }
  });

const emails = fc.oneof(fc.emailAddress(), fc.string({ maxLength: 20 }), fc.tuple(fc.string({ maxLength: 6 }), pick('@', '@@', ''), pick('example.org', 'ex..org', 'a', '.org')).map((p) => p.join('')));

describe('zod, the shipped JSON Schema and the zod-free checks agree', () => {
  it('on dates (PlainDate)', () => {
    fc.assert(fc.property(dates, (value) => agree(answers('PlainDate', value, _isPlainDate))), RUNS);
  });

  it('on web addresses (HttpsUrl)', () => {
    fc.assert(fc.property(urls, (value) => agree(answers('HttpsUrl', value))), RUNS);
  });

  it('on phone numbers (UkPhoneNumber)', () => {
    fc.assert(fc.property(phones, (value) => agree(answers('UkPhoneNumber', value, _isUkPhoneNumber))), RUNS);
  });

  it('on email addresses (EmailAddress)', () => {
    fc.assert(fc.property(emails, (value) => agree(answers('EmailAddress', value))), RUNS);
  });

  it('on local IAS services and local details built from those values', () => {
    const text = fc.oneof(fc.string({ maxLength: 12 }), pick('Kent <b>', 'a\u0007b', 'x'.repeat(201), 'Kent County Council'));
    const iass = fc.record({ name: text, website: urls, phone: phones, email: emails, localAuthorities: fc.array(pick('E10000016', 'E06000001', 'W06000001'), { maxLength: 2 }), source: fc.record({ url: urls, title: text, publisher: text, checked: dates }) }, { requiredKeys: ['name', 'website', 'localAuthorities', 'source'] });
    fc.assert(fc.property(iass, (value) => agree(answers('LocalIass', value))), { numRuns: 500 });
    const details = fc.record({ localAuthority: fc.record({ name: text, complaintsUrl: urls, senTeam: fc.record({ phone: phones, url: urls }, { requiredKeys: [] }) }, { requiredKeys: ['name'] }), iass }, { requiredKeys: ['localAuthority'] });
    fc.assert(fc.property(details, (value) => agree(answers('LocalDetails', value))), { numRuns: 500 });
  });

  it('on the published data: every page, FAQ, organisation and calendar validates both ways', async () => {
    const api = await import('../src/index.js');
    const cases: [keyof typeof JSON_SCHEMAS, unknown][] = [
      ...api.listGuidancePages().map((p) => ['GuidancePage', p] as [keyof typeof JSON_SCHEMAS, unknown]),
      ...api.listFaqs().map((f) => ['Faq', f] as [keyof typeof JSON_SCHEMAS, unknown]),
      ...api.listOrganisations().map((o) => ['Organisation', o] as [keyof typeof JSON_SCHEMAS, unknown]),
      ...api.listLegislation().map((l) => ['LegalReference', l] as [keyof typeof JSON_SCHEMAS, unknown]),
      ['WorkingDayCalendar', api.englandAndWalesCalendar],
      ['OpenReferralExport', api.toOpenReferral()],
    ];
    for (const [name, value] of cases) expect(answers(name, value), name).toEqual([true, true]);
  });

  it('so that the checks can fail: each refuses what the library refuses', () => {
    expect(answers('PlainDate', '2026-02-30', _isPlainDate)).toEqual([false, false, false]);
    expect(answers('PlainDate', '2024-02-29', _isPlainDate)).toEqual([true, true, true]);
    expect(answers('HttpsUrl', 'javascript:alert(1)')).toEqual([false, false]);
    expect(answers('HttpsUrl', 'http://example.org')).toEqual([false, false]);
    expect(answers('HttpsUrl', 'https:example.org')).toEqual([false, false]);
    expect(answers('UkPhoneNumber', '+1 555 0100', _isUkPhoneNumber)).toEqual([false, false, false]);
    expect(answers('UkPhoneNumber', '03000 41 3000', _isUkPhoneNumber)).toEqual([true, true, true]);
  });
});

describe('UK phone numbers', () => {
  it('accepts the forms councils publish and stores them in one style', () => {
    const cases: [string, string][] = [
      ['03000 41 3000', '0300 041 3000'],
      ['+44 3000 413000', '0300 041 3000'],
      ['(01622) 694000', '01622 694000'],
      ['0300-123-4567', '0300 123 4567'],
      ['+44 (0)20 7946 0000', '020 7946 0000'],
      ['02079460000', '020 7946 0000'],
      ['0113 496 0000', '0113 496 0000'],
      ['0161 496 0000', '0161 496 0000'],
      ['016977 12345', '016977 12345'],
      ['01632 96000', '01632 96000'],
      ['0800 123 456', '0800 123 456'],
      ['0808 800 5793', '0808 800 5793'],
      ['07700 900 123', '07700 900123'],
    ];
    for (const [input, stored] of cases) {
      expect(schemas.UkPhoneNumber.parse(input), input).toBe(stored);
      expect(_normaliseUkPhone(input), input).toBe(stored);
    }
  });

  it('keeps refusing what is not a UK number', () => {
    for (const value of ['+1 555 0100', '+33 1 23 45 67 89', '0044 20 7946 0000', '0400 123 4567', '0600 123 4567', '020 7946 000', '0300 061 06144', '+44 0300 061 0614', 'tel:03000413000', '0300 061 O614', '', ' 0300 061 0614', '0300  061 0614', '0300.061.0614']) {
      expect(schemas.UkPhoneNumber.safeParse(value).success, value).toBe(false);
      expect(_isUkPhoneNumber(value), value).toBe(false);
    }
  });

  it('normalises idempotently, and only to numbers it accepts', () => {
    fc.assert(
      fc.property(phones, (value) => {
        const once = _normaliseUkPhone(value);
        return once === undefined || (_isUkPhoneNumber(once) && _normaliseUkPhone(once) === once && once.replace(/\D/g, '').length >= 10);
      }),
      RUNS,
    );
  });

  it('accepts only numbers that libphonenumber-js reads as UK numbers of a possible length', async () => {
    const { parsePhoneNumberFromString } = await import('libphonenumber-js');
    fc.assert(
      fc.property(phones, (value) => {
        if (!_isUkPhoneNumber(value)) return true;
        const parsed = parsePhoneNumberFromString(_normaliseUkPhone(value) as string, 'GB');
        return parsed !== undefined && parsed.countryCallingCode === '44' && parsed.isPossible();
      }),
      RUNS,
    );
  });
});
