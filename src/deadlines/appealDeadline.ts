import { _defaultCalendar, _isProjected, _whyNotWorking } from '../_lib/calendar.js';
import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import { _addDays, _addMonths, _longDate } from '../_lib/plainDate.js';
import { GuidanceError } from '../errors.js';
import type { WorkingDayCalendar } from '../schemas/calendar.js';
import type { AppealDeadline, ExplanationStep } from '../schemas/deadline.js';

/**
 * What {@link appealDeadline} needs.
 *
 * @example
 * const input: AppealDeadlineInput = { decisionLetterDate: '2025-10-01', mediationCertificateDate: '2025-11-29' };
 * input.decisionLetterDate //=> '2025-10-01'
 */
export interface AppealDeadlineInput {
  /**
   * The date the council sent written notice of its decision, `YYYY-MM-DD`. If you only know the date printed on
   * the letter, use it: it is the earliest the letter can have been sent, so it gives the safe deadline.
   */
  decisionLetterDate: string;
  /** The date the mediation certificate was issued, if you have one, `YYYY-MM-DD`. */
  mediationCertificateDate?: string;
  /** The working-day calendar; {@link englandAndWalesCalendar} by default. */
  calendar?: WorkingDayCalendar;
}

/** The SEND framework (and these rules' application to it) started on this day. */
const SEND_FRAMEWORK_START = '2014-09-01';
const RULE_20 = 'hesc-rules-2008/rule-20';
const RULE_12 = 'hesc-rules-2008/rule-12';
const RULE_1 = 'hesc-rules-2008/rule-1';

function inChristmasWindow(date: string): boolean {
  const md = date.slice(5);
  return md >= '12-25' || md === '01-01';
}

function inAugust(date: string): boolean {
  return date.slice(5, 7) === '08';
}

function firstWorkingDayAfter(date: string, calendar: WorkingDayCalendar): string {
  let day = _addDays(date, 1);
  while (_whyNotWorking(day, calendar, 'decisionLetterDate')) day = _addDays(day, 1);
  return day;
}

/** A note when the month the period ends in has no day of the same number (the day of the month differs). */
function clampNote(from: string, to: string): string {
  return from.slice(8) !== to.slice(8) ? ` That month has no day ${Number(from.slice(8))}, so the period ends on its last day.` : '';
}

/**
 * The last day for an appeal to reach the First-tier Tribunal (Special Educational Needs and Disability), with a
 * step-by-step explanation.
 *
 * It applies the Tribunal Procedure (HESC Chamber) Rules 2008: rule 20(1)(c) (2 calendar months after the decision
 * was sent, or 1 month from the mediation certificate if that is later; a month ends on the same day of the month,
 * or the month's last day), rule 12(3)(a) (a time limit ending from 25 December to 1 January, or in August, moves to
 * the first working day after 1 January or 31 August), rule 12(2) (a time limit ending on a day that is not a working
 * day moves to the next working day) and rule 12(1) (by 5pm). The appeal must *reach* the tribunal by then.
 *
 * Where the rules can be read two ways, it gives the earliest date that is certainly in time, and says so in
 * `steps` and `caveats`.
 *
 * @throws {@link GuidanceError} `INVALID_DATE` for a date that is not a real `YYYY-MM-DD` date (naming the
 * argument); `DATE_OUT_OF_RANGE` for a decision before 1 September 2014; `DATE_ORDER` for a certificate dated before
 * the decision letter; `INVALID_ARGUMENT` for a malformed input or calendar.
 *
 * @example
 * appealDeadline({ decisionLetterDate: '2026-02-10' }).lastDay //=> '2026-04-10'
 * // IPSEA's example: the certificate gives the later date, which falls in the Christmas window.
 * const result = appealDeadline({ decisionLetterDate: '2025-10-01', mediationCertificateDate: '2025-11-29' });
 * result.lastDay //=> '2026-01-02'
 * result.basis //=> 'mediation-certificate'
 * result.time //=> '17:00'
 */
