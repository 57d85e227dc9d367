import { GuidanceError } from '../errors.js';
import type { Flow, OutcomeNode } from '../schemas/flow.js';
import { _compile, _evaluate, type _AnswerValue, type _Walk } from './_engine.js';
import { _walkState } from './_resolveFlow.js';
import type { DueDate, NextStep, NextStepsResult } from './nextSteps.js';
import type { FlowState } from './startFlow.js';

/** Dates in a step read in time order: due straight away first, then by date, then those with no date. */
function dueRank(due: DueDate): number {
  return due.dueDate === 'immediately' ? 0 : due.dueDate === null ? 2 : 1;
}

/** The outcome and its steps for a walk that has reached an outcome, with due dates compared with `today`. */
export function _resultOfWalk(walk: _Walk, today: string): NextStepsResult {
  const { ctx, current } = walk;
  const outcome = current as OutcomeNode;
  const compiledOutcome = ctx.compiled.outcomes.get(outcome.id);
  if (compiledOutcome === undefined) throw new GuidanceError('INVALID_FLOW', 'The flow did not reach an outcome.', { argument: 'flow' });
  const steps: NextStep[] = [];
  for (const compiled of compiledOutcome.steps) {
    const { step } = compiled;
    if (step.when !== undefined && !_evaluate(step.when, ctx)) continue;
    const dues = step.calculator === undefined ? undefined : ctx.run(step.calculator);
    const dueDates: DueDate[] = (dues ?? []).map((due) => {
      const passed = typeof due.dueDate === 'string' && due.dueDate !== 'immediately' ? due.dueDate < today : null;
      return {
        label: due.label,
        kind: due.kind,
        dueDate: due.dueDate,
        passed,
        sentence: passed === true ? due.sentencePassed : due.sentence,
        steps: due.steps,
        legislation: due.legislation,
        caveats: due.caveats,
      };
    });
    dueDates.sort((a, b) => dueRank(a) - dueRank(b) || String(a.dueDate).localeCompare(String(b.dueDate)));
    const next: NextStep = {
      id: step.id,
      text: step.text,
      // Shared, frozen lists, built once when the flow was compiled (see the note on NextStep).
      organisations: compiled.organisations as NextStep['organisations'],
      legislation: compiled.legislation as NextStep['legislation'],
      faqs: compiled.faqs as NextStep['faqs'],
      sources: compiled.sources as NextStep['sources'],
      dueDates,
    };
    if (compiled.local !== undefined) next.local = compiled.local;
    steps.push(next);
  }
  // The answers on the path, in order, as plain JSON (arrays copied, so the result shares nothing with the walk).
  const answers: Record<string, _AnswerValue> = {};
  for (const q of walk.path) {
    const value = ctx.answers.get(q.id) as _AnswerValue;
    answers[q.id] = Array.isArray(value) ? [...value] : value;
  }
  return {
    outcome: { id: outcome.id, title: outcome.title, summary: outcome.summary },
    steps,
    state: { flowId: ctx.compiled.flow.id, answers, today },
  };
}

/** The result for a flow state (used by the command-line tool): the state is checked, then evaluated with `today`. */
export function _resultFor(flow: Flow, state: FlowState, today: string): NextStepsResult {
  const walk = _walkState(_compile(flow), state, today);
  if (walk.current.type !== 'outcome') {
    throw new GuidanceError('INCOMPLETE_SITUATION', `state.answers["${walk.current.id}"] is needed: "${walk.current.text}"`, { argument: `state.answers["${walk.current.id}"]` });
  }
  return _resultOfWalk(walk, today);
}
