import { flows } from '../_generated/flows.js';
import { flowIds } from '../_generated/ids.js';
import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import { _lookUp } from '../_lib/unknownId.js';
import { _assertOptions } from '../_lib/limits.js';
import { GuidanceError } from '../errors.js';
import { _compile } from './_engine.js';
import type { Flow } from '../schemas/flow.js';

/**
 * Where someone is in a flow: the flow's id, the answers so far keyed by question id, and optionally today's date
 * (needed to tell whether a deadline has passed). Plain JSON, so an app can keep it in a URL, a session or a
 * database.
 *
 * @example
 * const state: FlowState = { flowId: 'after-mediation', answers: { 'mediation-result': 'none-agreed' } };
 * state.answers['mediation-result'] //=> 'none-agreed'
 */
export interface FlowState {
  /** The id of the flow. */
  flowId: string;
  /** Answers keyed by question id: a string, an array of strings, a boolean or a `YYYY-MM-DD` date. */
  answers: Record<string, string | string[] | boolean>;
  /** Today's date, `YYYY-MM-DD`, for facts such as "the appeal deadline has passed". */
  today?: string;
}

/**
 * Starts a flow: a state with no answers. Pass `today` so that routes can depend on whether a deadline has passed
 * (without it, such routes take the default way, and outcome steps still show the dates).
 *
 * @param flow - A flow id (such as `'after-mediation'`) or a flow object.
 * @throws {@link GuidanceError} `UNKNOWN_ID` for an unknown flow; `INVALID_FLOW` for a custom flow that is broken (a
 * cycle, a dead end, a malformed node); `INVALID_ARGUMENT` for options that are not an object; `INVALID_DATE` for a
 * bad `today`.
 *
 * @example
 * startFlow('after-mediation', { today: '2026-11-28' }) //=> { flowId: 'after-mediation', answers: {}, today: '2026-11-28' }
 */
export function startFlow(flow: string | Flow, options: { today?: string } = {}): FlowState {
  let id: string;
  if (typeof flow === 'string') id = _lookUp(flows, flowIds, flow, 'flow', 'flow').id;
  else if (typeof flow === 'object' && flow !== null) id = _compile(flow).flow.id; // a custom flow is checked here
  else throw new GuidanceError('INVALID_ARGUMENT', 'startFlow expects a flow id such as "after-mediation" or a flow object.', { argument: 'flow' });
  _assertOptions(options, 'options');
  if (options.today !== undefined) _assertPlainDate(options.today, 'options.today');
  return options.today === undefined ? { flowId: id, answers: {} } : { flowId: id, answers: {}, today: options.today };
}
