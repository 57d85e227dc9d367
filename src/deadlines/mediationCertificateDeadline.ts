import { _defaultCalendar, _isWorkingDay } from '../_lib/calendar.js';
import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import { _addDays, _longDate } from '../_lib/plainDate.js';
import { GuidanceError } from '../errors.js';
import type { WorkingDayCalendar } from '../schemas/calendar.js';
import type { ProcessDeadline } from '../schemas/deadline.js';
import { _excerpt } from '../_lib/limits.js';

/**
 * What starts the mediation adviser's 3 working days to issue a certificate:
 * - `'mediation-declined'`: you told the adviser you do not want mediation;
 * - `'mediation-not-arranged'`: the council told the adviser it could not arrange mediation within 30 days;
 * - `'mediation-ended'`: the mediation ended.
 *
 * @example
 * const event: CertificateEvent = 'mediation-ended';
 * event //=> 'mediation-ended'
 */
export type CertificateEvent = 'mediation-declined' | 'mediation-not-arranged' | 'mediation-ended';

const EVENTS: Record<CertificateEvent, { legislation: string[]; what: string; where: string }> = {
  'mediation-declined': {
    legislation: ['send-regs-2014/reg-34'],
    what: 'you told the mediation adviser you do not want mediation',
    where: 'SEND Regulations 2014, reg. 34',
  },
  'mediation-not-arranged': {
    legislation: [],
    what: 'the council told the mediation adviser it could not arrange mediation within 30 days',
    where: 'SEND Regulations 2014 (regulation not verified)',
  },
  'mediation-ended': {
    legislation: [],
    what: 'the mediation ended',
    where: 'IPSEA and local advice services (we have not read the regulation that sets this)',
  },
};

/**
 * The date by which the mediation adviser, or the mediator, should issue your mediation certificate: 3 working days
 * after the event that starts the clock. You need the certificate to appeal in most cases.
 *
 * Advice services agree on the 3 working days, but this library has not yet read the period in the regulations
 * themselves, so the result is marked `verification: 'secondary'` and carries a caveat.
 *
 * @throws {@link GuidanceError} `INVALID_DATE` for a date that is not a real `YYYY-MM-DD` date; `INVALID_ARGUMENT`
 * for an unknown event; `DATE_OUT_OF_RANGE` for a date the calendar does not cover.
 *
 * @example
 * mediationCertificateDeadline({ event: 'mediation-ended', date: '2026-12-23' }).dueDate //=> '2026-12-30'
 * mediationCertificateDeadline({ event: 'mediation-declined', date: '2026-11-27' }).dueDate //=> '2026-12-02'
 */
export function mediationCertificateDeadline(input: { event: CertificateEvent; date: string; calendar?: WorkingDayCalendar }): ProcessDeadline {
  if (typeof input !== 'object' || input === null) {
    throw new GuidanceError('INVALID_ARGUMENT', 'mediationCertificateDeadline expects { event, date }.', { argument: 'input' });
  }
  const { event, date, calendar = _defaultCalendar } = input;
  const rule = Object.prototype.hasOwnProperty.call(EVENTS, event) ? EVENTS[event] : undefined;
  if (!rule) {
    throw new GuidanceError('INVALID_ARGUMENT', `event must be one of ${Object.keys(EVENTS).map((e) => `"${e}"`).join(', ')}; got ${_excerpt(event)}.`, {
      argument: 'event',
      expected: Object.keys(EVENTS),
    });
  }
  _assertPlainDate(date, 'date');
  let dueDate = date;
  for (let counted = 0; counted < 3; ) {
    dueDate = _addDays(dueDate, 1);
    if (_isWorkingDay(dueDate, calendar, 'date')) counted++;
  }
  return {
    event: 'issue-mediation-certificate',
    dueDate,
    description: 'The mediation certificate should be issued to you. You need it to appeal, in most cases.',
    who: 'mediation-adviser',
    legislation: rule.legislation,
    verification: 'secondary',
    steps: [
      {
        rule: rule.where,
        description: `On ${_longDate(date)} ${rule.what}. The certificate should be issued within 3 working days, so by ${_longDate(dueDate)}.`,
        before: date,
        after: dueDate,
        legislation: rule.legislation,
      },
    ],
    caveats: [
      'Advice services (IPSEA, local IAS services) give this 3-working-day period. This library has not yet checked it against the text of the regulations.',
      'Your appeal time limit keeps running. If the certificate is late, ask the mediation adviser for it in writing.',
    ],
  };
}
