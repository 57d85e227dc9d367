// The parameters of the flow calculators. No imports of generated data: the build uses it to check flows.
import type { CalculatorRef } from '../schemas/flow.js';

/** The parameters of each calculator. */
export const _CALCULATOR_INPUTS: Record<CalculatorRef['id'], { required: readonly string[]; optional: readonly string[] }> = {
  'appeal-deadline': { required: ['decisionLetterDate'], optional: ['mediationCertificateDate'] },
  'appeal-two-month-date': { required: ['decisionLetterDate'], optional: [] },
  'appeal-deadline-earliest': { required: ['decisionLetterDate', 'mediationDate'], optional: [] },
  'certificate-deadline': { required: ['mediationDate'], optional: [] },
  'agreement-deadlines': { required: ['agreementDate', 'actions'], optional: [] },
  'adviser-deadline': { required: ['decisionLetterDate'], optional: [] },
};
