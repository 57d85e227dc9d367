import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import { GuidanceError } from '../errors.js';
import type { AgreementAction, ExplanationStep } from '../schemas/deadline.js';
import type { LocalContact, LocalContactKind, QuestionNode } from '../schemas/flow.js';
import type { LocalisedFor } from '../schemas/localisedFor.js';
import { _compile, _walk } from './_engine.js';
import { _resolveFlow } from './_resolveFlow.js';
import { _resultFor, _resultOfWalk } from './_result.js';
import { getFlow } from './getFlow.js';
import type { FlowState } from './startFlow.js';

/**
 * What a mediation was about (for {@link Situation}).
 *
 * @example
 * const subject: MediationSubject = 'plan-contents';
 * subject //=> 'plan-contents'
 */
export type MediationSubject = 'refusal-to-assess' | 'refusal-to-issue-plan' | 'plan-contents' | 'school-named' | 'ceasing-plan' | 'health-care' | 'social-care';

/**
 * A parent's situation after a mediation meeting (or a disagreement resolution meeting): the facts the "after
 * mediation" flow asks about, in one object. Give the facts the path needs; {@link nextSteps} says which one is
 * missing if the path needs more.
 *
 * @example
 * const situation: Situation = {
 *   mediationDate: '2026-11-26', mediationResult: 'none-agreed', mediationSubject: ['plan-contents'],
 *   satisfied: false, decisionLetterDate: '2026-09-01', certificateStatus: 'waiting',
 * };
 * situation.certificateStatus //=> 'waiting'
 */
export interface Situation {
  /** The kind of meeting. Left out, it is `'mediation'`. */
  meetingType?: 'mediation' | 'disagreement-resolution' | 'not-sure';
  /** The day of the meeting, `YYYY-MM-DD`. */
  mediationDate?: string;
  /** How the meeting ended. */
  mediationResult?: 'all-agreed' | 'some-agreed' | 'none-agreed' | 'not-sure';
  /** What the meeting was about. */
  mediationSubject?: MediationSubject[];
  /** Whether the parent is happy with the outcome. */
  satisfied?: boolean;
  /** When the council sent the decision the parent disagrees with, `YYYY-MM-DD`. */
  decisionLetterDate?: string;
  /**
   * Where the mediation certificate is: `received` (give `mediationCertificateDate`), `waiting` (after mediation, not
   * arrived yet), `not-needed` (the appeal is only about the school or college named). After a disagreement
   * resolution meeting also `asked` (asked a mediation adviser for one) and `not-asked`. Left out, it is `received`
   * when `mediationCertificateDate` is given.
   */
  certificateStatus?: 'received' | 'waiting' | 'not-needed' | 'asked' | 'not-asked';
  /** The date on the mediation certificate, if there is one. */
  mediationCertificateDate?: string;
  /** Whether the parent has a signed, dated copy of the mediation agreement. */
  writtenAgreement?: boolean;
  /** The date of the written mediation agreement. */
  agreementDate?: string;
  /** What the council or the NHS agreed to do. */
  agreedActions?: AgreementAction[];
  /** Whether everything agreed has been done. */
  councilDoneIt?: boolean;
  /** Who has not done what they agreed: the council, the NHS body that arranges health care, or both. */
  notDoneBy?: ('council' | 'nhs')[];
  /** Whether the parent has written to the council about it. */
  writtenToCouncil?: boolean;
  /** Whether the parent has made a formal complaint and finished the council's process. */
  complained?: boolean;
}

/**
 * A date in a next step: what is due, when, whether it has passed, and a sentence to show a parent.
 *
 * `kind` says what the date is: `deadline` (the last day for you to act), `earliest` (the earliest a deadline can be
 * while a date it depends on is not known yet: it is not a last day), `expected` (when someone else should act) or
 * `duty` (what the council or the NHS must do by law).
 *
 * @example
 * const due: DueDate = { label: 'Last day for your appeal to reach the tribunal, by 5pm', kind: 'deadline', dueDate: '2026-12-01', passed: false, sentence: 'Your appeal must reach the tribunal by 5pm on Tuesday 1 December 2026.', steps: [], legislation: [], caveats: [] };
 * due.passed //=> false
 */
