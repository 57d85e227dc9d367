// The published calendar against the shared fact file it was built from, and the projection rules against the
// published years. The shared file is in ../shared/facts/ (CI has it); the comparison says so when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { _englandAndWalesRegularHolidays, _easterSunday } from '../_lib/englandAndWalesRules.js';
import { _addDays } from '../_lib/plainDate.js';
import { _EXCEPTIONS } from '../_generated/englandAndWalesRules.js';
import { englandAndWalesCalendar } from './englandAndWalesCalendar.js';
import { isWorkingDay } from './isWorkingDay.js';
import { listBankHolidays } from './listBankHolidays.js';

const sharedFile = join(import.meta.dirname, '..', '..', '..', 'shared', 'facts', 'bank-holidays-england-and-wales.json');
const ONE_OFF_YEARS = [2020, 2022, 2023];

describe('englandAndWalesCalendar', () => {
  it('covers 2014 to 2027 with dates in order', () => {
    const dates = englandAndWalesCalendar.holidays.map((h) => h.date);
    expect(dates[0]).toBe('2014-01-01');
    expect(dates.at(-1)).toBe('2027-12-28');
    expect([...dates].sort()).toEqual(dates);
    expect(englandAndWalesCalendar.beyondCoverage).toBe('england-and-wales-rules');
  });

  it.skipIf(!existsSync(sharedFile))('matches every 2014-2027 date in shared/facts/bank-holidays-england-and-wales.json', () => {
    const shared = JSON.parse(readFileSync(sharedFile, 'utf8')) as { events: { date: string }[] };
    const expected = shared.events.map((e) => e.date).filter((d) => d <= '2027-12-31');
    expect(englandAndWalesCalendar.holidays.map((h) => h.date)).toEqual(expected);
  });

  it.skipIf(!existsSync(sharedFile))('projects 2028 exactly as the shared file derives it', () => {
    const shared = JSON.parse(readFileSync(sharedFile, 'utf8')) as { events: { date: string }[] };
    expect(_englandAndWalesRegularHolidays(2028).map((h) => h.date)).toEqual(shared.events.map((e) => e.date).filter((d) => d.startsWith('2028')));
  });

  // Said once when the file is collected, not as a test that cannot fail: the two comparisons above are skipped then.
  if (!existsSync(sharedFile)) console.warn(`shared/facts/bank-holidays-england-and-wales.json not found at ${sharedFile}: the comparisons with it are skipped`);

  it.each(Array.from({ length: 14 }, (_, i) => 2014 + i))('the regular rules reproduce the published %i (except one-off changes)', (year) => {
    const published = englandAndWalesCalendar.holidays.filter((h) => h.date.startsWith(String(year))).map((h) => h.date);
    const projected = _englandAndWalesRegularHolidays(year).map((h) => h.date);
    if (ONE_OFF_YEARS.includes(year)) expect(projected).not.toEqual(published);
    else expect(projected).toEqual(published);
  });

  it('computes Easter correctly for known years', () => {
    expect(_easterSunday(2024)).toBe('2024-03-31');
    expect(_easterSunday(2025)).toBe('2025-04-20');
    expect(_easterSunday(2038)).toBe('2038-04-25');
    expect(_easterSunday(2285)).toBe('2285-03-22');
  });

  it('is deeply frozen', () => {
    expect(() => (englandAndWalesCalendar.holidays as unknown[]).push({})).toThrow(TypeError);
    expect(() => ((englandAndWalesCalendar.coverage as { to: string }).to = '2099-12-31')).toThrow(TypeError);
  });

  describe('the default calendar (the regular rules and the exceptions generated from the data)', () => {
    it.each(Array.from({ length: 14 }, (_, i) => 2014 + i))('gives exactly the published days and titles of %i', (year) => {
      const published = englandAndWalesCalendar.holidays.filter((h) => h.date.startsWith(`${year}-`)).map((h) => ({ ...h, projected: false }));
      expect(published.length).toBeGreaterThanOrEqual(8);
      expect(listBankHolidays(year)).toEqual(published);
    });

    it('projects 2028 from the regular rules, marked as projected', () => {
      expect(listBankHolidays(2028)).toEqual(_englandAndWalesRegularHolidays(2028).map((h) => ({ ...h, projected: true })));
    });

    it('agrees with the published list on every day from 2014 to 2028', () => {
      let days = 0;
      for (let day = '2014-01-01'; day <= '2028-12-31'; day = _addDays(day, 1)) {
        if (isWorkingDay(day) !== isWorkingDay(day, englandAndWalesCalendar)) expect.fail(`${day} differs`);
        days++;
      }
      expect(days).toBe(5479);
    });

    it('carries only the one-off days and the regular days they replaced', () => {
      expect(_EXCEPTIONS.map(([date]) => date)).toEqual(['2020-05-04', '2020-05-08', '2022-05-30', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08']);
    });
  });
});
