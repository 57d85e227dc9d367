// appealDeadline made smaller must say exactly what it said before, for every input. The oracle is a frozen copy of
// the code on main at 357782a (tests/_support/appealDeadlineBefore/). This compares the two, deep-equal, for every
// decision date from 1 September 2014 to 31 December 2028, without a certificate and with certificates from 0 to 120
// days later, with the default calendar, with englandAndWalesCalendar passed in and with two custom calendars; and
// compares the errors (class, code, message, argument) for generated bad input. It also compares the calendar and
// date helpers the other deadline functions share, so that a change made for appealDeadline changes none of them.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appealDeadline } from '../src/deadlines/appealDeadline.js';
import { englandAndWalesCalendar } from '../src/deadlines/englandAndWalesCalendar.js';
import { GuidanceError } from '../src/errors.js';
import * as calendarNow from '../src/_lib/calendar.js';
import * as plainDateNow from '../src/_lib/plainDate.js';
import { _englandAndWalesRegularHolidays as rulesNow } from '../src/_lib/englandAndWalesRules.js';
import type { WorkingDayCalendar } from '../src/schemas/calendar.js';
import { appealDeadline as appealDeadlineBefore } from './_support/appealDeadlineBefore/appealDeadline.js';
import * as calendarBefore from './_support/appealDeadlineBefore/calendar.js';
import * as plainDateBefore from './_support/appealDeadlineBefore/plainDate.js';
import { _englandAndWalesRegularHolidays as rulesBefore } from './_support/appealDeadlineBefore/englandAndWalesRules.js';

const { _addDays, _toDayNumber, _fromDayNumber } = plainDateBefore;

/** What a call gave: its result, or everything a caller can read from what it threw. */
function outcome(run: () => unknown): unknown {
  try {
    return { result: run() };
  } catch (error) {
    if (!(error instanceof Error)) return { thrown: error };
    const e = error as Partial<GuidanceError>;
    return {
      error: {
        guidanceError: error instanceof GuidanceError,
        constructor: error.constructor.name,
        name: error.name,
        code: e.code,
        message: error.message,
        argument: e.argument,
        expected: e.expected,
        cause: error.cause,
      },
    };
  }
}

/** Runs both implementations on each input and returns the first few that differ (none, when all is well). */
function differences<T>(inputs: Iterable<T>, before: (input: T) => unknown, now: (input: T) => unknown): { compared: number; differ: unknown[] } {
  const differ: unknown[] = [];
  let compared = 0;
  for (const input of inputs) {
    compared++;
    const a = outcome(() => before(input));
    const b = outcome(() => now(input));
    if (!isDeepStrictEqual(a, b) && differ.length < 5) differ.push({ input, before: a, now: b });
  }
  return { compared, differ };
}

function* days(from: string, to: string): Generator<string> {
  for (let n = _toDayNumber(from); n <= _toDayNumber(to); n++) yield _fromDayNumber(n);
}

/** Certificates from 0 to 120 days after the decision: a fixed spread, plus one offset that walks through 0 to 120. */
const OFFSETS = [0, 1, 7, 13, 28, 29, 30, 31, 45, 58, 59, 60, 61, 62, 75, 90, 100, 120];

// A caller's calendar with more closures than England and Wales (every 17th day), projecting after it ends.
const customRules: WorkingDayCalendar = Object.freeze({
  id: 'school-closures',
  name: 'A school calendar',
  coverage: { from: '2015-01-01', to: '2026-06-30' },
  beyondCoverage: 'england-and-wales-rules',
  holidays: [
    ...englandAndWalesCalendar.holidays.filter((h) => h.date >= '2015-01-01' && h.date <= '2026-06-30' && !h.date.endsWith('-05')),
    ...[...days('2015-01-01', '2026-06-30')].filter((d) => _toDayNumber(d) % 17 === 0).map((d) => ({ date: d, title: `Closure ${d}` })),
  ].sort((a, b) => a.date.localeCompare(b.date)),
  sources: [],
});
// One that refuses dates after it ends, and whose id needs escaping in a message.
const customError: WorkingDayCalendar = {
  id: 'a "calendar"\u0007 with a long name that is cut after forty characters',
  name: 'Strict',
  coverage: { from: '2014-10-01', to: '2024-12-31' },
  beyondCoverage: 'error',
  holidays: englandAndWalesCalendar.holidays.filter((h) => h.date >= '2014-10-01' && h.date <= '2024-12-31'),
  sources: [],
};

const CALENDARS: [string, WorkingDayCalendar | undefined][] = [
  ['the default calendar', undefined],
  ['englandAndWalesCalendar passed in', englandAndWalesCalendar],
  ['a custom calendar that projects', customRules],
  ['a custom calendar that ends', customError],
];

interface Input {
  decisionLetterDate: string;
  mediationCertificateDate?: string;
  calendar?: WorkingDayCalendar;
}

