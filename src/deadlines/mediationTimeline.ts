import { _defaultCalendar } from '../_lib/calendar.js';
import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import { GuidanceError } from '../errors.js';
import type { WorkingDayCalendar } from '../schemas/calendar.js';
import type { AgreementAction, TimelineEvent } from '../schemas/deadline.js';
import { appealDeadline } from './appealDeadline.js';
import { mediationAdviserDeadline } from './mediationAdviserDeadline.js';
import { mediationAgreementDeadlines } from './mediationAgreementDeadlines.js';
import { mediationCertificateDeadline } from './mediationCertificateDeadline.js';
import { mediationMeetingDeadline } from './mediationMeetingDeadline.js';

/**
 * What {@link mediationTimeline} needs: the decision date, and any later dates you know.
 *
 * @example
 * const input: MediationTimelineInput = { decisionLetterDate: '2026-10-01', mediationCertificateDate: '2026-11-27' };
 * input.decisionLetterDate //=> '2026-10-01'
 */
export interface MediationTimelineInput {
  /** When the council sent its decision, `YYYY-MM-DD`. */
  decisionLetterDate: string;
  /** When you told the mediation adviser you do not want mediation. */
  mediationDeclinedDate?: string;
  /** When the council was told that you want mediation. */
  mediationRequestedDate?: string;
  /** When the mediation ended. */
  mediationEndedDate?: string;
  /** When the mediation certificate was issued. */
  mediationCertificateDate?: string;
  /** The date of the written mediation agreement, if there is one. */
  agreementDate?: string;
  /** What the council agreed to do; needs `agreementDate`. */
  agreedActions?: readonly AgreementAction[];
  /** The working-day calendar; {@link englandAndWalesCalendar} by default. */
  calendar?: WorkingDayCalendar;
}

const OPTIONAL_DATES = ['mediationDeclinedDate', 'mediationRequestedDate', 'mediationEndedDate', 'mediationCertificateDate', 'agreementDate'] as const;

/**
 * Every date of the mediation process in date order, so an app can draw a timeline: the dates you gave, and the
 * deadlines the library works out from them (contacting the mediation adviser, the certificate, the mediation
 * meeting, the last day to appeal, and what the council must do after an agreement). Without a certificate date the
 * appeal entry is `appeal-earliest-last-day`: the certificate will give 1 month from its date, so the library gives
 * the earliest the last day can be, never a date before a mediation step you gave. Entries on the same day keep
 * the order of the process. A duty with no verified date, or one due immediately, is left out: see
 * {@link mediationAgreementDeadlines} for those.
 *
 * @throws {@link GuidanceError} as the functions it calls, and `DATE_ORDER` for a date before the decision letter,
 * a certificate dated before a mediation step it follows, or agreed actions without an agreement date.
 *
 * @example
 * const timeline = mediationTimeline({ decisionLetterDate: '2025-10-01', mediationCertificateDate: '2025-11-29' });
 * timeline.map((entry) => `${entry.date} ${entry.event}`)
 * //=> ['2025-10-01 decision-letter', '2025-11-29 mediation-certificate', '2025-12-01 contact-mediation-adviser', '2026-01-02 appeal-last-day']
 */
