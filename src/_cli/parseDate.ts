// Reads a date the way a parent in England types it, for the command-line tool. Four forms, each unambiguous:
// 2026-10-01 (ISO), 1/10/2026 or 01/10/2026 (day first, as in the UK), 1 October 2026 or 1 Oct 2026 (optionally after
// the day of the week, so formatDate's own output reads back), and "today" or "yesterday". Anything else, including a
// two-digit year or a day that is not in the calendar, is refused with a message that says which forms work.
//
// Hand-written rather than date-fns `parse`: the CLI bundle is run time, date-fns would add a dependency to return a
// local-time Date (time-zone bugs for a plain date), and we would still need our own checks for two-digit years,
// month-first dates and a weekday that does not match. The calendar arithmetic is the library's own (_lib/plainDate).
import { _addDays, _dayOfWeek, _daysInMonth, _formatPlainDate, _parsePlainDate } from '../_lib/plainDate.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_NAMES = MONTHS.map((m) => m[0]?.toUpperCase() + m.slice(1));

/** The supported range: the SEND regulations start in 2014; the library's bank-holiday data ends in 2099. */
export const _DATE_RANGE = { from: '2014-01-01', to: '2099-12-31' } as const;

/** What a parent can type, for hints and error messages. */
export const _DATE_FORMS = '1 October 2026, 1 Oct 2026, 1/10/2026, 2026-10-01, today or yesterday';

/** The result of reading a date: the date as YYYY-MM-DD, or a problem to show the parent. */
export type _DateReading = { ok: true; date: string } | { ok: false; problem: string };

const refuse = (problem: string): _DateReading => ({ ok: false, problem });
const TRY = `Type the date like this: ${_DATE_FORMS}.`;

/** Month number (1 to 12) for a full or three-letter month name (and "Sept"), or 0. */
function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  if (lower === 'sept') return 9;
  const full = MONTHS.indexOf(lower);
  if (full >= 0) return full + 1;
  return lower.length === 3 ? MONTHS.findIndex((m) => m.startsWith(lower)) + 1 : 0;
}

/** Weekday number (0 = Sunday) for a full or three-letter day name, or -1. */
function weekdayNumber(word: string): number {
  const lower = word.toLowerCase();
  const full = WEEKDAYS.indexOf(lower);
  if (full >= 0) return full;
  return lower.length === 3 ? WEEKDAYS.findIndex((d) => d.startsWith(lower)) : -1;
}

/** Checks a year, month and day, and that the date is in the supported range. */
function check(year: number, month: number, day: number, weekday = -1, dayFirst = false): _DateReading {
  if (month < 1 || month > 12) {
    const hint = dayFirst && day >= 1 && day <= 12 && month <= 31 ? ` Put the day first, then the month: ${month}/${day}/${year}.` : '';
    return refuse(`There is no month ${month}.${hint} ${TRY}`);
  }
  const monthName = MONTH_NAMES[month - 1] as string;
  if (day < 1 || day > _daysInMonth(year, month)) {
    return refuse(`${day} ${monthName} ${year} is not a date in the calendar: ${monthName} ${year} has ${_daysInMonth(year, month)} days. Check the day and try again.`);
  }
  const date = _formatPlainDate(year, month, day);
  if (weekday >= 0 && _dayOfWeek(date) !== weekday) {
    const actual = WEEKDAYS[_dayOfWeek(date)] as string;
    return refuse(`${day} ${monthName} ${year} is a ${actual[0]?.toUpperCase()}${actual.slice(1)}, not a ${WEEKDAYS[weekday]?.[0]?.toUpperCase()}${WEEKDAYS[weekday]?.slice(1)}. Check the date and try again.`);
  }
  if (date < _DATE_RANGE.from || date > _DATE_RANGE.to) return refuse(`Type a date from 1 January 2014 to 31 December 2099, the dates this tool supports.`);
  return { ok: true, date };
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d+)$/;
const WORDS = /^(?:([a-z]+),?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d+)$/i;

/**
 * Reads a typed date. `today` (YYYY-MM-DD, today in England) gives "today" and "yesterday" their meaning.
 * Spaces around the date and letter case do not matter.
 */
export function _parseDate(input: string, today: string): _DateReading {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return refuse(`Type a date. ${TRY}`);
  const lower = text.toLowerCase();
  if (lower === 'today' || lower === 'yesterday') {
    if (_parsePlainDate(today) === undefined) return refuse(`Today's date is not known. ${TRY}`);
    return lower === 'today' ? check(...parts(today)) : check(...parts(_addDays(today, -1)));
  }
  let match = ISO.exec(text);
  if (match) return check(Number(match[1]), Number(match[2]), Number(match[3]));
  match = NUMERIC.exec(text);
  if (match) {
    if ((match[3] as string).length !== 4) return refuse(`Write the year in full, for example 1/10/2026 rather than 1/10/26. ${TRY}`);
    return check(Number(match[3]), Number(match[2]), Number(match[1]), -1, true);
  }
  match = WORDS.exec(text);
  if (match) {
    const month = monthNumber(match[3] as string);
    if (month === 0) return refuse(`"${(match[3] as string).slice(0, 20)}" is not a month. ${TRY}`);
    const weekday = match[1] === undefined ? -1 : weekdayNumber(match[1]);
    if (match[1] !== undefined && weekday < 0) return refuse(`"${match[1].slice(0, 20)}" is not a day of the week. ${TRY}`);
    if ((match[4] as string).length !== 4) return refuse(`Write the year in full, for example 1 October 2026. ${TRY}`);
    return check(Number(match[4]), month, Number(match[2]), weekday);
  }
  if (/^\d{1,2}[/.-]\d{1,2}$/.test(text) || /^\d{1,2}(?:st|nd|rd|th)? [a-z]+$/i.test(text)) return refuse(`Add the year, for example 1 October 2026. ${TRY}`);
  if (/^[a-z]+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}$/i.test(text)) return refuse(`Put the day before the month, for example 1 October 2026. ${TRY}`);
  return refuse(TRY);
}

function parts(date: string): [number, number, number] {
  const p = _parsePlainDate(date) as { year: number; month: number; day: number };
  return [p.year, p.month, p.day];
}
