import type { Flow, OutcomeNode, QuestionNode } from '../schemas/flow.js';
import { _resolveFlow, _walkState } from './_resolveFlow.js';
import type { FlowState } from './startFlow.js';

/**
 * The node a state has reached: the next question to ask, or the outcome when the path is complete. The state is
 * checked, not trusted: every answer is checked again against the flow.
 *
 * @param flow - Needed only for a flow that is not published in this package.
 * @throws {@link GuidanceError} `INVALID_ARGUMENT` for a malformed state; `UNKNOWN_ID` for an unknown flow;
 * `INVALID_ANSWER`, `INVALID_DATE` or `DATE_ORDER` for an answer that the flow would not have accepted.
 *
 * @example
 * currentNode(startFlow('after-mediation')).id //=> 'meeting-type'
 */
export function currentNode(state: FlowState, flow?: Flow): QuestionNode | OutcomeNode {
  const resolved = _resolveFlow(state, flow);
  return _walkState(resolved.compiled, resolved.state, resolved.state.today).current;
}
