import { _COVERAGE_FROM, _COVERAGE_TO, _EXCEPTIONS } from '../_generated/englandAndWalesRules.js';
import { GuidanceError } from '../errors.js';
import type { WorkingDayCalendar } from '../schemas/calendar.js';
import { _LATEST_DATE, _tooLate } from './dateRange.js';
import { _excerpt } from './limits.js';
import { _englandAndWalesRegularDays } from './englandAndWalesRules.js';
import { _dayOfWeek, _isPlainDate, _longDate } from './plainDate.js';

/**
 * The calendar used when a caller passes none: England and Wales, worked out from the regular rules and the
 * exceptions generated from data/calendars/england-and-wales.yaml, so that a deadline function carries neither the
 * list of days nor its sources. It gives the same days as the published list (englandAndWalesCalendar, which a
 * caller can pass explicitly). Recognised by identity, and never given to a caller. Only its `id` (in messages),
 * `coverage` and `beyondCoverage` are read, so it has no name, holidays or sources.
 */
export const _defaultCalendar: WorkingDayCalendar = /* @__PURE__ */ Object.freeze({
  id: 'england-and-wales',
  coverage: /* @__PURE__ */ Object.freeze({ from: _COVERAGE_FROM, to: _COVERAGE_TO }),
  beyondCoverage: 'england-and-wales-rules',
} as WorkingDayCalendar);

/** A non-working day besides weekends, and whether it comes from the calendar's data or from the rules. */
export interface _Holiday {
  title: string;
  projected: boolean;
}

interface _Index {
  /** The calendar's own days, by date; undefined for the default calendar, whose every day comes from the rules. */
  known: Map<string, string> | undefined;
  /** The days worked out from the rules (and, for the default calendar, the exceptions), per year. */
  years: Map<number, Map<string, string>>;
  /** What the index was built from, to notice a calendar changed after it was first used. */
  from: string;
  to: string;
  beyondCoverage: string;
  holidays: readonly unknown[];
  count: number;
}

/** The default calendar's index: every year from the rules and the exceptions, projected after the published list. */
const defaultIndex: _Index = {
  known: undefined,
  years: /* @__PURE__ */ new Map(),
  from: _COVERAGE_FROM,
  to: _COVERAGE_TO,
  beyondCoverage: 'england-and-wales-rules',
} as _Index;

const indexes = /* @__PURE__ */ new WeakMap<object, _Index>();

function invalid(field: string, message: string): GuidanceError {
  const argument = `calendar${field}`;
  return new GuidanceError('INVALID_ARGUMENT', `${argument} ${message}`, { argument });
}

/** Checks a caller's calendar once (the result is cached per object) and returns its index. */
function indexOf(calendar: WorkingDayCalendar): _Index {
  if (calendar === _defaultCalendar) return defaultIndex;
  if (typeof calendar !== 'object' || calendar === null) {
    throw invalid('', 'must be a working-day calendar such as englandAndWalesCalendar.');
  }
  const { coverage, beyondCoverage, holidays } = calendar as Partial<WorkingDayCalendar>;
  const cached = indexes.get(calendar);
  // A calendar changed since it was indexed (a mutated object) is checked and indexed again, never half-trusted.
  if (
    cached &&
    coverage?.from === cached.from &&
    coverage.to === cached.to &&
    beyondCoverage === cached.beyondCoverage &&
    holidays === cached.holidays &&
    holidays.length === cached.count
  ) {
    return cached;
  }
  if (!coverage || !_isPlainDate(coverage.from) || !_isPlainDate(coverage.to) || coverage.from > coverage.to) {
    throw invalid('.coverage', 'must be { from, to } with two YYYY-MM-DD dates, from not after to.');
  }
  if (beyondCoverage !== 'england-and-wales-rules' && beyondCoverage !== 'error') {
    throw invalid('.beyondCoverage', 'must be "england-and-wales-rules" or "error".');
  }
  if (!Array.isArray(holidays)) throw invalid('.holidays', 'must be an array of { date, title }.');
  const known = new Map<string, string>();
  // forEach, as before: it skips the holes of a sparse array.
  holidays.forEach((holiday: unknown, i) => {
    const h = holiday as { date?: unknown; title?: unknown };
    if (typeof h !== 'object' || h === null || !_isPlainDate(h.date) || typeof h.title !== 'string') {
      throw invalid(`.holidays[${i}]`, 'must be { date: "YYYY-MM-DD", title: string }.');
    }
    known.set(h.date, h.title);
  });
  const index: _Index = { known, years: new Map(), from: coverage.from, to: coverage.to, beyondCoverage, holidays, count: holidays.length };
  indexes.set(calendar, index);
  return index;
}

/**
 * The non-working day (besides weekends) on `date`, or undefined. Throws DATE_OUT_OF_RANGE for a date the calendar
 * cannot answer for.
 */
export function _holidayOn(date: string, calendar: WorkingDayCalendar, argument: string): _Holiday | undefined {
  const index = indexOf(calendar);
  // Dates worked out from a supported date stay within four-digit years, but can pass the end of the range.
  if (date.length !== 10 || date > _LATEST_DATE) throw new GuidanceError('DATE_OUT_OF_RANGE', _tooLate(argument, date, true), { argument });
  if (date < index.from) {
    throw new GuidanceError('DATE_OUT_OF_RANGE', `${argument} (${date}) is before the calendar ${_excerpt(calendar.id)} starts (${index.from}); bank holidays before then are not known.`, { argument });
  }
  const projected = date > index.to;
  if (projected && index.beyondCoverage === 'error') {
    throw new GuidanceError('DATE_OUT_OF_RANGE', `${argument} (${date}) is after the calendar ${_excerpt(calendar.id)} ends (${index.to}).`, { argument });
  }
  let days = index.known;
  if (!days || projected) {
    const year = Number(date.slice(0, 4));
    days = index.years.get(year);
    if (!days) {
      days = new Map(_englandAndWalesRegularDays(year));
      // The default calendar's one-off days and the regular days they replaced. Each one is dated, so applying all
      // of them to any year's map changes only the year it belongs to.
      if (!index.known) for (const [day, title] of _EXCEPTIONS) title ? days.set(day, title) : days.delete(day);
      index.years.set(year, days);
    }
  }
  const title = days.get(date);
  return title === undefined ? undefined : { title, projected };
}

/** Whether `date` is after the calendar's data, so that any holiday in its year is projected. */
export function _isProjected(date: string, calendar: WorkingDayCalendar): boolean {
  return date > indexOf(calendar).to;
}

/** Whether `date` is a working day: not a Saturday, a Sunday or a non-working day in the calendar. */
export function _isWorkingDay(date: string, calendar: WorkingDayCalendar, argument = 'date'): boolean {
  const holiday = _holidayOn(date, calendar, argument);
  const dow = _dayOfWeek(date);
  return dow !== 0 && dow !== 6 && holiday === undefined;
}

/** Why `date` is not a working day, in words ("Saturday", "a bank holiday (Easter Monday)"), or undefined. */
export function _whyNotWorking(date: string, calendar: WorkingDayCalendar, argument = 'date'): string | undefined {
  const holiday = _holidayOn(date, calendar, argument);
  const dow = _dayOfWeek(date);
  if (holiday || dow === 0 || dow === 6) {
    return `${_longDate(date)} is not a working day (${holiday ? `${holiday.title}${holiday.projected ? ', projected' : ''}` : 'a weekend'})`;
  }
  return undefined;
}
