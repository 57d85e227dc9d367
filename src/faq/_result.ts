import { faqs } from '../_generated/faqs.js';
import { legislation } from '../_generated/legislation.js';
import { organisations } from '../_generated/organisations.js';
import { GuidanceError } from '../errors.js';
import { formatCitation } from '../legislation/formatCitation.js';
import type { Flow } from '../schemas/flow.js';
import { _evaluate, _facts, _walk } from './_engine.js';
import { _runCalculator } from './_calculators.js';
import type { NextStep, NextStepsResult } from './nextSteps.js';
import type { FlowState } from './startFlow.js';

/** The outcome and steps for a state that has reached an outcome (shared by nextSteps and the command-line tool). */
export function _resultFor(flow: Flow, state: FlowState, today: string): NextStepsResult {
  const { current } = _walk(flow, state.answers, state.today);
  if (current.type !== 'outcome') throw new GuidanceError('INVALID_FLOW', 'The flow did not reach an outcome.', { argument: 'situation' });
  const facts = _facts(flow, state.answers, state.today);
  const steps: NextStep[] = current.steps
    .filter((step) => step.when === undefined || _evaluate(step.when, facts))
    .map((step) => ({
      id: step.id,
      text: step.text,
      organisations: step.organisations.map((id) => {
        const org = organisations[id as keyof typeof organisations];
        return org.website === undefined ? { id, name: org.name } : { id, name: org.name, website: org.website };
      }),
      legislation: step.legislation.map((id) => ({ id, citation: formatCitation(id as never), url: legislation[id as keyof typeof legislation].url })),
      faqs: step.faqs.map((id) => ({ id, question: faqs[id as keyof typeof faqs].question })),
      dueDates: (step.calculator ? (_runCalculator(step.calculator, facts) ?? []) : []).map((due) => ({
        ...due,
        passed: typeof due.dueDate === 'string' && due.dueDate !== 'immediately' ? due.dueDate < today : null,
      })),
    }));
  return { outcome: { id: current.id, title: current.title, summary: current.summary }, steps, state };
}

