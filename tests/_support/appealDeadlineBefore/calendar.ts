// Oracle, do not edit: a frozen copy of src/_lib/calendar.ts as it was on main at 357782a (2026-11-29), before the size work on
// appealDeadline. tests/appeal-deadline-unchanged.test.ts checks that appealDeadline still gives exactly what this gave.
import { _COVERAGE_FROM, _COVERAGE_TO, _EXCEPTIONS } from './exceptions.js';
import { GuidanceError } from '../../../src/errors.js';
import type { WorkingDayCalendar } from '../../../src/schemas/calendar.js';
import { _LATEST_DATE, _tooLate } from './dateRange.js';
import { _excerpt } from './limits.js';
import { _englandAndWalesRegularHolidays } from './englandAndWalesRules.js';
import { _dayOfWeek, _isPlainDate, _longDate } from './plainDate.js';

/**
 * The calendar used when a caller passes none: England and Wales, worked out from the regular rules and the
 * exceptions generated from data/calendars/england-and-wales.yaml, so that a deadline function carries neither the
 * list of days nor its sources. It gives the same days as the published list (englandAndWalesCalendar, which a
 * caller can pass explicitly). Recognised by identity; its empty `holidays` is never read.
 */
export const _defaultCalendar: WorkingDayCalendar = /* @__PURE__ */ Object.freeze<WorkingDayCalendar>({
  id: 'england-and-wales',
  name: 'England and Wales',
  coverage: /* @__PURE__ */ Object.freeze({ from: _COVERAGE_FROM, to: _COVERAGE_TO }),
  beyondCoverage: 'england-and-wales-rules',
  holidays: [],
  sources: [],
});

/** The default calendar's non-working days, per year, as a map from date to title. */
const builtInYears = /* @__PURE__ */ new Map<number, Map<string, string>>();

function builtInYear(year: number): Map<string, string> {
  let days = builtInYears.get(year);
  if (!days) {
    days = new Map(_englandAndWalesRegularHolidays(year).map((h) => [h.date, h.title]));
    const prefix = `${year}-`;
    for (const [date, title] of _EXCEPTIONS) {
      if (!date.startsWith(prefix)) continue;
      if (title === '') days.delete(date);
      else days.set(date, title);
    }
    builtInYears.set(year, days);
  }
  return days;
}

/** A non-working day besides weekends, and whether it comes from the calendar's data or from the rules. */
export interface _Holiday {
  title: string;
  projected: boolean;
}

interface _Index {
  known: Map<string, string>;
  projectedYears: Map<number, Map<string, string>>;
  /** What the index was built from, to notice a calendar changed after it was first used. */
  from: string;
  to: string;
  beyondCoverage: string;
  holidays: readonly unknown[];
  count: number;
}

const indexes = new WeakMap<object, _Index>();

function invalid(argument: string, message: string): GuidanceError {
  return new GuidanceError('INVALID_ARGUMENT', `${argument} ${message}`, { argument });
}

/** Checks a caller's calendar once (the result is cached per object) and returns its index. */
function indexOf(calendar: unknown, argument: string): _Index {
  if (typeof calendar !== 'object' || calendar === null) {
    throw invalid(argument, 'must be a working-day calendar such as englandAndWalesCalendar.');
  }
  const c = calendar as Partial<WorkingDayCalendar>;
  const cached = indexes.get(calendar);
  // A calendar changed since it was indexed (a mutated object) is checked and indexed again, never half-trusted.
  if (
    cached &&
    c.coverage?.from === cached.from &&
    c.coverage.to === cached.to &&
    c.beyondCoverage === cached.beyondCoverage &&
    c.holidays === cached.holidays &&
    c.holidays.length === cached.count
  ) {
    return cached;
  }
  if (!c.coverage || !_isPlainDate(c.coverage.from) || !_isPlainDate(c.coverage.to) || c.coverage.from > c.coverage.to) {
    throw invalid(`${argument}.coverage`, 'must be { from, to } with two YYYY-MM-DD dates, from not after to.');
  }
  if (c.beyondCoverage !== 'england-and-wales-rules' && c.beyondCoverage !== 'error') {
    throw invalid(`${argument}.beyondCoverage`, 'must be "england-and-wales-rules" or "error".');
  }
  if (!Array.isArray(c.holidays)) throw invalid(`${argument}.holidays`, 'must be an array of { date, title }.');
  const known = new Map<string, string>();
  c.holidays.forEach((holiday: unknown, i) => {
    const h = holiday as { date?: unknown; title?: unknown };
    if (typeof h !== 'object' || h === null || !_isPlainDate(h.date) || typeof h.title !== 'string') {
      throw invalid(`${argument}.holidays[${i}]`, 'must be { date: "YYYY-MM-DD", title: string }.');
    }
    known.set(h.date, h.title);
  });
  const index: _Index = { known, projectedYears: new Map(), from: c.coverage.from, to: c.coverage.to, beyondCoverage: c.beyondCoverage, holidays: c.holidays, count: c.holidays.length };
  indexes.set(calendar, index);
  return index;
}

