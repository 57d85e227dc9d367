// Every path through the "after mediation" flow, for tests and the benchmark: each question gets a few
// representative answers, and answers the flow refuses (a date in the wrong order) are skipped.
import { answer } from '../../src/faq/answer.js';
import { currentNode } from '../../src/faq/currentNode.js';
import type { Situation } from '../../src/faq/nextSteps.js';
import { startFlow, type FlowState } from '../../src/faq/startFlow.js';
import { isGuidanceError } from '../../src/errors.js';
import type { QuestionNode } from '../../src/schemas/flow.js';

export const PATHS_TODAY = '2026-11-28';

const DATES: Record<string, string[]> = {
  'mediation-date': ['2026-11-20'],
  'decision-letter-date': ['2026-10-15', '2026-06-01'], // in time / long past
  'certificate-date': ['2026-11-24', '2026-06-20'], // the second only after disagreement resolution
  'agreement-date': ['2026-11-25', '2026-11-20'],
};
const MULTIPLE: Record<string, string[][]> = {
  'mediation-subject': [['plan-contents'], ['school-named'], ['health-care'], ['social-care', 'plan-contents'], ['ceasing-plan', 'health-care']],
  'agreed-actions': [['make-plan'], ['cease-plan', 'other']],
  'not-done-by': [['council'], ['nhs'], ['council', 'nhs']],
};

function values(node: QuestionNode): unknown[] {
  switch (node.kind) {
    case 'single':
      return (node.options ?? []).map((o) => o.value);
    case 'yes-no':
      return [true, false];
    case 'multiple':
      return MULTIPLE[node.id] ?? [(node.options ?? []).slice(0, 1).map((o) => o.value)];
    case 'date':
      return DATES[node.id] ?? [PATHS_TODAY];
  }
}

export interface FlowPath {
  state: FlowState;
  outcome: string;
}

/** Every path, by answering each question with each representative value. */
export function enumeratePaths(today = PATHS_TODAY): FlowPath[] {
  const out: FlowPath[] = [];
  const walk = (state: FlowState): void => {
    const node = currentNode(state);
    if (node.type === 'outcome') {
      out.push({ state, outcome: node.id });
      return;
    }
    for (const value of values(node)) {
      let next: FlowState;
      try {
        next = answer(state, node.id, value);
      } catch (error) {
        if (isGuidanceError(error, 'DATE_ORDER')) continue;
        throw error;
      }
      walk(next);
    }
  };
  walk(startFlow('after-mediation', { today }));
  return out;
}

const FIELDS: Record<string, keyof Situation> = {
  'meeting-type': 'meetingType',
  'mediation-date': 'mediationDate',
  'mediation-result': 'mediationResult',
  'mediation-subject': 'mediationSubject',
  satisfied: 'satisfied',
  'decision-letter-date': 'decisionLetterDate',
  'certificate-status': 'certificateStatus',
  'dr-certificate': 'certificateStatus',
  'certificate-date': 'mediationCertificateDate',
  'agreement-written': 'writtenAgreement',
  'agreement-date': 'agreementDate',
  'agreed-actions': 'agreedActions',
  'council-done-it': 'councilDoneIt',
  'not-done-by': 'notDoneBy',
  'written-to-council': 'writtenToCouncil',
  complained: 'complained',
};

/** The situation that holds the same facts as a state's answers. */
export function toSituation(answers: FlowState['answers']): Situation {
  const s: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(answers)) {
    const field = FIELDS[id];
    if (field === undefined) throw new Error(`no Situation field for "${id}"`);
    s[field] = value;
  }
  return s as Situation;
}
