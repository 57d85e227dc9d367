import { flows } from '../_generated/flows.js';
import { flowIds, type FlowId } from '../_generated/ids.js';
import { _lookUp } from '../_lib/unknownId.js';
import type { Flow } from '../schemas/flow.js';

/**
 * Gets a published question flow by id: its questions, routes, outcomes and derived facts, as data. Deeply frozen.
 *
 * @throws {@link GuidanceError} `UNKNOWN_ID` when there is no such flow.
 *
 * @example
 * getFlow('after-mediation').nodes.filter((node) => node.type === 'outcome').length //=> 13
 */
export function getFlow(id: FlowId): Flow {
  return _lookUp(flows, flowIds, id, 'flow', 'id');
}
