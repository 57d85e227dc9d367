// The named, pure deadline calculators a flow can use, and the inputs each takes.
import { appealDeadline } from '../deadlines/appealDeadline.js';
import { mediationAdviserDeadline } from '../deadlines/mediationAdviserDeadline.js';
import { mediationAgreementDeadlines } from '../deadlines/mediationAgreementDeadlines.js';
import type { AgreementAction, ExplanationStep } from '../schemas/deadline.js';
import type { CalculatorRef } from '../schemas/flow.js';
import { _CALCULATOR_INPUTS } from './_calculatorInputs.js';

/** One date a calculator produced. */
export interface _Due {
  label: string;
  dueDate: string | 'immediately' | null;
  steps: ExplanationStep[];
  legislation: string[];
  caveats: string[];
}

/** Runs a calculator on the facts; undefined when a required input is missing. */
export function _runCalculator(ref: CalculatorRef, facts: Readonly<Record<string, unknown>>): _Due[] | undefined {
  const input = (name: string): unknown => {
    const fact = ref.inputs[name];
    return fact === undefined ? undefined : facts[fact];
  };
  const spec = _CALCULATOR_INPUTS[ref.id];
  if (spec.required.some((name) => input(name) === undefined)) return undefined;
  switch (ref.id) {
    case 'appeal-deadline': {
      const certificate = input('mediationCertificateDate');
      const result = appealDeadline({
        decisionLetterDate: input('decisionLetterDate') as string,
        ...(typeof certificate === 'string' ? { mediationCertificateDate: certificate } : {}),
      });
      return [{ label: 'Last day for the appeal to reach the tribunal, by 5pm', dueDate: result.lastDay, steps: result.steps, legislation: result.legislation, caveats: result.caveats }];
    }
    case 'adviser-deadline': {
      const result = mediationAdviserDeadline({ decisionLetterDate: input('decisionLetterDate') as string });
      return [{ label: 'Last day to contact the mediation adviser', dueDate: result.dueDate, steps: result.steps, legislation: result.legislation, caveats: result.caveats }];
    }
    case 'agreement-deadlines': {
      return mediationAgreementDeadlines({ agreementDate: input('agreementDate') as string, actions: input('actions') as AgreementAction[] }).map((entry) => ({
        label: entry.description,
        dueDate: entry.dueDate,
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
