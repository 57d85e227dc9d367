import { _excerpt } from '../_lib/limits.js';
import { GuidanceError } from '../errors.js';
import type { Flow } from '../schemas/flow.js';
import { _walk, type _AnswerValue } from './_engine.js';
import { _resolveFlow, _walkState } from './_resolveFlow.js';
import type { FlowState } from './startFlow.js';

/**
 * Answers a question and returns a new state (the old one is not changed). The question must be on the current
 * path: the next question, or one already answered. Changing an earlier answer keeps the later answers that still
 * apply and drops those the new answer no longer leads to. The state itself is checked first, as by
 * {@link currentNode}.
 *
 * Values: a single choice takes an option value; multiple choice an array of option values; yes/no `true`/`false`
 * or the options' own values `'yes'`/`'no'` (stored as `true`/`false`); a date question `YYYY-MM-DD`.
 *
 * @throws {@link GuidanceError} `INVALID_ARGUMENT` for a node id that is not text; `UNKNOWN_ID` for a node the flow does not have; `NOT_ON_PATH` for a question the
 * answers so far do not lead to; `INVALID_ANSWER` for a value that is not an option (or an outcome node);
 * `INVALID_DATE` for a bad date; `DATE_ORDER` when dates contradict each other or a date is after `today`.
 *
 * @example
 * let state = startFlow('after-mediation', { today: '2026-11-29' });
 * state = answer(state, 'meeting-type', 'mediation');
 * state = answer(state, 'mediation-date', '2026-11-27');
 * state = answer(state, 'mediation-result', 'none-agreed');
 * state = answer(state, 'mediation-subject', ['plan-contents']);
 * state = answer(state, 'satisfied', 'no');
 * state.answers.satisfied //=> false
 * currentNode(state).id //=> 'decision-letter-date'
 */
export function answer(state: FlowState, nodeId: string, value: unknown, flow?: Flow): FlowState {
  const resolved = _resolveFlow(state, flow);
  const { compiled } = resolved;
  if (typeof nodeId !== 'string') {
    throw new GuidanceError('INVALID_ARGUMENT', `nodeId must be the id of a question, such as "meeting-type"; got ${_excerpt(nodeId)}.`, { argument: 'nodeId' });
  }
  const question = compiled.questions.get(nodeId);
  if (question === undefined) {
    if (compiled.outcomes.has(nodeId)) {
      throw new GuidanceError('INVALID_ANSWER', `"${nodeId}" is an outcome; it takes no answer.`, { argument: 'nodeId' });
    }
    throw new GuidanceError('UNKNOWN_ID', `Flow "${compiled.flow.id}" has no question ${_excerpt(nodeId)}.`, {
      argument: 'nodeId',
      expected: [...compiled.questions.keys()],
    });
  }
  const today = resolved.state.today;
  const before = _walkState(compiled, resolved.state, today);
  const onPath = before.current.id === nodeId || before.path.some((q) => q.id === nodeId);
  if (!onPath) {
    throw new GuidanceError(
      'NOT_ON_PATH',
      `"${nodeId}" is not on the path of the answers so far. Answer "${before.current.id}" next${before.path.length > 0 ? `, or change one of: ${before.path.map((q) => q.id).join(', ')}` : ''}.`,
      { argument: 'nodeId', expected: [...before.path.map((q) => q.id), before.current.id] },
    );
  }
  const old = before.ctx.answers;
  const after = _walk(
    compiled,
    today,
    (q) => (q.id === nodeId ? value : old.get(q.id)),
    (q) => (q.id === nodeId ? 'value' : `state.answers["${q.id}"]`),
  );
  const answers: Record<string, _AnswerValue> = {};
  for (const q of after.path) answers[q.id] = after.ctx.answers.get(q.id) as _AnswerValue;
  return today === undefined ? { flowId: resolved.state.flowId, answers } : { flowId: resolved.state.flowId, answers, today };
}