export interface DueDate {
  /** What is due. */
  label: string;
  /** What kind of date it is. */
  kind: 'deadline' | 'earliest' | 'expected' | 'duty';
  /** The date, `'immediately'`, or `null` when the period could not be verified (see `caveats`). */
  dueDate: string | 'immediately' | null;
  /** Whether the date is before `today`; `null` when there is no date to compare. */
  passed: boolean | null;
  /** A plain-English sentence with the date, in the right tense for `today`. */
  sentence: string;
  /** How the date was worked out. */
  steps: ExplanationStep[];
  /** The legal references behind it. */
  legislation: string[];
  /** What the parent should know or check. */
  caveats: string[];
}

/**
 * One step of the result of {@link nextSteps}. Its `organisations`, `legislation`, `faqs` and `sources` lists are
 * frozen and shared between results, like the package's other data: copy them before you change them.
 *
 * @example
 * const step: NextStep = { id: 'x', text: 'Write to the council.', organisations: [], legislation: [], faqs: [], sources: [], dueDates: [] };
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
  /** Sources for what the step says beyond the law listed (official or advice-service pages). */
  sources: { title: string; url: string; publisher?: string }[];
  /** Deadlines from the deadline calculators, if any. */
  dueDates: DueDate[];
  /** Which of a council's own contacts belong with the step (its SEN team, complaints page, local IAS service, mediation service). */
  local?: readonly LocalContactKind[];
  /** Set by {@link localise}: the council's own contacts for the step, from the details it was given. */
  contacts?: LocalContact[];
}

/**
 * The result of {@link nextSteps}.
 *
 * @example
 * const result: NextStepsResult = nextSteps({ mediationResult: 'not-sure', mediationDate: '2026-11-20' }, { today: '2026-11-28' });
 * result.outcome.id //=> 'get-advice'
 */
export interface NextStepsResult {
  /** The outcome reached. */
  outcome: { id: string; title: string; summary: string };
  /** The steps to take, in order. */
  steps: NextStep[];
  /** The flow state that leads to this outcome (for an app that wants to continue in the flow). */
  state: FlowState;
  /** Set by {@link localise}: the council whose details the result carries. */
  localisedFor?: LocalisedFor;
}

/** How each question of the "after mediation" flow reads the situation, and the field it comes from. */
const FACTS: Record<string, { field: keyof Situation; read: (s: Situation) => unknown }> = {
  'meeting-type': { field: 'meetingType', read: (s) => s.meetingType ?? 'mediation' },
  'mediation-date': { field: 'mediationDate', read: (s) => s.mediationDate },
  'mediation-result': { field: 'mediationResult', read: (s) => s.mediationResult },
  'mediation-subject': { field: 'mediationSubject', read: (s) => s.mediationSubject },
  satisfied: { field: 'satisfied', read: (s) => s.satisfied },
  'decision-letter-date': { field: 'decisionLetterDate', read: (s) => s.decisionLetterDate },
  'certificate-status': { field: 'certificateStatus', read: (s) => s.certificateStatus ?? (s.mediationCertificateDate !== undefined ? 'received' : undefined) },
  'dr-certificate': { field: 'certificateStatus', read: (s) => s.certificateStatus ?? (s.mediationCertificateDate !== undefined ? 'received' : undefined) },
  'certificate-date': { field: 'mediationCertificateDate', read: (s) => s.mediationCertificateDate },
  'agreement-written': { field: 'writtenAgreement', read: (s) => s.writtenAgreement },
  'agreement-date': { field: 'agreementDate', read: (s) => s.agreementDate },
  'agreed-actions': { field: 'agreedActions', read: (s) => s.agreedActions },
  'council-done-it': { field: 'councilDoneIt', read: (s) => s.councilDoneIt },
  'not-done-by': { field: 'notDoneBy', read: (s) => s.notDoneBy },
  'written-to-council': { field: 'writtenToCouncil', read: (s) => s.writtenToCouncil },
  complained: { field: 'complained', read: (s) => s.complained },
};

// Built in a pure wrapper, so that importing this module does nothing a bundler must keep.
const SITUATION_KEYS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set<string>(Object.values(FACTS).map((f) => f.field)))();

