import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _fromDayNumber, _toDayNumber } from '../_lib/plainDate.js';
import { formatDate } from '../render/formatDate.js';
import { _DATE_RANGE, _parseDate } from './parseDate.js';

const TODAY = '2026-11-29';
const read = (text: string) => _parseDate(text, TODAY);
const date = (text: string) => {
  const result = read(text);
  if (!result.ok) throw new Error(`refused ${text}: ${result.problem}`);
  return result.date;
};
const problem = (text: string) => {
  const result = read(text);
  if (result.ok) throw new Error(`accepted ${text} as ${result.date}`);
  return result.problem;
};

// Any date in the supported range.
const plainDate = fc.integer({ min: _toDayNumber(_DATE_RANGE.from), max: _toDayNumber(_DATE_RANGE.to) }).map(_fromDayNumber);

describe('_parseDate: the forms a parent types', () => {
  it.each([
    ['2026-10-01', '2026-10-01'],
    ['1/10/2026', '2026-10-01'], // the way UK parents write it: day first
    ['01/10/2026', '2026-10-01'],
    ['1.10.2026', '2026-10-01'],
    ['31/12/2026', '2026-12-31'],
    ['1 October 2026', '2026-10-01'],
    ['1 Oct 2026', '2026-10-01'],
    ['1st october 2026', '2026-10-01'],
    ['23 Sept 2026', '2026-09-23'],
    ['Thursday 1 October 2026', '2026-10-01'],
    ['thu, 1 oct 2026', '2026-10-01'],
    ['  29 February 2028 ', '2028-02-29'],
    ['today', TODAY],
    ['Yesterday', '2026-11-28'],
  ])('%s is %s', (text, expected) => {
    expect(date(text)).toBe(expected);
  });

  it('reads "yesterday" across a month and a year boundary', () => {
    expect(_parseDate('yesterday', '2027-01-01')).toEqual({ ok: true, date: '2026-12-31' });
    expect(_parseDate('yesterday', '2028-03-01')).toEqual({ ok: true, date: '2028-02-29' });
  });
});

describe('_parseDate: ambiguous or impossible input is refused, saying what works', () => {
  it.each([
    ['2026-02-30', '30 February 2026 is not a date in the calendar: February 2026 has 28 days'],
    ['31/4/2026', '31 April 2026 is not a date in the calendar: April 2026 has 30 days'],
    ['29 Feb 2027', 'February 2027 has 28 days'],
    ['13/13/2026', 'There is no month 13.'],
    ['10/13/2026', 'Put the day first, then the month: 13/10/2026'], // a month-first (US) date
    ['2026-13-01', 'There is no month 13.'],
    ['1/10/26', 'Write the year in full'],
    ['1 October 26', 'Write the year in full'],
    ['1/10', 'Add the year'],
    ['1 October', 'Add the year'],
    ['October 1, 2026', 'Put the day before the month'],
    ['1 Octember 2026', '"Octember" is not a month'],
    ['Friday 1 October 2026', '1 October 2026 is a Thursday, not a Friday'],
    ['9999-11-15', 'from 1 January 2014 to 31 December 2099'],
    ['2013-12-31', 'from 1 January 2014 to 31 December 2099'],
    ['tomorrow-ish', 'Type the date like this'],
    ['', 'Type a date.'],
  ])('%s: %s', (text, message) => {
    expect(problem(text)).toContain(message);
  });

  it('names the accepted forms in every refusal', () => {
    for (const text of ['13/13/2026', '1/10/26', 'next week', '1 Octember 2026', '']) {
      expect(problem(text)).toContain('1 October 2026, 1 Oct 2026, 1/10/2026, 2026-10-01, today or yesterday');
    }
  });
});

describe('_parseDate: properties', () => {
  it('reads back what formatDate writes, with or without the day of the week', () => {
    fc.assert(
      fc.property(plainDate, (d) => {
        expect(date(formatDate(d))).toBe(d);
        expect(date(formatDate(d, { weekday: true }))).toBe(d);
        expect(date(formatDate(d, { weekday: true }).toUpperCase())).toBe(d);
      }),
    );
  });

  it('reads the same date from each numeric form and the short month name', () => {
    fc.assert(
      fc.property(plainDate, (d) => {
        const [y, m, day] = d.split('-') as [string, string, string];
        expect(date(d)).toBe(d);
        expect(date(`${Number(day)}/${Number(m)}/${y}`)).toBe(d);
        expect(date(`${day}/${m}/${y}`)).toBe(d);
        expect(date(formatDate(d).replace(/([A-Z][a-z]{2})[a-z]+/, '$1'))).toBe(d);
      }),
    );
  });

  it('never accepts a two-digit year, and anything accepted is a real date in the supported range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), (d, m, y) => {
        expect(read(`${d}/${m}/${String(y).padStart(2, '0')}`).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const result = read(text);
        if (result.ok) {
          expect(formatDate(result.date)).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
          expect(result.date >= _DATE_RANGE.from && result.date <= _DATE_RANGE.to).toBe(true);
        } else expect(result.problem.length).toBeGreaterThan(10);
      }),
    );
  });
});
