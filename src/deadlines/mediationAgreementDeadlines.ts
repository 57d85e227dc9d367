import { _defaultCalendar, _whyNotWorking } from '../_lib/calendar.js';
import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import { _addDays, _longDate } from '../_lib/plainDate.js';
import { GuidanceError } from '../errors.js';
import type { WorkingDayCalendar } from '../schemas/calendar.js';
import type { AgreementAction, AgreementDeadline, ExplanationStep } from '../schemas/deadline.js';
import { _excerpt } from '../_lib/limits.js';

/**
 * A timescale the parties agreed in writing, which replaces the default one (SEND Regulations 2014, reg. 42(5)).
 *
 * @example
 * const agreed: AgreedTimescale = { action: 'amend-plan', dueDate: '2026-09-30' };
 * agreed.dueDate //=> '2026-09-30'
 */
export interface AgreedTimescale {
  /** The action the timescale is for; it must also be in `actions`. */
  action: AgreementAction;
  /** One duty of that action (for example `'final-plan'`); without it, the date applies to every duty of the action. */
  step?: string;
  /** The agreed date, `YYYY-MM-DD`. */
  dueDate: string;
}

/**
 * What {@link mediationAgreementDeadlines} needs.
 *
 * @example
 * const input: MediationAgreementInput = { agreementDate: '2026-03-10', actions: ['amend-plan'] };
 * input.actions //=> ['amend-plan']
 */
export interface MediationAgreementInput {
  /** The date of the written mediation agreement, `YYYY-MM-DD`. */
  agreementDate: string;
  /** What was agreed: one entry per kind of action, no repeats. */
  actions: readonly AgreementAction[];
  /** Timescales the parties agreed in writing instead of the defaults. */
  agreedTimescales?: readonly AgreedTimescale[];
  /** Used only to point out a due date that is not a working day; {@link englandAndWalesCalendar} by default. */
  calendar?: WorkingDayCalendar;
}

type Period = number | 'immediately' | null;

interface Duty {
  step: string;
  period: Period;
  description: string;
  rule: string;
}

const REG_42 = 'send-regs-2014/reg-42';
const REG_44 = 'send-regs-2014/reg-44';

/** The reg. 44(2) cases, as regulation 42(2) applies them to a mediation agreement. */
const APPEALABLE: Record<Exclude<AgreementAction, 'other' | 'notify-local-authority'>, Duty[]> = {
  'cease-plan': [{ step: 'cease-plan', period: 'immediately', description: 'Stop the education, health and care (EHC) plan.', rule: 'reg. 44(2)(a)' }],
  assess: [
    { step: 'notify-assessment', period: 2, description: 'Tell you that it will carry out the education, health and care (EHC) needs assessment or reassessment.', rule: 'reg. 44(2)(b)' },
    { step: 'decide-no-plan', period: 10, description: 'If it decides not to issue an EHC plan after the assessment, tell you why.', rule: 'reg. 44(2)(b)' },
    { step: 'final-plan', period: 14, description: 'If it decides to issue an EHC plan after the assessment, send you the final plan.', rule: 'reg. 44(2)(b)' },
  ],
  'make-plan': [
    { step: 'draft-plan', period: 5, description: 'Send you a draft education, health and care (EHC) plan.', rule: 'reg. 44(2)(c)' },
    { step: 'final-plan', period: 11, description: 'Send you the final EHC plan.', rule: 'reg. 44(2)(c)' },
  ],
  reconsider: [{ step: 'reconsider', period: null, description: 'Reconsider its decision, as agreed.', rule: 'reg. 44(2)' }],
  'amend-plan': [
    { step: 'amended-plan', period: 5, description: 'Send you the changed education, health and care (EHC) plan, with the agreed changes to the needs or help.', rule: 'reg. 44(2)(e)' },
  ],
  'name-school': [
    { step: 'amended-plan', period: 2, description: 'Send you the changed education, health and care (EHC) plan, naming the agreed school or college (or type).', rule: 'reg. 44(2)(f)' },
  ],
  'continue-plan': [{ step: 'continue-plan', period: 'immediately', description: 'Keep the education, health and care (EHC) plan.', rule: 'reg. 44(2)' }],
  'continue-and-amend-plan': [
    { step: 'continue-plan', period: 'immediately', description: 'Keep the education, health and care (EHC) plan.', rule: 'reg. 44(2)' },
    { step: 'amended-plan', period: null, description: 'Send you the changed EHC plan with the agreed changes.', rule: 'reg. 44(2)' },
  ],
};

