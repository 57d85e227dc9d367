import { describe, expect, it } from 'vitest';
import { listBankHolidays } from './listBankHolidays.js';

describe('listBankHolidays', () => {
  it('lists published years, marked as not projected, including one-off days', () => {
    const days = listBankHolidays(2022);
    expect(days.map((d) => d.date)).toEqual([
      '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
    ]);
    expect(days.every((d) => !d.projected)).toBe(true);
  });

  it('projects later years from the rules and says so', () => {
    const days = listBankHolidays(2032);
    expect(days).toHaveLength(8);
    expect(days.every((d) => d.projected)).toBe(true);
    expect(days.find((d) => d.title === 'Good Friday')?.date).toBe('2032-03-26');
    // 25 December 2032 is a Saturday: Monday 27 and Tuesday 28 December.
    expect(days.slice(-2).map((d) => d.date)).toEqual(['2032-12-27', '2032-12-28']);
  });

  it('refuses a year before the data, and a year that is not a whole number', () => {
    expect(() => listBankHolidays(2013)).toThrow(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }));
    expect(() => listBankHolidays(2026.5)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'year' }));
  });
});
