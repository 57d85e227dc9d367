import type { Flow, OutcomeNode } from '../schemas/flow.js';
import { currentNode } from './currentNode.js';
import type { FlowState } from './startFlow.js';

/**
 * The outcome a state has reached, or `undefined` while questions remain. The state is checked as by
 * {@link currentNode}.
 *
 * @example
 * const state = answer(startFlow('after-mediation'), 'meeting-type', 'not-sure');
 * outcomeOf(state)?.id //=> 'get-advice'
 * outcomeOf(startFlow('after-mediation')) //=> undefined
 */
export function outcomeOf(state: FlowState, flow?: Flow): OutcomeNode | undefined {
  const node = currentNode(state, flow);
  return node.type === 'outcome' ? node : undefined;
}
