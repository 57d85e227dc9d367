import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import { _addDays, _longDate } from '../_lib/plainDate.js';
import { GuidanceError } from '../errors.js';
import type { ProcessDeadline } from '../schemas/deadline.js';

/**
 * The date by which mediation should take place: within 30 days of the council being told that you want mediation
 * (or, for health-only issues, of the council telling the NHS body that arranges health care). You should get at least
 * 5 working days' notice of the date and place, unless you agree to less.
 *
 * Advice services agree on these periods, but this library has not yet read them in the regulations themselves, so
 * the result is marked `verification: 'secondary'` and carries a caveat. If the council cannot arrange mediation in
 * time, it must tell the mediation adviser, who then issues a certificate (see {@link mediationCertificateDeadline}).
 *
 * @throws {@link GuidanceError} `INVALID_DATE` for a date that is not a real `YYYY-MM-DD` date.
 *
 * @example
 * mediationMeetingDeadline({ toldDate: '2026-11-02' }).dueDate //=> '2026-12-02'
 */
export function mediationMeetingDeadline(input: { toldDate: string }): ProcessDeadline {
  if (typeof input !== 'object' || input === null) {
    throw new GuidanceError('INVALID_ARGUMENT', 'mediationMeetingDeadline expects { toldDate: "YYYY-MM-DD" }.', { argument: 'input' });
  }
  _assertPlainDate(input.toldDate, 'toldDate');
  const dueDate = _addDays(input.toldDate, 30);
  return {
    event: 'hold-mediation',
    dueDate,
    description: 'Mediation should take place.',
    who: 'local-authority-or-commissioning-body',
    legislation: [],
    verification: 'secondary',
    steps: [
      {
        rule: 'SEND Regulations 2014 (regulation not verified)',
        description: `The council was told on ${_longDate(input.toldDate)} that you want mediation. Mediation should take place within 30 days, so by ${_longDate(dueDate)}.`,
        before: input.toldDate,
        after: dueDate,
        legislation: [],
      },
    ],
    caveats: [
      'Advice services (IPSEA, local IAS services) give this 30-day period; which regulation sets it, and its exact wording, have not yet been checked by this library.',
      'You should get at least 5 working days\' notice of the date and place of the mediation, unless you agree to less.',
    ],
  };
}
