import { describe, expect, it } from 'vitest';
import type { WorkingDayCalendar } from '../schemas/calendar.js';
import { englandAndWalesCalendar } from './englandAndWalesCalendar.js';
import { isWorkingDay } from './isWorkingDay.js';

describe('isWorkingDay', () => {
  it.each([
    ['2026-12-24', true, 'an ordinary Thursday'],
    ['2026-12-26', false, 'a Saturday'],
    ['2026-12-27', false, 'a Sunday'],
    ['2026-01-01', false, "New Year's Day"],
    ['2022-01-03', false, "the New Year's Day substitute (1 January 2022 was a Saturday)"],
    ['2026-04-03', false, 'Good Friday'],
    ['2026-04-06', false, 'Easter Monday'],
    ['2026-05-04', false, 'the early May bank holiday'],
    ['2026-05-25', false, 'the spring bank holiday'],
    ['2026-08-31', false, 'the summer bank holiday'],
    ['2026-12-25', false, 'Christmas Day'],
    ['2026-12-28', false, 'the Boxing Day substitute (26 December 2026 is a Saturday)'],
    ['2020-05-04', true, 'the usual early May Monday in 2020, when the holiday moved to VE Day'],
    ['2020-05-08', false, 'VE Day 2020 (one-off move)'],
    ['2022-05-30', true, 'the usual spring Monday in 2022, when the holiday moved'],
    ['2022-06-02', false, 'the moved spring bank holiday 2022'],
    ['2022-06-03', false, 'the Platinum Jubilee bank holiday'],
    ['2022-09-19', false, "the State Funeral of Queen Elizabeth II"],
    ['2023-05-08', false, 'the coronation of King Charles III'],
    ['2031-04-11', false, 'Good Friday 2031, projected from the rules'],
    ['2031-04-10', true, 'the Thursday before Good Friday 2031'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ['2026-02-30', /not a date in the calendar/],
    ['2026-2-3', /got "2026-2-3"/],
    ['', /got ""/],
  ])('refuses %j with INVALID_DATE naming the argument', (date, message) => {
    expect(() => isWorkingDay(date)).toThrow(expect.objectContaining({ code: 'INVALID_DATE', argument: 'date', message: expect.stringMatching(message) }));
  });

  it('refuses a Date object and other types with INVALID_DATE', () => {
    expect(() => isWorkingDay(new Date() as never)).toThrow(expect.objectContaining({ code: 'INVALID_DATE', message: expect.stringContaining('JavaScript Date') }));
    expect(() => isWorkingDay(20261201 as never)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => isWorkingDay(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  it('refuses dates before the calendar starts, rather than guessing one-off holidays', () => {
    expect(() => isWorkingDay('2012-06-05')).toThrow(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }));
  });

  it('uses a calendar the caller passes', () => {
    const custom: WorkingDayCalendar = {
      id: 'custom',
      name: 'Custom',
      coverage: { from: '2026-01-01', to: '2026-12-31' },
      beyondCoverage: 'error',
      holidays: [{ date: '2026-12-24', title: 'Office closed' }],
      sources: [],
    };
    expect(isWorkingDay('2026-12-24', custom)).toBe(false);
    expect(isWorkingDay('2026-12-25', custom)).toBe(true);
    expect(() => isWorkingDay('2027-01-04', custom)).toThrow(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }));
  });

  it('refuses a malformed calendar with INVALID_ARGUMENT naming the field', () => {
    const bad = { ...englandAndWalesCalendar, holidays: [{ date: '2026-13-01', title: 'x' }] };
    expect(() => isWorkingDay('2026-01-05', bad)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'calendar.holidays[0]' }));
    expect(() => isWorkingDay('2026-01-05', {} as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'calendar.coverage' }));
  });
  it('checks a calendar again when it is changed after first use, rather than trusting the old check', () => {
    const custom: WorkingDayCalendar = structuredClone({ ...englandAndWalesCalendar, id: 'mutable' });
    expect(isWorkingDay('2026-12-24', custom)).toBe(true);
    custom.holidays = [...custom.holidays, { date: '2026-12-24', title: 'Christmas Eve (local)' }];
    expect(isWorkingDay('2026-12-24', custom)).toBe(false);
    (custom as { coverage: unknown }).coverage = null;
    expect(() => isWorkingDay('2026-12-24', custom)).toThrow(expect.objectContaining({ name: 'GuidanceError', code: 'INVALID_ARGUMENT', argument: 'calendar.coverage' }));
  });
});
