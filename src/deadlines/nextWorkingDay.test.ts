import { describe, expect, it } from 'vitest';
import { nextWorkingDay } from './nextWorkingDay.js';

describe('nextWorkingDay', () => {
  it.each([
    ['2026-11-27', '2026-11-30', 'Friday to Monday'],
    ['2026-11-25', '2026-11-26', 'an ordinary weekday to the next day'],
    ['2026-04-02', '2026-04-07', 'over Good Friday, the weekend and Easter Monday'],
    ['2025-12-24', '2025-12-29', 'over Christmas, Boxing Day and the weekend'],
    ['2022-12-23', '2022-12-28', 'over the 2022 substitute days for Christmas and Boxing Day'],
    ['2021-12-31', '2022-01-04', "over the New Year's Day substitute in 2022"],
    ['2022-09-16', '2022-09-20', 'over the State Funeral bank holiday'],
  ])('%s -> %s (%s)', (date, expected) => {
    expect(nextWorkingDay(date)).toBe(expected);
  });

  it('refuses a bad date with INVALID_DATE', () => {
    expect(() => nextWorkingDay('2026-02-29')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