function outOfRange(argument: string, date: string, calendar: WorkingDayCalendar, from: string): never {
  throw new GuidanceError(
    'DATE_OUT_OF_RANGE',
    `${argument} (${date}) is before the calendar ${_excerpt(calendar.id)} starts (${from}); bank holidays before then are not known.`,
    { argument },
  );
}

/**
 * The non-working day (besides weekends) on `date`, or undefined. Throws DATE_OUT_OF_RANGE for a date the calendar
 * cannot answer for.
 */
export function _holidayOn(date: string, calendar: WorkingDayCalendar, argument: string): _Holiday | undefined {
  const builtIn = calendar === _defaultCalendar;
  const index = builtIn ? undefined : indexOf(calendar, 'calendar');
  // Dates worked out from a supported date stay within four-digit years, but can pass the end of the range.
  if (date.length !== 10 || date > _LATEST_DATE) {
    throw new GuidanceError('DATE_OUT_OF_RANGE', _tooLate(argument, date, true), { argument });
  }
  if (index === undefined) {
    if (date < _COVERAGE_FROM) return outOfRange(argument, date, calendar, _COVERAGE_FROM);
    const title = builtInYear(Number(date.slice(0, 4))).get(date);
    return title === undefined ? undefined : { title, projected: date > _COVERAGE_TO };
  }
  if (date < index.from) return outOfRange(argument, date, calendar, index.from);
  if (date <= index.to) {
    const title = index.known.get(date);
    return title === undefined ? undefined : { title, projected: false };
  }
  if (index.beyondCoverage === 'error') {
    throw new GuidanceError(
      'DATE_OUT_OF_RANGE',
      `${argument} (${date}) is after the calendar ${_excerpt(calendar.id)} ends (${index.to}).`,
      { argument },
    );
  }
  const year = Number(date.slice(0, 4));
  let projected = index.projectedYears.get(year);
  if (!projected) {
    projected = new Map(_englandAndWalesRegularHolidays(year).map((h) => [h.date, h.title]));
    index.projectedYears.set(year, projected);
  }
  const title = projected.get(date);
  return title === undefined ? undefined : { title, projected: true };
}

/** Whether `date` is after the calendar's data, so that any holiday in its year is projected. */
export function _isProjected(date: string, calendar: WorkingDayCalendar): boolean {
  return date > (calendar === _defaultCalendar ? _COVERAGE_TO : indexOf(calendar, 'calendar').to);
}

/** Whether `date` is a working day: not a Saturday, a Sunday or a non-working day in the calendar. */
export function _isWorkingDay(date: string, calendar: WorkingDayCalendar, argument = 'date'): boolean {
  const holiday = _holidayOn(date, calendar, argument);
  const dow = _dayOfWeek(date);
  return dow !== 0 && dow !== 6 && holiday === undefined;
}

/** Why `date` is not a working day, in words ("Saturday", "a bank holiday (Easter Monday)"), or undefined. */
export function _whyNotWorking(date: string, calendar: WorkingDayCalendar): string | undefined {
  const holiday = _holidayOn(date, calendar, 'date');
  if (holiday) return `${_longDate(date)} is not a working day (${holiday.title}${holiday.projected ? ', projected' : ''})`;
  const dow = _dayOfWeek(date);
  if (dow === 0 || dow === 6) return `${_longDate(date)} is not a working day (a weekend)`;
  return undefined;
}