const REG_44_SOURCE =
  'This period is taken from HM Courts and Tribunals Service guidance (SEND18) and IPSEA, which describe regulation 44; the text of regulation 44 itself has not yet been checked by this library.';
const REG_44_EXCEPTIONS =
  'The council may take longer in some circumstances that regulation 44 lists, for example exceptional personal circumstances affecting you or your child, or you being away from the area for 2 weeks or more.';
const UNVERIFIED = (what: string): string =>
  `We could not check the law's time limit for ${what}. So we give no date. Look for a date in the mediation agreement. Ask the council in writing when it will act.`;

function invalid(argument: string, message: string): GuidanceError {
  return new GuidanceError('INVALID_ARGUMENT', message, { argument });
}

/**
 * What the council (or the NHS body that arranges health care) must do after a written mediation agreement, and by when,
 * under the SEND Regulations 2014: regulation 42(2) applies regulation 44's time limits for tribunal orders to
 * anything that could have been appealed, counted from the date of the agreement; regulation 42(3) gives 2 weeks for
 * anything that could not; regulation 42(4) gives a health body 1 week to tell the council about an agreement made
 * without it; and regulation 42(5) lets a timescale agreed in writing replace the 42(2) and 42(3) ones.
 *
 * "Within N weeks" ends on the same day of the week N weeks after the agreement. We found no rule that moves a due
 * date that falls on a weekend or bank holiday; the explanation points it out. An action with several duties (a draft
 * and a final plan) gives one entry per duty, in the order of `actions`. Where a period could not be verified,
 * `dueDate` is `null` and `caveats` says what to do.
 *
 * @throws {@link GuidanceError} `INVALID_DATE` for a date that is not a real `YYYY-MM-DD` date; `DATE_OUT_OF_RANGE`
 * for an agreement before 1 September 2014; `DATE_ORDER` for an agreed date before the agreement;
 * `INVALID_ARGUMENT` for an unknown or repeated action, or an agreed timescale that does not fit.
 *
 * @example
 * const [draft, final] = mediationAgreementDeadlines({ agreementDate: '2026-07-01', actions: ['make-plan'] });
 * draft.dueDate //=> '2026-08-05'
 * final.dueDate //=> '2026-09-16'
 * mediationAgreementDeadlines({ agreementDate: '2026-07-01', actions: ['cease-plan'] })[0].dueDate //=> 'immediately'
 */