export function appealDeadline(input: AppealDeadlineInput): AppealDeadline {
  if (typeof input !== 'object' || input === null) {
    throw new GuidanceError('INVALID_ARGUMENT', 'appealDeadline expects an object such as { decisionLetterDate: "2026-10-01" }.', {
      argument: 'input',
    });
  }
  const { decisionLetterDate, mediationCertificateDate, calendar = _defaultCalendar } = input;
  _assertPlainDate(decisionLetterDate, 'decisionLetterDate');
  if (mediationCertificateDate !== undefined) _assertPlainDate(mediationCertificateDate, 'mediationCertificateDate');
  if (decisionLetterDate < SEND_FRAMEWORK_START) {
    throw new GuidanceError(
      'DATE_OUT_OF_RANGE',
      `decisionLetterDate (${decisionLetterDate}) is before 1 September 2014, when the SEND appeal rules this library applies came into force.`,
      { argument: 'decisionLetterDate' },
    );
  }
  if (mediationCertificateDate !== undefined && mediationCertificateDate < decisionLetterDate) {
    throw new GuidanceError(
      'DATE_ORDER',
      `mediationCertificateDate (${mediationCertificateDate}) is before decisionLetterDate (${decisionLetterDate}). A mediation certificate is issued after the decision; check both dates.`,
      { argument: 'mediationCertificateDate' },
    );
  }

  const steps: ExplanationStep[] = [];
  const caveats: string[] = [];
  const twoMonths = _addMonths(decisionLetterDate, 2);
  steps.push({
    rule: 'HESC Rules 2008, rule 20(1)(c)(i)',
    description: `The council sent its decision on ${_longDate(decisionLetterDate)}. The appeal must reach the tribunal within 2 months after that, which ends on ${_longDate(twoMonths)}.${clampNote(decisionLetterDate, twoMonths)}`,
    before: decisionLetterDate,
    after: twoMonths,
    legislation: [RULE_20],
  });

  let end = twoMonths;
  let basis: AppealDeadline['basis'] = 'decision-letter';
  if (mediationCertificateDate !== undefined) {
    const oneMonth = _addMonths(mediationCertificateDate, 1);
    const later = oneMonth > twoMonths;
    steps.push({
      rule: 'HESC Rules 2008, rule 20(1)(c)(ii)',
      description:
        `The mediation certificate was issued on ${_longDate(mediationCertificateDate)}. One month from then ends on ${_longDate(oneMonth)}.${clampNote(mediationCertificateDate, oneMonth)} ` +
        (later
          ? 'That is later than the 2-month date, so the later date applies.'
          : 'That is not later than the 2-month date, so the 2-month date applies.'),
      before: twoMonths,
      after: later ? oneMonth : twoMonths,
      legislation: [RULE_20],
    });
    if (later) {
      end = oneMonth;
      basis = 'mediation-certificate';
    }
  }

  let lastDay = end;
  const christmas = inChristmasWindow(end);
  if (christmas || inAugust(end)) {
    const anchor = christmas ? (end.slice(5) === '01-01' ? end : `${Number(end.slice(0, 4)) + 1}-01-01`) : `${end.slice(0, 4)}-08-31`;
    lastDay = firstWorkingDayAfter(anchor, calendar);
    steps.push({
      rule: 'HESC Rules 2008, rule 12(3)(a)',
      description: `The time limit ends ${christmas ? 'between 25 December and 1 January' : 'in August'}. In a special educational needs case, that moves it. Your appeal is in time on the first working day after ${christmas ? '1 January' : '31 August'}: ${_longDate(lastDay)}.`,
      before: end,
      after: lastDay,
      legislation: [RULE_12, RULE_1],
    });
  } else {
    const why = _whyNotWorking(end, calendar, 'decisionLetterDate');
    if (why) {
      lastDay = firstWorkingDayAfter(end, calendar);
      steps.push({
        rule: 'HESC Rules 2008, rule 12(2)',
        description: `${why}, so the appeal is in time on the next working day: ${_longDate(lastDay)}.`,
        before: end,
        after: lastDay,
        legislation: [RULE_12, RULE_1],
      });
      const august = inAugust(lastDay);
      if (august || inChristmasWindow(lastDay)) {
        const note =
          `The rules can be read two ways here. The time limit ends on ${_longDate(end)}, before the ${august ? 'August' : '25 December to 1 January'} period, but the next working day, ${_longDate(lastDay)}, falls inside it. ` +
          `Some might argue that the appeal could then wait until the first working day after ${august ? '31 August' : '1 January'}. That reading is uncertain, so this gives the earlier date, which is certainly in time.`;
        steps.push({ rule: 'HESC Rules 2008, rule 12(2) and (3)(a)', description: note, before: lastDay, after: lastDay, legislation: [RULE_12] });
        caveats.push(note);
      }
    } else {
      steps.push({
        rule: 'HESC Rules 2008, rule 12(2)',
        description: `${_longDate(end)} is a working day, so the time limit does not move.`,
        before: end,
        after: end,
        legislation: [RULE_12, RULE_1],
      });
    }
  }

  steps.push({
    rule: 'HESC Rules 2008, rules 12(1) and 20(1)',
    description: `The tribunal must receive the appeal by 5pm on ${_longDate(lastDay)}. Posting it on that day is not enough.`,
    after: lastDay,
    legislation: [RULE_12, RULE_20],
  });

  caveats.push(
    'The time limit runs from when the council sent its decision. If you are not sure when that was, use the date on the letter: that gives the earliest, safe date.',
    'If you miss the deadline, appeal as soon as you can and explain why you are late: the tribunal can decide to accept a late appeal.',
  );
  // The last day is never before the end of the period, so it is projected whenever that is.
  const projected = _isProjected(lastDay, calendar);
  // A calendar that refuses dates after it ends has already thrown for the last day, so a projected last day means
  // the calendar projects from the regular rules.
  if (projected) {
    caveats.push(
      `Bank holidays for ${lastDay.slice(0, 4)} are not yet in the published list, so this date uses the usual rules. Check GOV.UK's list of bank holidays, because one-off bank holidays can be added.`,
    );
  }
  return { lastDay, time: '17:00', basis, steps, legislation: [RULE_20, RULE_12, RULE_1], projected, caveats };
}
