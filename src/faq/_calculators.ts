// The named, pure deadline calculators a flow can use: each turns facts into dates, with the sentence a parent reads
// for each date (one for a date still to come, one for a date that has passed).
import { formatDate } from '../render/formatDate.js';
import { formatTime } from '../render/formatTime.js';
import { appealDeadline } from '../deadlines/appealDeadline.js';
import { mediationAdviserDeadline } from '../deadlines/mediationAdviserDeadline.js';
import { mediationAgreementDeadlines } from '../deadlines/mediationAgreementDeadlines.js';
import { mediationCertificateDeadline } from '../deadlines/mediationCertificateDeadline.js';
import type { AgreementAction, ExplanationStep } from '../schemas/deadline.js';
import type { CalculatorRef } from '../schemas/flow.js';
import { _CALCULATOR_INPUTS } from './_calculatorInputs.js';

/**
 * What kind of date a due date is:
 * - `deadline`: the last day for the parent to act (an appeal, contacting the mediation adviser);
 * - `earliest`: the earliest a deadline can be while a date it depends on is not known yet;
 * - `expected`: when someone else should act (the certificate should arrive);
 * - `duty`: what the council or the NHS must do by law, by when.
 */
export type _DueKind = 'deadline' | 'earliest' | 'expected' | 'duty';

/** One date a calculator produced. */
export interface _Due {
  label: string;
  kind: _DueKind;
  dueDate: string | 'immediately' | null;
  /** The sentence for a date still to come (or due immediately, or with no date). */
  sentence: string;
  /** The sentence once the date has passed. */
  sentencePassed: string;
  steps: ExplanationStep[];
  legislation: string[];
  caveats: string[];
}

/** A date as a parent reads it, GOV.UK style with the weekday: "Friday 2 January 2026". */
const _day = (date: string): string => formatDate(date, { weekday: true });

/**
 * The sentence for each duty after a mediation agreement (keyed by action and step): what is due, and what was due
 * once the date has passed. `{date}` is the date in words. In a list of the council's duties "the plan" is the
 * child's EHC plan, so the sentences say "plan" and stay short.
 */
const DUTIES: Record<string, { due: string; passed: string }> = {
  'assess/notify-assessment': { due: 'The council must tell you it will carry out the needs assessment by {date}.', passed: 'The council had to tell you it would carry out the needs assessment by {date}.' },
  'assess/decide-no-plan': { due: 'If the council will not issue a plan, it must tell you why by {date}.', passed: 'If the council would not issue a plan, it had to tell you why by {date}.' },
  'assess/final-plan': { due: 'If the council will issue a plan, it must send you the final plan by {date}.', passed: 'If the council would issue a plan, it had to send you the final plan by {date}.' },
  'make-plan/draft-plan': { due: 'The council must send you a draft plan by {date}.', passed: 'The council had to send you a draft plan by {date}.' },
  'make-plan/final-plan': { due: 'The council must send you the final plan by {date}.', passed: 'The council had to send you the final plan by {date}.' },
  'amend-plan/amended-plan': { due: 'The council must send you the changed plan by {date}.', passed: 'The council had to send you the changed plan by {date}.' },
  'name-school/amended-plan': { due: 'The council must send you the plan naming the agreed school or college by {date}.', passed: 'The council had to send you the plan naming the agreed school or college by {date}.' },
  'cease-plan/cease-plan': { due: 'The council must stop the plan straight away.', passed: 'The council must stop the plan straight away.' },
  'continue-plan/continue-plan': { due: 'The council must keep the plan in place from the date of the agreement.', passed: 'The council must keep the plan in place from the date of the agreement.' },
  'continue-and-amend-plan/continue-plan': { due: 'The council must keep the plan in place from the date of the agreement.', passed: 'The council must keep the plan in place from the date of the agreement.' },
  'continue-and-amend-plan/amended-plan': { due: 'The council must send you the changed plan. {unchecked}', passed: 'The council must send you the changed plan. {unchecked}' },
  'reconsider/reconsider': { due: 'The council must look at its decision again. {unchecked}', passed: 'The council must look at its decision again. {unchecked}' },
  'other/other': { due: 'The council or the NHS must do what it agreed by {date}.', passed: 'The council or the NHS had to do what it agreed by {date}.' },
  'notify-local-authority/notify-local-authority': { due: 'The NHS body that arranges health care must tell the council about the agreement by {date}.', passed: 'The NHS body that arranges health care had to tell the council about the agreement by {date}.' },
};

const UNCHECKED = 'We could not check the time limit for this in the law. Ask the council when it will do it.';

function dutySentences(action: string, step: string, dueDate: string | 'immediately' | null, description: string): { sentence: string; sentencePassed: string } {
  const duty = DUTIES[`${action}/${step}`];
  const fill = (template: string) => template.replace('{unchecked}', UNCHECKED).replace('{date}', typeof dueDate === 'string' && dueDate !== 'immediately' ? _day(dueDate) : '');
  if (duty === undefined) {
    const text = dueDate === null || dueDate === 'immediately' ? description : `${description.replace(/\.$/, '')}: by ${_day(dueDate)}.`;
    return { sentence: text, sentencePassed: text };
  }
  return { sentence: fill(duty.due), sentencePassed: fill(duty.passed) };
}

/** Reads a calculator's inputs from the facts; undefined when a required input has no value. */
export function _calculatorInputs(ref: CalculatorRef, fact: (id: string) => unknown): Record<string, unknown> | undefined {
  const spec = _CALCULATOR_INPUTS[ref.id];
  const values: Record<string, unknown> = {};
  for (const name of spec.required) {
    const id = ref.inputs[name];
    const value = id === undefined ? undefined : fact(id);
    if (value === undefined) return undefined;
    values[name] = value;
  }
  for (const name of spec.optional) {
    const id = ref.inputs[name];
    const value = id === undefined ? undefined : fact(id);
    if (value !== undefined) values[name] = value;
  }
  return values;
}