describe('appealDeadline gives exactly what it gave before', () => {
  it.each(CALENDARS)('every decision date from 2014-09-01 to 2028-12-31, with and without a certificate: %s', (_name, calendar) => {
    function* inputs(): Generator<Input> {
      let i = 0;
      for (const decisionLetterDate of days('2014-09-01', '2028-12-31')) {
        const base: Input = calendar === undefined ? { decisionLetterDate } : { decisionLetterDate, calendar };
        yield base;
        for (const offset of [...OFFSETS, i++ % 121]) yield { ...base, mediationCertificateDate: _addDays(decisionLetterDate, offset) };
      }
    }
    const { compared, differ } = differences(inputs(), appealDeadlineBefore, appealDeadline);
    expect(compared).toBe(5236 * (OFFSETS.length + 2));
    expect(differ).toEqual([]);
  });

  it('the same results for any valid dates in the supported range, including computed dates past 2099', () => {
    const date = (from: string, to: string): fc.Arbitrary<string> => fc.integer({ min: _toDayNumber(from), max: _toDayNumber(to) }).map(_fromDayNumber);
    const input = fc.record(
      {
        decisionLetterDate: date('2014-01-01', '2099-12-31'),
        mediationCertificateDate: date('2014-01-01', '2099-12-31'),
        calendar: fc.constantFrom(...CALENDARS.map(([, c]) => c)),
      },
      { requiredKeys: ['decisionLetterDate'] },
    );
    const inputs = fc.sample(input, { numRuns: 20_000, seed: 15 }).map((i) => (i.calendar === undefined ? { ...i, calendar: undefined } : i));
    // `calendar: undefined` is the default calendar, as it was.
    const { differ } = differences(inputs as Input[], appealDeadlineBefore, appealDeadline);
    expect(differ).toEqual([]);
  });

  it('the same errors (class, code, message, argument) for bad input', () => {
    const valid = fc.integer({ min: _toDayNumber('2013-06-01'), max: _toDayNumber('2100-03-01') }).map(_fromDayNumber);
    const bad = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
        ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
      fc.constantFrom('2013-12-31', '2014-08-31', '2100-01-01', '2023-02-29', '2026-1-01', ' 2026-01-01', '2026-01-01T00:00'),
      fc.date({ noInvalidDate: true }),
      fc.anything(),
    );
    const date = fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: bad, weight: 1 });
    const holiday = fc.oneof(
      { arbitrary: fc.record({ date: valid, title: fc.string({ maxLength: 8 }) }), weight: 8 },
      { arbitrary: fc.record({ date, title: fc.oneof(fc.string(), fc.anything()) }, { requiredKeys: [] }), weight: 1 },
      { arbitrary: fc.anything(), weight: 1 },
    );
    const calendar = fc.oneof(
      fc.constantFrom(...CALENDARS.map(([, c]) => c)),
      fc.record(
        {
          id: fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.anything()),
          coverage: fc.oneof({ arbitrary: fc.record({ from: date, to: date }, { requiredKeys: [] }), weight: 6 }, { arbitrary: fc.anything(), weight: 1 }),
          beyondCoverage: fc.oneof({ arbitrary: fc.constantFrom('england-and-wales-rules', 'error'), weight: 6 }, { arbitrary: fc.anything(), weight: 1 }),
          holidays: fc.oneof({ arbitrary: fc.array(holiday, { maxLength: 12 }), weight: 6 }, { arbitrary: fc.anything(), weight: 1 }),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    const input = fc.oneof(
      { arbitrary: fc.record({ decisionLetterDate: date, mediationCertificateDate: date, calendar }, { requiredKeys: ['decisionLetterDate'] }), weight: 8 },
      { arbitrary: fc.record({ decisionLetterDate: date, mediationCertificateDate: date, calendar }, { requiredKeys: [] }), weight: 1 },
      { arbitrary: fc.anything(), weight: 1 },
    );
    const { compared, differ } = differences(fc.sample(input, { numRuns: 30_000, seed: 15 }), appealDeadlineBefore as (i: unknown) => unknown, appealDeadline as (i: unknown) => unknown);
    expect(compared).toBe(30_000);
    expect(differ).toEqual([]);
  });

  it('a calendar changed after its first use is checked again, as before', () => {
    const calendar = structuredClone(customRules) as { -readonly [K in keyof WorkingDayCalendar]: WorkingDayCalendar[K] };
    const call = (f: typeof appealDeadline) => outcome(() => f({ decisionLetterDate: '2020-02-17', calendar }));
    const steps: (() => void)[] = [
      () => {},
      () => calendar.holidays.push({ date: '2020-04-17', title: 'Added' }),
      () => (calendar.holidays = calendar.holidays.filter((h) => h.date !== '2020-04-17')),
      () => (calendar.coverage = { from: '2014-01-01', to: '2020-03-31' }),
      () => ((calendar as { beyondCoverage: string }).beyondCoverage = 'error'),
      () => (calendar.holidays = [{ date: 'not a date', title: 'x' }]),
      () => (calendar.holidays = []),
      () => ((calendar.coverage as { from: string }).from = '2020-05-01'),
    ];
    for (const change of steps) {
      change();
      expect(call(appealDeadline)).toEqual(call(appealDeadlineBefore));
    }
  });
});