export function mediationAgreementDeadlines(input: MediationAgreementInput): AgreementDeadline[] {
  if (typeof input !== 'object' || input === null) {
    throw invalid('input', 'mediationAgreementDeadlines expects an object such as { agreementDate: "2026-11-02", actions: ["make-plan"] }.');
  }
  const { agreementDate, actions, agreedTimescales = [], calendar = _defaultCalendar } = input;
  _assertPlainDate(agreementDate, 'agreementDate');
  if (agreementDate < '2014-09-01') {
    throw new GuidanceError('DATE_OUT_OF_RANGE', `agreementDate (${agreementDate}) is before 1 September 2014, when regulation 42 came into force.`, {
      argument: 'agreementDate',
    });
  }
  const known = [...Object.keys(APPEALABLE), 'other', 'notify-local-authority'];
  if (!Array.isArray(actions) || actions.length === 0) {
    throw invalid('actions', `actions must be a non-empty array of: ${known.join(', ')}.`);
  }
  actions.forEach((action, i) => {
    if (!known.includes(action)) throw invalid(`actions[${i}]`, `actions[${i}] is ${_excerpt(action)}; expected one of: ${known.join(', ')}.`);
    if (actions.indexOf(action) !== i) throw invalid(`actions[${i}]`, `actions[${i}] repeats "${action}"; list each kind of action once.`);
  });
  if (!Array.isArray(agreedTimescales)) throw invalid('agreedTimescales', 'agreedTimescales must be an array of { action, step?, dueDate }.');

  const duties = (action: AgreementAction): Duty[] =>
    action === 'other'
      ? [{ step: 'other', period: 2, description: 'Do what it agreed that you could not have appealed to the tribunal.', rule: 'reg. 42(3)' }]
      : action === 'notify-local-authority'
        ? [{ step: 'notify-local-authority', period: 1, description: 'The NHS body that arranges health care tells the council about the mediation agreement.', rule: 'reg. 42(4)' }]
        : APPEALABLE[action];

  const agreed = new Map<string, string>();
  agreedTimescales.forEach((timescale, i) => {
    const where = `agreedTimescales[${i}]`;
    if (typeof timescale !== 'object' || timescale === null) throw invalid(where, `${where} must be { action, step?, dueDate }.`);
    if (!actions.includes(timescale.action)) {
      throw invalid(`${where}.action`, `${where}.action ${_excerpt(timescale.action)} is not one of the actions given.`);
    }
    if (timescale.action === 'notify-local-authority') {
      throw invalid(`${where}.action`, `${where}: regulation 42(5) lets the parties agree other timescales for regulation 42(2) and (3) only, not for the 1-week notice in regulation 42(4).`);
    }
    _assertPlainDate(timescale.dueDate, `${where}.dueDate`);
    if (timescale.dueDate < agreementDate) {
      throw new GuidanceError('DATE_ORDER', `${where}.dueDate (${timescale.dueDate}) is before agreementDate (${agreementDate}).`, { argument: `${where}.dueDate` });
    }
    const steps = duties(timescale.action).map((d) => d.step);
    if (timescale.step !== undefined && !steps.includes(timescale.step)) {
      throw invalid(`${where}.step`, `${where}.step "${timescale.step}" is not a duty of "${timescale.action}"; expected one of: ${steps.join(', ')}.`);
    }
    for (const step of timescale.step === undefined ? steps : [timescale.step]) agreed.set(`${timescale.action}/${step}`, timescale.dueDate);
  });

  const out: AgreementDeadline[] = [];
  for (const action of actions) {
    const appealable = action !== 'other' && action !== 'notify-local-authority';
    for (const duty of duties(action)) {
      const legislation = appealable ? [REG_42, REG_44] : [REG_42];
      const steps: ExplanationStep[] = [];
      const caveats: string[] = [];
      steps.push({
        rule: appealable ? 'SEND Regulations 2014, reg. 42(2)' : `SEND Regulations 2014, ${duty.rule}`,
        description: appealable
          ? `You could have appealed this to the tribunal. So the council must meet the time limit in regulation 44. For the time limit only, the law treats the agreement of ${_longDate(agreementDate)} as a tribunal order.`
          : action === 'other'
            ? `You could not have appealed this to the tribunal. So the council or the NHS body that arranges health care must do it within 2 weeks. The 2 weeks run from the agreement of ${_longDate(agreementDate)}.`
            : `The council did not take part in the mediation. So the NHS body that arranges health care must tell it about the agreement. It must do so within 1 week of ${_longDate(agreementDate)}.`,
        before: agreementDate,
        legislation: [REG_42],
      });

      let dueDate: AgreementDeadline['dueDate'];
      const agreedDate = agreed.get(`${action}/${duty.step}`);
      if (agreedDate !== undefined) {
        dueDate = agreedDate;
        steps.push({
          rule: 'SEND Regulations 2014, reg. 42(5)',
          description: `You agreed in writing that this would be done by ${_longDate(agreedDate)}, so that date replaces the usual time limit.`,
          after: agreedDate,
          legislation: [REG_42],
        });
      } else if (duty.period === 'immediately') {
        dueDate = 'immediately';
        steps.push({ rule: `SEND Regulations 2014, ${duty.rule}`, description: 'The council must do this straight away.', legislation });
      } else if (duty.period === null) {
        dueDate = null;
        const what = action === 'reconsider' ? 'reconsidering a decision' : 'amending a plan that the council has agreed to keep';
        steps.push({ rule: `SEND Regulations 2014, ${duty.rule}`, description: UNVERIFIED(what), legislation });
        caveats.push(UNVERIFIED(what));
      } else {
        dueDate = _addDays(agreementDate, duty.period * 7);
        steps.push({
          rule: `SEND Regulations 2014, ${duty.rule}`,
          description: `The time limit is ${duty.period} week${duty.period === 1 ? '' : 's'} from the date of the agreement: ${_longDate(dueDate)}.`,
          before: agreementDate,
          after: dueDate,
          legislation: appealable ? [REG_44] : [REG_42],
        });
      }
      if (typeof dueDate === 'string' && dueDate !== 'immediately') {
        const why = dueDate >= calendar.coverage.from ? _whyNotWorking(dueDate, calendar) : undefined;
        if (why) {
          steps.push({
            rule: 'SEND Regulations 2014',
            description: `${why}. We found no rule that moves this date, so the time limit still ends then.`,
            after: dueDate,
            legislation: [REG_42],
          });
        }
      }
      if (appealable && duty.period !== null && agreedDate === undefined) {
        caveats.push(REG_44_SOURCE, REG_44_EXCEPTIONS);
      }
      out.push({
        action,
        step: duty.step,
        dueDate,
        description: duty.description,
        duty: appealable ? 'local-authority' : action === 'other' ? 'local-authority-or-commissioning-body' : 'commissioning-body',
        legislation,
        steps,
        caveats,
      });
    }
  }
  return out;
}
