import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGuidanceError } from '../errors.js';
import { formatDate } from './formatDate.js';

describe('formatDate', () => {
  it('writes dates in GOV.UK style: day, month in full, year, no comma or ordinal', () => {
    expect(formatDate('2026-01-02')).toBe('2 January 2026');
    expect(formatDate('2026-12-25')).toBe('25 December 2026');
    expect(formatDate('2024-02-29')).toBe('29 February 2024');
  });

  it('adds the day of the week when asked, worked out from the date alone', () => {
    expect(formatDate('2026-01-02', { weekday: true })).toBe('Friday 2 January 2026');
    expect(formatDate('2026-11-29', { weekday: true })).toBe('Sunday 29 November 2026');
    expect(formatDate('2024-02-29', { weekday: true })).toBe('Thursday 29 February 2024');
    expect(formatDate('2026-01-02', { weekday: false })).toBe('2 January 2026');
  });

  it('agrees with the calendar of the JavaScript engine (read in UTC) on every date', () => {
    const days = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(fc.date({ min: new Date('2014-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (when) => {
        const iso = when.toISOString().slice(0, 10);
        return formatDate(iso, { weekday: true }) === days.format(new Date(`${iso}T12:00:00Z`)).replace(',', '');
      }),
    );
  });

  it('refuses what is not a calendar date with INVALID_DATE, naming the argument', () => {
    for (const bad of ['2026-02-30', '2 January 2026', '', null, undefined, 20260102, new Date(0)]) {
      let error: unknown;
      try {
        formatDate(bad as never);
      } catch (e) {
        error = e;
      }
      expect(isGuidanceError(error, 'INVALID_DATE'), String(bad)).toBe(true);
      expect((error as Error).message).toContain('date must be a calendar date');
    }
  });

  it('refuses a date outside the range every date function supports, with DATE_OUT_OF_RANGE', () => {
    expect(() => formatDate('2013-12-31')).toThrow(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE', argument: 'date' }));
    expect(() => formatDate('2100-01-01')).toThrow(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE', argument: 'date' }));
    expect(formatDate('2014-01-01')).toBe('1 January 2014');
    expect(formatDate('2099-12-31')).toBe('31 December 2099');
  });

  it('refuses options that are not an object', () => {
    expect(() => formatDate('2026-01-02', null as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