describe('the calendar and date helpers that every deadline function shares are unchanged', () => {
  it('every day from 2014 to 2099: working day, holiday, projection and the words for it, in every calendar', () => {
    const calendars = [calendarNow._defaultCalendar, ...CALENDARS.slice(1).map(([, c]) => c as WorkingDayCalendar)];
    const before = [calendarBefore._defaultCalendar, ...calendars.slice(1)];
    function* inputs(): Generator<[string, number]> {
      for (const date of days('2014-01-01', '2099-12-31')) for (let c = 0; c < calendars.length; c++) yield [date, c];
    }
    const run =
      (lib: typeof calendarNow | typeof calendarBefore, cals: readonly WorkingDayCalendar[]) =>
      ([date, c]: [string, number]) => {
        const calendar = cals[c] as WorkingDayCalendar;
        return [
          outcome(() => lib._holidayOn(date, calendar, 'when')),
          outcome(() => lib._isWorkingDay(date, calendar, 'when')),
          outcome(() => lib._isWorkingDay(date, calendar)),
          outcome(() => lib._whyNotWorking(date, calendar)),
          outcome(() => lib._isProjected(date, calendar)),
        ];
      };
    const { differ } = differences(inputs(), run(calendarBefore, before), run(calendarNow, calendars));
    expect(differ).toEqual([]);
    // What is read of the default calendar (it never reaches a caller): its id in messages, its coverage and what
    // happens after it.
    const { id, coverage, beyondCoverage } = calendarBefore._defaultCalendar;
    expect(calendarNow._defaultCalendar).toEqual({ id, coverage, beyondCoverage });
  });

  it('the regular England and Wales rules, for every year from 1 to 9999', () => {
    const { differ } = differences(Array.from({ length: 9999 }, (_, i) => i + 1), rulesBefore, rulesNow);
    expect(differ).toEqual([]);
  });

  it('the date helpers: the weekday of every date from 0001 to 9999; all of them for every date from 1900 to 2200, sampled dates from 0001 to 9999, and text that is not a date', () => {
    type Lib = typeof plainDateNow;
    const run = (lib: Lib) => (date: string) => [
      outcome(() => lib._parsePlainDate(date)),
      outcome(() => lib._isPlainDate(date)),
      outcome(() => lib._toDayNumber(date)),
      outcome(() => lib._dayOfWeek(date)),
      outcome(() => lib._longDate(date)),
      outcome(() => lib._addMonths(date, 1)),
      outcome(() => lib._addMonths(date, 2)),
      outcome(() => lib._addMonths(date, -13)),
      outcome(() => lib._addDays(date, 1)),
      outcome(() => lib._addDays(date, -40)),
      outcome(() => lib._addDays(date, 30)),
      outcome(() => lib._addDays(date, 800)),
      outcome(() => lib._addDays(date, -800)),
    ];
    let weekdaysDiffer = 0;
    for (const date of days('0001-01-01', '9999-12-31')) if (plainDateNow._dayOfWeek(date) !== plainDateBefore._dayOfWeek(date)) weekdaysDiffer++;
    expect(weekdaysDiffer).toBe(0);
    expect(differences(days('1900-01-01', '2200-12-31'), run(plainDateBefore as Lib), run(plainDateNow)).differ).toEqual([]);
    const anyDay = fc.integer({ min: _toDayNumber('0001-01-01'), max: _toDayNumber('9999-12-31') }).map(_fromDayNumber);
    expect(differences(fc.sample(anyDay, { numRuns: 20_000, seed: 15 }), run(plainDateBefore as Lib), run(plainDateNow)).differ).toEqual([]);
    const notDates = fc.sample(fc.oneof(fc.string({ maxLength: 12 }), fc.anything()), { numRuns: 5_000, seed: 15 }) as string[];
    expect(differences(notDates, run(plainDateBefore as Lib), run(plainDateNow)).differ).toEqual([]);
    const numbers = fc.sample(fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: -1000000, max: 4000000 })), { numRuns: 5_000, seed: 15 });
    const helpers = (lib: Lib) => ([y, m, n]: [number, number, number]) => [
      lib._daysInMonth(y, m),
      lib._isLeapYear(y),
      lib._formatPlainDate(y, m, (n % 28) + 1),
      outcome(() => lib._fromDayNumber(n)),
    ];
    expect(differences(numbers, helpers(plainDateBefore as Lib), helpers(plainDateNow)).differ).toEqual([]);
  });
});
