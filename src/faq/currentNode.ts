import type { Flow, OutcomeNode, QuestionNode } from '../schemas/flow.js';
import { _walk } from './_engine.js';
import { _resolveFlow } from './_resolveFlow.js';
import type { FlowState } from './startFlow.js';

/**
 * The node a state has reached: the next question to ask, or the outcome when the path is complete.
 *
 * @param flow - Needed only for a flow that is not published in this package.
 * @throws {@link GuidanceError} `INVALID_ARGUMENT` for a malformed state; `UNKNOWN_ID` for an unknown flow.
 *
 * @example
 * currentNode(startFlow('after-mediation')).id //=> 'mediation-result'
 */
export function currentNode(state: FlowState, flow?: Flow): QuestionNode | OutcomeNode {
  const resolved = _resolveFlow(state, flow);
  return _walk(resolved.flow, resolved.state.answers, resolved.state.today).current;
}
