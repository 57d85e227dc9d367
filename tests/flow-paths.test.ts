// Every path through the "after mediation" flow, enumerated: each ends in an outcome, every outcome is reached, and
// nextSteps agrees with the flow on every path. A count, not a snapshot of each path.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/faq/answer.js';
import { currentNode } from '../src/faq/currentNode.js';
import { getFlow } from '../src/faq/getFlow.js';
import { nextSteps, type Situation } from '../src/faq/nextSteps.js';
import { startFlow, type FlowState } from '../src/faq/startFlow.js';
import type { QuestionNode } from '../src/schemas/flow.js';

const TODAY = '2026-11-28';
const flow = getFlow('after-mediation');

// Representative values for the questions that are not single or yes/no choices.
const DATES: Record<string, string[]> = {
  'decision-letter-date': ['2026-11-02', '2025-06-02'], // in time / long past
  'certificate-date': ['2026-11-20'],
  'agreement-date': ['2026-11-25', '2026-01-05'], // deadlines ahead / passed
};
const MULTIPLE: Record<string, string[][]> = {
  'mediation-subject': [['plan-contents'], ['school-named', 'refusal-to-assess'], ['health-social-care-only']],
  'agreed-actions': [['make-plan'], ['amend-plan', 'other'], ['reconsider']],
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
      return DATES[node.id] ?? [TODAY];
  }
}

interface Path {
  state: FlowState;
  outcome: string;
}

function enumerate(): Path[] {
  const out: Path[] = [];
  const walk = (state: FlowState): void => {
    const node = currentNode(state);
    if (node.type === 'outcome') {
      out.push({ state, outcome: node.id });
      return;
    }
    for (const value of values(node)) walk(answer(state, node.id, value));
  };
  walk(startFlow('after-mediation', { today: TODAY }));
  return out;
}

function toSituation(answers: FlowState['answers']): Situation {
  const s: Record<string, unknown> = {
    mediationResult: answers['mediation-result'],
    mediationSubject: answers['mediation-subject'],
    satisfied: answers['satisfied'],
    decisionLetterDate: answers['decision-letter-date'],
    mediationCertificateDate: answers['certificate-date'],
    agreementDate: answers['agreement-date'],
    agreedActions: answers['agreed-actions'],
    councilDoneIt: answers['council-done-it'],
    writtenToCouncil: answers['written-to-council'],
    complained: answers['complained'],
  };
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as unknown as Situation;
}

const paths = enumerate();

describe('every path through the after-mediation flow', () => {
  it('ends in an outcome, and the number of enumerated paths is stable', () => {
    // 1 (not sure) + 72 (all agreed: 3 subjects x 2 dates x 3 action sets x 4 endings) + 57 (some agreed) + 11 (none agreed).
    expect(paths.length).toBe(141);
    for (const path of paths) expect(flow.nodes.find((n) => n.id === path.outcome)?.type).toBe('outcome');
  });

  it('reaches every outcome', () => {
    const outcomes = flow.nodes.filter((n) => n.type === 'outcome').map((n) => n.id).sort();
    expect([...new Set(paths.map((p) => p.outcome))].sort()).toEqual(outcomes);
  });

  it('agrees with nextSteps on every path', () => {
    for (const path of paths) {
      const result = nextSteps(toSituation(path.state.answers), { today: TODAY });
      expect(result.outcome.id, JSON.stringify(path.state.answers)).toBe(path.outcome);
      expect(result.state.answers).toEqual(path.state.answers);
    }
  });
});
