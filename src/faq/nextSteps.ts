import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import { GuidanceError } from '../errors.js';
import type { AgreementAction, ExplanationStep } from '../schemas/deadline.js';
import { _walk } from './_engine.js';
import { answer } from './answer.js';
import { startFlow, type FlowState } from './startFlow.js';
import { getFlow } from './getFlow.js';
import { _resultFor } from './_result.js';

/**
 * What a mediation was about (for {@link Situation}).
 *
 * @example
 * const subject: MediationSubject = 'plan-contents';
 * subject //=> 'plan-contents'
 */
export type MediationSubject = 'refusal-to-assess' | 'refusal-to-issue-plan' | 'plan-contents' | 'school-named' | 'ceasing-plan' | 'health-social-care-only';

/**
 * A parent's situation after mediation: the facts the "after mediation" flow asks about, in one object. Give the
 * facts the path needs; {@link nextSteps} says which one is missing if the path needs more.
 *
 * @example
 * const situation: Situation = { mediationResult: 'none-agreed', mediationSubject: ['plan-contents'], satisfied: false, decisionLetterDate: '2026-10-01' };
 * situation.mediationResult //=> 'none-agreed'
 */
export interface Situation {
  /** How mediation ended. */
  mediationResult: 'all-agreed' | 'some-agreed' | 'none-agreed' | 'not-sure';
  /** What the mediation was about. */
  mediationSubject?: MediationSubject[];
  /** Whether the parent is happy with the outcome. */
  satisfied?: boolean;
  /** When the council sent its decision, `YYYY-MM-DD`. */
  decisionLetterDate?: string;
  /** The date of the mediation certificate, if there is one. Leave it out when there is none. */
  mediationCertificateDate?: string;
  /** The date of the written mediation agreement. */
  agreementDate?: string;
  /** What the council agreed to do. */
  agreedActions?: AgreementAction[];
  /** Whether the council has done everything it agreed. */
  councilDoneIt?: boolean;
  /** Whether the parent has written to the SEN team about it. */
  writtenToCouncil?: boolean;
  /** Whether the parent has made a formal complaint and finished the council's process. */
  complained?: boolean;
}

/**
 * A date in a next step, with whether it has passed.
 *
 * @example
 * const due: DueDate = { label: 'Last day to appeal', dueDate: '2026-12-01', passed: false, steps: [], legislation: [], caveats: [] };
 * due.passed //=> false
 */
export interface DueDate {
  /** What is due. */
  label: string;
  /** The date, `'immediately'`, or `null` when the period could not be verified (see `caveats`). */
  dueDate: string | 'immediately' | null;
  /** Whether the date is before `today`; `null` when there is no date to compare. */
  passed: boolean | null;
  /** How the date was worked out. */
  steps: ExplanationStep[];
  /** The legal references behind it. */
  legislation: string[];
  /** What the parent should know or check. */
  caveats: string[];
}

/**
 * One step of the result of {@link nextSteps}.
 *
 * @example
 * const step: NextStep = { id: 'x', text: 'Write to the council.', organisations: [], legislation: [], faqs: [], dueDates: [] };
 * step.text //=> 'Write to the council.'
 */
export interface NextStep {
  /** A stable id for the step. */
  id: string;
  /** What to do, in plain English. */
  text: string;
  /** Who to contact. */
  organisations: { id: string; name: string; website?: string }[];
  /** The law behind the step, with a short citation and the address of its text. */
  legislation: { id: string; citation: string; url: string }[];
  /** Questions and answers to read. */
  faqs: { id: string; question: string }[];
  /** Deadlines from the deadline calculators, if any. */
  dueDates: DueDate[];
}

/**
 * The result of {@link nextSteps}.
 *
 * @example
 * const result: NextStepsResult = nextSteps({ mediationResult: 'not-sure' }, { today: '2026-11-28' });
 * result.outcome.id //=> 'get-advice'
 */
export interface NextStepsResult {
  /** The outcome reached. */
  outcome: { id: string; title: string; summary: string };
  /** The steps to take, in order. */
  steps: NextStep[];
  /** The flow state that leads to this outcome (for an app that wants to continue in the flow). */
  state: FlowState;
}