export function mediationTimeline(input: MediationTimelineInput): TimelineEvent[] {
  if (typeof input !== 'object' || input === null) {
    throw new GuidanceError('INVALID_ARGUMENT', 'mediationTimeline expects an object such as { decisionLetterDate: "2026-10-01" }.', { argument: 'input' });
  }
  const calendar = input.calendar ?? _defaultCalendar;
  _assertPlainDate(input.decisionLetterDate, 'decisionLetterDate');
  for (const key of OPTIONAL_DATES) {
    const value = input[key];
    if (value === undefined) continue;
    _assertPlainDate(value, key);
    if (value < input.decisionLetterDate) {
      throw new GuidanceError('DATE_ORDER', `${key} (${value}) is before decisionLetterDate (${input.decisionLetterDate}).`, { argument: key });
    }
  }
  if (input.mediationCertificateDate !== undefined) {
    for (const key of ['mediationRequestedDate', 'mediationDeclinedDate', 'mediationEndedDate'] as const) {
      const step = input[key];
      if (step !== undefined && input.mediationCertificateDate < step) {
        throw new GuidanceError('DATE_ORDER', `mediationCertificateDate (${input.mediationCertificateDate}) is before ${key} (${step}). The certificate comes after that step; check both dates.`, {
          argument: 'mediationCertificateDate',
        });
      }
    }
  }
  if (input.agreedActions !== undefined && input.agreementDate === undefined) {
    throw new GuidanceError('DATE_ORDER', 'agreedActions needs agreementDate: the time limits run from the date of the agreement.', { argument: 'agreementDate' });
  }

  const events: (TimelineEvent & { order: number })[] = [];
  const add = (order: number, entry: TimelineEvent): void => {
    events.push({ ...entry, order });
  };
  add(0, { date: input.decisionLetterDate, kind: 'given', event: 'decision-letter', label: 'The council sent its decision.', legislation: [] });
  const adviser = mediationAdviserDeadline({ decisionLetterDate: input.decisionLetterDate });
  add(1, { date: adviser.dueDate, kind: 'deadline', event: adviser.event, label: `Last day to contact the mediation adviser. ${adviser.description}`, legislation: adviser.legislation });
  if (input.mediationDeclinedDate !== undefined) {
    add(2, { date: input.mediationDeclinedDate, kind: 'given', event: 'mediation-declined', label: 'You told the mediation adviser you do not want mediation.', legislation: [] });
    const due = mediationCertificateDeadline({ event: 'mediation-declined', date: input.mediationDeclinedDate, calendar });
    add(3, { date: due.dueDate, kind: 'deadline', event: 'certificate-due', label: 'The mediation certificate should be issued by now.', legislation: due.legislation });
  }
  if (input.mediationRequestedDate !== undefined) {
    add(2, { date: input.mediationRequestedDate, kind: 'given', event: 'mediation-requested', label: 'The council was told you want mediation.', legislation: [] });
    const due = mediationMeetingDeadline({ toldDate: input.mediationRequestedDate });
    add(3, { date: due.dueDate, kind: 'deadline', event: 'mediation-due', label: 'Mediation should have taken place by now.', legislation: due.legislation });
  }
  if (input.mediationEndedDate !== undefined) {
    add(4, { date: input.mediationEndedDate, kind: 'given', event: 'mediation-ended', label: 'The mediation ended.', legislation: [] });
    const due = mediationCertificateDeadline({ event: 'mediation-ended', date: input.mediationEndedDate, calendar });
    add(5, { date: due.dueDate, kind: 'deadline', event: 'certificate-due', label: 'The mediation certificate should be issued by now.', legislation: due.legislation });
  }
  if (input.mediationCertificateDate !== undefined) {
    add(6, { date: input.mediationCertificateDate, kind: 'given', event: 'mediation-certificate', label: 'The mediation certificate was issued.', legislation: [] });
  }
  if (input.mediationCertificateDate !== undefined) {
    const appeal = appealDeadline({ decisionLetterDate: input.decisionLetterDate, mediationCertificateDate: input.mediationCertificateDate, calendar });
    add(7, { date: appeal.lastDay, kind: 'deadline', event: 'appeal-last-day', label: 'Last day for your appeal to reach the tribunal, by 5pm.', legislation: appeal.legislation });
  } else {
    // No certificate yet: it will give 1 month from its date (HESC Rules r. 20(1)(c)(ii)), and it cannot be dated
    // before the latest step of the process you gave. So this is the earliest the last day can be, never a date
    // before the mediation or the certificate.
    const steps = [input.mediationDeclinedDate, input.mediationRequestedDate, input.mediationEndedDate].filter((d): d is string => d !== undefined).sort();
    const notBefore = steps[steps.length - 1];
    const appeal = appealDeadline({ decisionLetterDate: input.decisionLetterDate, ...(notBefore === undefined ? {} : { mediationCertificateDate: notBefore }), calendar });
    add(7, {
      date: appeal.lastDay,
      kind: 'deadline',
      event: 'appeal-earliest-last-day',
      label: 'The earliest your last day to appeal can be, by 5pm. A mediation certificate gives you 1 month from its date, if that is later.',
      legislation: appeal.legislation,
    });
  }
  if (input.agreementDate !== undefined) {
    add(8, { date: input.agreementDate, kind: 'given', event: 'mediation-agreement', label: 'The mediation agreement was made in writing.', legislation: [] });
    if (input.agreedActions !== undefined) {
      for (const entry of mediationAgreementDeadlines({ agreementDate: input.agreementDate, actions: input.agreedActions, calendar })) {
        if (typeof entry.dueDate !== 'string' || entry.dueDate === 'immediately') continue;
        add(9, { date: entry.dueDate, kind: 'deadline', event: `${entry.action}/${entry.step}`, label: `Due: ${entry.description}`, legislation: entry.legislation });
      }
    }
  }
  return events
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.entry.order - b.entry.order || a.index - b.index)
    .map(({ entry: { order: _order, ...rest } }) => rest);
}
