import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _addDays, _addMonths, _dayOfWeek, _fromDayNumber, _isPlainDate, _longDate, _parsePlainDate, _toDayNumber } from './plainDate.js';

const anyDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('plain date arithmetic', () => {
  it('recognises real dates only', () => {
    expect(_isPlainDate('2024-02-29')).toBe(true);
    expect(_isPlainDate('2023-02-29')).toBe(false);
    expect(_isPlainDate('1900-02-29')).toBe(false);
    expect(_isPlainDate('2000-02-29')).toBe(true);
    expect(_isPlainDate('2026-04-31')).toBe(false);
    expect(_isPlainDate('2026-13-01')).toBe(false);
    expect(_isPlainDate('2026-1-01')).toBe(false);
    expect(_isPlainDate('2026-01-01T00:00')).toBe(false);
    expect(_isPlainDate(new Date())).toBe(false);
  });

  it('day numbers round-trip and agree with UTC (property)', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(_fromDayNumber(_toDayNumber(date))).toBe(date);
        expect(_toDayNumber(date)).toBe(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000);
        expect(_dayOfWeek(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay());
      }),
    );
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(_addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(_addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(_addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(_addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('adds months by the corresponding date, clamping to the month end', () => {
    expect(_addMonths('2025-10-01', 2)).toBe('2025-12-01');
    expect(_addMonths('2023-12-31', 2)).toBe('2024-02-29');
    expect(_addMonths('2024-12-31', 2)).toBe('2025-02-28');
    expect(_addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(_addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(_addMonths('2025-11-30', 2)).toBe('2026-01-30');
    expect(_addMonths('2026-08-31', -2)).toBe('2026-06-30');
  });

  it('month addition never overshoots the target month (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 24 }), (date, months) => {
        const result = _addMonths(date, months);
        const index = (d: string) => +d.slice(0, 4) * 12 + +d.slice(5, 7);
        expect(index(result) - index(date)).toBe(months);
        expect(+result.slice(8, 10)).toBeLessThanOrEqual(+date.slice(8, 10));
      }),
    );
  });

  it('writes dates for people', () => {
    expect(_longDate('2026-09-01')).toBe('Tuesday 1 September 2026');
  });
});

describe('_parsePlainDate reads exactly what the pattern YYYY-MM-DD with a real calendar day allows', () => {
  const reference = (value: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const last = new Date(Date.UTC(2000, month, 0)).getUTCDate();
    const days = month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : last;
    return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= days ? { year, month, day } : undefined;
  };
  it('agrees with a regular-expression reference on generated strings', () => {
    const dateLike = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
      ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    );
    const noisy = fc.oneof(dateLike, fc.string({ maxLength: 12 }), dateLike.map((s) => s.replace(/\d/, '\u0663')), dateLike.map((s) => ` ${s}`), dateLike.map((s) => s.replace('-', '/')));
    fc.assert(
      fc.property(noisy, (value) => {
        expect(_parsePlainDate(value)).toEqual(reference(value));
      }),
      { numRuns: 5000 },
    );
  });
});