/** How each question of the "after mediation" flow reads the situation. */
const FACTS: Record<string, (s: Situation) => unknown> = {
  'mediation-result': (s) => s.mediationResult,
  'mediation-subject': (s) => s.mediationSubject,
  satisfied: (s) => s.satisfied,
  'decision-letter-date': (s) => s.decisionLetterDate,
  'has-certificate': (s) => (s.decisionLetterDate === undefined ? undefined : s.mediationCertificateDate !== undefined),
  'certificate-date': (s) => s.mediationCertificateDate,
  'agreement-date': (s) => s.agreementDate,
  'agreed-actions': (s) => s.agreedActions,
  'council-done-it': (s) => s.councilDoneIt,
  'written-to-council': (s) => s.writtenToCouncil,
  complained: (s) => s.complained,
};

const FIELD: Record<string, string> = {
  'mediation-result': 'mediationResult',
  'mediation-subject': 'mediationSubject',
  satisfied: 'satisfied',
  'decision-letter-date': 'decisionLetterDate',
  'has-certificate': 'decisionLetterDate',
  'certificate-date': 'mediationCertificateDate',
  'agreement-date': 'agreementDate',
  'agreed-actions': 'agreedActions',
  'council-done-it': 'councilDoneIt',
  'written-to-council': 'writtenToCouncil',
  complained: 'complained',
};

/**
 * Answers in one call what the "after mediation" flow answers question by question: from a parent's situation to
 * the outcome and its ordered steps, each with who to contact, the law behind it, the FAQs to read, and any
 * deadline with whether it has passed as of `today`. It runs the same flow as {@link answer}, so the two always
 * agree.
 *
 * @param situation - The facts (see {@link Situation}).
 * @param options - `today`: `YYYY-MM-DD`, to say whether deadlines have passed. Required: there is no hidden clock.
 * @throws {@link GuidanceError} `INCOMPLETE_SITUATION` naming the missing field the path needs; `INVALID_DATE`,
 * `INVALID_ANSWER` or `DATE_ORDER` for facts that are not valid.
 *
 * @example
 * const result = nextSteps(
 *   { mediationResult: 'none-agreed', mediationSubject: ['plan-contents'], satisfied: false, decisionLetterDate: '2025-10-01', mediationCertificateDate: '2025-11-29' },
 *   { today: '2025-12-10' },
 * );
 * result.outcome.id //=> 'appeal'
 * result.steps[0].dueDates[0].dueDate //=> '2026-01-02'
 * result.steps[0].dueDates[0].passed //=> false
 */
export function nextSteps(situation: Situation, options: { today: string }): NextStepsResult {
  if (typeof situation !== 'object' || situation === null) {
    throw new GuidanceError('INVALID_ARGUMENT', 'nextSteps expects a situation object such as { mediationResult: "none-agreed" }.', { argument: 'situation' });
  }
  if (typeof options !== 'object' || options === null) {
    throw new GuidanceError('INVALID_ARGUMENT', 'nextSteps needs { today: "YYYY-MM-DD" }: deadlines are compared with today.', { argument: 'options.today' });
  }
  _assertPlainDate(options.today, 'options.today');
  const flow = getFlow('after-mediation');
  let state = startFlow(flow, { today: options.today });
  for (let guard = 0; guard <= flow.nodes.length; guard++) {
    const { current } = _walk(flow, state.answers, state.today);
    if (current.type === 'outcome') break;
    const read = FACTS[current.id];
    const value = read?.(situation);
    if (value === undefined) {
      const field = FIELD[current.id] ?? current.id;
      throw new GuidanceError('INCOMPLETE_SITUATION', `situation.${field} is needed for this path: "${current.text}"`, { argument: `situation.${field}` });
    }
    try {
      state = answer(state, current.id, value, flow);
    } catch (error) {
      if (error instanceof GuidanceError && (error.argument === 'value' || error.code === 'INVALID_ANSWER')) {
        throw new GuidanceError(error.code, `situation.${FIELD[current.id] ?? current.id}: ${error.message}`, { argument: `situation.${FIELD[current.id] ?? current.id}`, cause: error });
      }
      throw error;
    }
  }
  return _resultFor(flow, state, options.today);
}
