import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from './addWorkingDays.js';
import { isWorkingDay } from './isWorkingDay.js';

const dates = fc.integer({ min: 0, max: 9000 }).map((n) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

describe('addWorkingDays', () => {
  it.each([
    ['2026-12-23', 3, '2026-12-30', 'Christmas week 2026: 24 Dec counts; 25, 26, 27 and 28 Dec do not'],
    ['2026-11-27', 1, '2026-11-30', 'Friday + 1 is Monday'],
    ['2026-11-28', 0, '2026-11-28', 'adding 0 returns the date, even on a Saturday'],
    ['2026-11-28', 1, '2026-11-30', 'starting on a Saturday, the first working day is Monday'],
    ['2026-04-02', 1, '2026-04-07', 'over Easter'],
    ['2026-04-07', -1, '2026-04-02', 'backwards over Easter'],
    ['2023-05-05', 1, '2023-05-09', 'over the coronation bank holiday'],
  ])('%s + %i -> %s (%s)', (date, days, expected) => {
    expect(addWorkingDays(date, days)).toBe(expected);
  });

  it('always lands on a working day, and going back the same number returns to a working start (property)', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 40 }), (date, days) => {
        const later = addWorkingDays(date, days);
        expect(isWorkingDay(later)).toBe(true);
        expect(later > date).toBe(true);
        if (isWorkingDay(date)) expect(addWorkingDays(later, -days)).toBe(date);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a number of days that is not a whole number in range', () => {
    for (const days of [1.5, Number.NaN, 4000, '3' as never]) {
      expect(() => addWorkingDays('2026-01-05', days)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'days' }));
    }
  });
});
