// The named, pure deadline calculators a flow can use: each turns facts into dates, with the sentence a parent reads
// for each date (one for a date still to come, one for a date that has passed).
import { _longDate } from '../_lib/plainDate.js';
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

/** Who must act, and what, for each duty after a mediation agreement (keyed by action and step). */
const DUTIES: Record<string, { who: string; what: string }> = {
  'assess/notify-assessment': { who: 'The council', what: 'tell you that it will carry out the EHC needs assessment' },
  'assess/decide-no-plan': { who: 'The council', what: 'tell you, with its reasons, if it decides after the assessment not to issue an EHC plan' },
  'assess/final-plan': { who: 'The council', what: 'send you the final EHC plan, if it decides after the assessment to issue one' },
  'make-plan/draft-plan': { who: 'The council', what: 'send you a draft EHC plan' },
  'make-plan/final-plan': { who: 'The council', what: 'send you the final EHC plan' },
  'amend-plan/amended-plan': { who: 'The council', what: 'send you the amended EHC plan' },
  'name-school/amended-plan': { who: 'The council', what: 'send you the amended EHC plan naming the agreed school or college' },
  'cease-plan/cease-plan': { who: 'The council', what: 'stop the EHC plan' },
  'continue-plan/continue-plan': { who: 'The council', what: 'keep the EHC plan in place' },
  'continue-and-amend-plan/continue-plan': { who: 'The council', what: 'keep the EHC plan in place' },
  'continue-and-amend-plan/amended-plan': { who: 'The council', what: 'send you the amended EHC plan' },
  'reconsider/reconsider': { who: 'The council', what: 'reconsider its decision' },
  'other/other': { who: 'The council or the NHS body that arranges health care', what: 'do what it agreed' },
  'notify-local-authority/notify-local-authority': { who: 'The NHS body that arranges health care', what: 'tell the council about the agreement' },
};

function dutySentences(action: string, step: string, dueDate: string | 'immediately' | null, description: string): { sentence: string; sentencePassed: string } {
  const duty = DUTIES[`${action}/${step}`];
  if (duty === undefined) {
    const text = dueDate === null || dueDate === 'immediately' ? description : `${description.replace(/\.$/, '')}: by ${_longDate(dueDate)}.`;
    return { sentence: text, sentencePassed: text };
  }
  if (dueDate === null) {
    const text = `${duty.who} must ${duty.what}. We could not check the time limit for this in the law, so ask ${duty.who === 'The council' ? 'the council when it will do it' : 'them when they will do it'}.`;
    return { sentence: text, sentencePassed: text };
  }
  if (dueDate === 'immediately') {
    const text = `${duty.who} must ${duty.what} straight away.`;
    return { sentence: text, sentencePassed: text };
  }
  return { sentence: `${duty.who} must ${duty.what} by ${_longDate(dueDate)}.`, sentencePassed: `${duty.who} had to ${duty.what} by ${_longDate(dueDate)}.` };
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

/** Runs a calculator on the facts; undefined when a required input is missing. */
export function _runCalculator(ref: CalculatorRef, input: Record<string, unknown>): _Due[] {
  const decisionLetterDate = input['decisionLetterDate'] as string;
  switch (ref.id) {
    case 'appeal-deadline': {
      const certificate = input['mediationCertificateDate'];
      const result = appealDeadline({ decisionLetterDate, ...(typeof certificate === 'string' ? { mediationCertificateDate: certificate } : {}) });
      const day = _longDate(result.lastDay);
      return [
        {
          label: 'Last day for your appeal to reach the tribunal, by 5pm',
          kind: 'deadline',
          dueDate: result.lastDay,
          sentence: `Your appeal must reach the tribunal by 5pm on ${day}.`,
          sentencePassed: `The last day for your appeal to reach the tribunal was ${day}.`,
          steps: result.steps,
          legislation: result.legislation,
          caveats: result.caveats,
        },
      ];
    }
    case 'appeal-two-month-date': {
      const result = appealDeadline({ decisionLetterDate });
      const day = _longDate(result.lastDay);
      return [
        {
          label: 'The 2-month time limit, by 5pm',
          kind: 'deadline',
          dueDate: result.lastDay,
          sentence: `The 2-month time limit ends at 5pm on ${day}.`,
          sentencePassed: `The 2-month time limit ended on ${day}. A mediation certificate gives you 1 month from its date, if that is later.`,
          steps: result.steps,
          legislation: result.legislation,
          caveats: result.caveats,
        },
      ];
    }
    case 'appeal-deadline-earliest': {
      const mediationDate = input['mediationDate'] as string;
      const result = appealDeadline({ decisionLetterDate, mediationCertificateDate: mediationDate });
      const day = _longDate(result.lastDay);
      const steps = result.steps.map((step) =>
        step.rule === 'HESC Rules 2008, rule 20(1)(c)(ii)'
          ? {
              ...step,
              description:
                `Your certificate has not come yet. It cannot be dated before your mediation on ${_longDate(mediationDate)}, ` +
                `so 1 month from its date ends no earlier than ${_longDate(step.after ?? mediationDate)}. The last day is whichever of this and the 2-month date is later.`,
            }
          : step,
      );
      return [
        {
          label: 'The earliest your last day to appeal can be',
          kind: 'earliest',
          dueDate: result.lastDay,
          sentence: `The earliest your last day to appeal can be is ${day}. It will be later if your certificate is dated later.`,
          sentencePassed:
            `The earliest your last day could be, ${day}, has passed. You still have 1 month from the date on your certificate. ` +
            'If it was sent but has not reached you, your time may already be running out: ask for it today.',
          steps,
          legislation: result.legislation,
          caveats: [
            'This is the earliest the last day can be. The real last day is 1 month after the date on your certificate, moved as the tribunal rules say, if that is later than the 2-month date.',
            ...result.caveats,
          ],
        },
      ];
    }
    case 'certificate-deadline': {
      const result = mediationCertificateDeadline({ event: 'mediation-ended', date: input['mediationDate'] as string });
      const day = _longDate(result.dueDate);
      return [
        {
          label: 'Your mediation certificate should be sent by',
          kind: 'expected',
          dueDate: result.dueDate,
          sentence: `The mediation service should send your certificate by ${day}.`,
          sentencePassed: `Your certificate should have been sent by ${day}.`,
          steps: result.steps,
          legislation: result.legislation,
          caveats: result.caveats,
        },
      ];
    }
    case 'adviser-deadline': {
      const result = mediationAdviserDeadline({ decisionLetterDate });
      const day = _longDate(result.dueDate);
      return [
        {
          label: 'Last day to contact the mediation adviser',
          kind: 'deadline',
          dueDate: result.dueDate,
          sentence: `Contact the mediation adviser by ${day}.`,
          sentencePassed: `The last day to contact the mediation adviser was ${day}.`,
          steps: result.steps,
          legislation: result.legislation,
          caveats: result.caveats,
        },
      ];
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
