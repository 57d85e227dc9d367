import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import { _addMonths, _longDate } from '../_lib/plainDate.js';
import { GuidanceError } from '../errors.js';
import type { ProcessDeadline } from '../schemas/deadline.js';

/**
 * The date by which you must contact the mediation adviser, if you need a mediation certificate before appealing:
 * 2 months after the council sent written notice of its decision (SEND Regulations 2014, regulation 33). You tell
 * the adviser that you want to appeal and whether you want to try mediation.
 *
 * We found no rule that moves this date off a weekend or bank holiday, and it is the same as the 2-month appeal
 * date, so contact the adviser well before it.
 *
 * @throws {@link GuidanceError} `INVALID_DATE` for a date that is not a real `YYYY-MM-DD` date;
 * `DATE_OUT_OF_RANGE` for a decision before 1 September 2014.
 *
 * @example
 * mediationAdviserDeadline({ decisionLetterDate: '2026-10-01' }).dueDate //=> '2026-12-01'
 * mediationAdviserDeadline({ decisionLetterDate: '2025-12-31' }).dueDate //=> '2026-02-28'
 */
export function mediationAdviserDeadline(input: { decisionLetterDate: string }): ProcessDeadline {
  if (typeof input !== 'object' || input === null) {
    throw new GuidanceError('INVALID_ARGUMENT', 'mediationAdviserDeadline expects { decisionLetterDate: "YYYY-MM-DD" }.', { argument: 'input' });
  }
  const { decisionLetterDate } = input;
  _assertPlainDate(decisionLetterDate, 'decisionLetterDate');
  if (decisionLetterDate < '2014-09-01') {
    throw new GuidanceError('DATE_OUT_OF_RANGE', `decisionLetterDate (${decisionLetterDate}) is before 1 September 2014, when regulation 33 came into force.`, {
      argument: 'decisionLetterDate',
    });
  }
  const dueDate = _addMonths(decisionLetterDate, 2);
  return {
    event: 'contact-mediation-adviser',
    dueDate,
    description: 'Contact the mediation adviser. Say that you want to appeal and whether you want to try mediation.',
    who: 'parent-or-young-person',
    legislation: ['send-regs-2014/reg-33'],
    verification: 'primary',
    steps: [
      {
        rule: 'SEND Regulations 2014, reg. 33',
        description: `The council sent its decision on ${_longDate(decisionLetterDate)}. You must contact the mediation adviser within 2 months after that, so by ${_longDate(dueDate)}.`,
        before: decisionLetterDate,
        after: dueDate,
        legislation: ['send-regs-2014/reg-33'],
      },
    ],
    caveats: [
      'You do not need a mediation certificate if your appeal is only about the school or other institution named in the plan.',
      'We found no rule that moves this date if it falls on a weekend or bank holiday. Contact the adviser well before it.',
    ],
  };
}