function fieldOf(q: QuestionNode): string {
  return `situation.${FACTS[q.id]?.field ?? q.id}`;
}

function isStateLike(value: object): boolean {
  return Object.prototype.hasOwnProperty.call(value, 'flowId') || Object.prototype.hasOwnProperty.call(value, 'answers');
}

/**
 * From a parent's situation to what to do next: the outcome and its ordered steps, each with who to contact, the
 * law behind it, the FAQs to read, its sources, and any dates, each with whether it has passed as of `today` and a
 * sentence to show. It runs the same flow as {@link answer}, so the two always agree.
 *
 * Give either a {@link Situation} (all the facts in one object) or a {@link FlowState} from {@link startFlow} and
 * {@link answer} (a web form that asked one question a screen): both give the same result. A state is checked, not
 * trusted. One pass over the flow: each answer is read and checked once, and each date is worked out once.
 *
 * The appeal is never said to be out of time while a mediation certificate is still to come: the certificate gives
 * 1 month from its date. The earliest the last day can be is given instead, marked `kind: 'earliest'`.
 *
 * @param input - The facts (see {@link Situation}), or a flow state that has reached an outcome.
 * @param options - `today`: `YYYY-MM-DD`, to say whether dates have passed. Required: there is no hidden clock.
 * @throws {@link GuidanceError} `INCOMPLETE_SITUATION` naming the missing field (or question) the path needs;
 * `INVALID_DATE`, `INVALID_ANSWER` or `DATE_ORDER` for facts that are not valid; `INVALID_ARGUMENT` for a
 * malformed input or state, an unknown situation field, or a state whose `today` differs from `options.today`;
 * `UNKNOWN_ID` for a state of a flow this package does not publish.
 *
 * @example
 * const result = nextSteps(
 *   { mediationDate: '2025-11-26', mediationResult: 'none-agreed', mediationSubject: ['plan-contents'], satisfied: false,
 *     decisionLetterDate: '2025-10-01', mediationCertificateDate: '2025-11-29' },
 *   { today: '2025-12-10' },
 * );
 * result.outcome.id //=> 'appeal'
 * const due = result.steps.find((step) => step.id === 'send-appeal').dueDates[0];
 * due.dueDate //=> '2026-01-02'
 * due.sentence //=> 'Your appeal must reach the tribunal by 5pm on Friday 2 January 2026.'
 */
export function nextSteps(input: Situation | FlowState, options: { today: string }): NextStepsResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new GuidanceError('INVALID_ARGUMENT', 'nextSteps expects a situation object such as { mediationResult: "none-agreed" }, or a flow state.', { argument: 'situation' });
  }
  if (typeof options !== 'object' || options === null) {
    throw new GuidanceError('INVALID_ARGUMENT', 'nextSteps needs { today: "YYYY-MM-DD" }: dates are compared with today.', { argument: 'options.today' });
  }
  _assertPlainDate(options.today, 'options.today');
  if (isStateLike(input)) {
    const resolved = _resolveFlow(input, undefined);
    const { state } = resolved;
    if (state.today !== undefined && state.today !== options.today) {
      throw new GuidanceError('INVALID_ARGUMENT', `state.today (${state.today}) differs from options.today (${options.today}). Give one date for today.`, { argument: 'options.today' });
    }
    return _resultFor(resolved.flow, state, options.today);
  }
  const situation = input as Situation;
  for (const key of Object.keys(situation)) {
    if (!SITUATION_KEYS.has(key)) {
      throw new GuidanceError('INVALID_ARGUMENT', `situation has an unknown field ${JSON.stringify(key.slice(0, 40))}. Known fields: ${[...SITUATION_KEYS].join(', ')}.`, {
        argument: `situation.${key.slice(0, 40)}`,
        expected: [...SITUATION_KEYS],
      });
    }
  }
  const compiled = _compile(getFlow('after-mediation'));
  const walk = _walk(compiled, options.today, (q) => FACTS[q.id]?.read(situation), fieldOf);
  if (walk.current.type !== 'outcome') {
    const field = fieldOf(walk.current);
    throw new GuidanceError('INCOMPLETE_SITUATION', `${field} is needed for this path: "${walk.current.text}"`, { argument: field });
  }
  return _resultOfWalk(walk, options.today);
}