/** The cache key for a calculator run: its id and its input values (dates, or lists of option values). */
export function _calculatorKey(ref: CalculatorRef, inputs: Record<string, unknown>): string {
  let key = ref.id;
  for (const name in inputs) {
    const value = inputs[name];
    key += `|${name}=${Array.isArray(value) ? value.join(',') : String(value)}`;
  }
  return key;
}

/** One date from a calculator's result: what a parent reads, with the result's own explanation, law and caveats. */
function _one(
  result: { steps: ExplanationStep[]; legislation: string[]; caveats: string[] },
  due: Pick<_Due, 'label' | 'kind' | 'dueDate' | 'sentence' | 'sentencePassed'> & Partial<Pick<_Due, 'steps' | 'caveats'>>,
): _Due[] {
  return [{ steps: result.steps, legislation: result.legislation, caveats: result.caveats, ...due }];
}

/** Runs a calculator on the facts; undefined when a required input is missing. */
export function _runCalculator(ref: CalculatorRef, input: Record<string, unknown>): _Due[] {
  const decisionLetterDate = input['decisionLetterDate'] as string;
  switch (ref.id) {
    case 'appeal-deadline': {
      const certificate = input['mediationCertificateDate'];
      const result = appealDeadline({ decisionLetterDate, ...(typeof certificate === 'string' ? { mediationCertificateDate: certificate } : {}) });
      const day = _day(result.lastDay);
      return _one(result, {
        label: 'Last day for your appeal to reach the tribunal, by 5pm',
        kind: 'deadline',
        dueDate: result.lastDay,
        sentence: `Your appeal must reach the tribunal by ${formatTime(result.time)} on ${day}.`,
        sentencePassed: `The last day for your appeal to reach the tribunal was ${day}.`,
      });
    }
    case 'appeal-two-month-date': {
      const result = appealDeadline({ decisionLetterDate });
      const day = _day(result.lastDay);
      return _one(result, {
        label: 'The 2-month time limit, by 5pm',
        kind: 'deadline',
        dueDate: result.lastDay,
        sentence: `The 2-month time limit ends at ${formatTime(result.time)} on ${day}.`,
        sentencePassed: `The 2-month time limit ended on ${day}. A mediation certificate gives you 1 month from its date, if that is later.`,
      });
    }
    case 'appeal-deadline-earliest': {
      const mediationDate = input['mediationDate'] as string;
      const result = appealDeadline({ decisionLetterDate, mediationCertificateDate: mediationDate });
      const day = _day(result.lastDay);
      const steps = result.steps.map((step) =>
        step.rule === 'HESC Rules 2008, rule 20(1)(c)(ii)'
          ? {
              ...step,
              description:
                `Your certificate has not come yet. It cannot be dated before your mediation on ${_day(mediationDate)}, ` +
                `so 1 month from its date ends no earlier than ${_day(step.after ?? mediationDate)}. The last day is whichever of this and the 2-month date is later.`,
            }
          : step,
      );
      return _one(result, {
        label: 'The earliest your last day to appeal can be',
        kind: 'earliest',
        dueDate: result.lastDay,
        sentence: `The earliest your last day to appeal can be is ${day}. A later date on your certificate gives you a later day.`,
        sentencePassed:
          `The earliest your last day could be, ${day}, has passed. You still have 1 month from the date on your certificate. ` +
          'If the service sent it but it has not reached you, your time may be running out. Ask for it today.',
        steps,
        caveats: [
          'This is the earliest the last day can be. The real last day is 1 month after the date on your certificate, moved as the tribunal rules say, if that is later than the 2-month date.',
          ...result.caveats,
        ],
      });
    }
    case 'certificate-deadline': {
      const result = mediationCertificateDeadline({ event: 'mediation-ended', date: input['mediationDate'] as string });
      const day = _day(result.dueDate);
      return _one(result, {
        label: 'Your mediation certificate should be sent by',
        kind: 'expected',
        dueDate: result.dueDate,
        sentence: `The mediation service should send your certificate by ${day}.`,
        sentencePassed: `The mediation service should have sent your certificate by ${day}.`,
      });
    }
    case 'adviser-deadline': {
      const result = mediationAdviserDeadline({ decisionLetterDate });
      const day = _day(result.dueDate);
      return _one(result, {
        label: 'Last day to contact the mediation adviser',
        kind: 'deadline',
        dueDate: result.dueDate,
        sentence: `Contact the mediation adviser by ${day}.`,
        sentencePassed: `The last day to contact the mediation adviser was ${day}.`,
      });
    }
    case 'agreement-deadlines': {
      return mediationAgreementDeadlines({ agreementDate: input['agreementDate'] as string, actions: input['actions'] as AgreementAction[] }).map((entry) => ({
        label: entry.description,
        kind: 'duty' as const,
        dueDate: entry.dueDate,
        ...dutySentences(entry.action, entry.step, entry.dueDate, entry.description),
        steps: entry.steps,
        legislation: entry.legislation,
        caveats: entry.caveats,
      }));
    }
  }
}

/** Whether any date from a calculator is before `today` (or due immediately). */
export function _anyPassed(dues: readonly _Due[], today: string): boolean {
  return dues.some((due) => due.dueDate === 'immediately' || (typeof due.dueDate === 'string' && due.dueDate < today));
}
