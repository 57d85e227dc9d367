import { flows } from '../_generated/flows.js';
import { flowIds } from '../_generated/ids.js';
import { _lookUp } from '../_lib/unknownId.js';
import { GuidanceError } from '../errors.js';
import type { Flow } from '../schemas/flow.js';
import type { FlowState } from './startFlow.js';

/** Checks a state's shape and finds its flow (the one given, or the published one with its id). */
export function _resolveFlow(state: unknown, flow: Flow | undefined): { state: FlowState; flow: Flow } {
  const s = state as Partial<FlowState> | null;
  if (typeof s !== 'object' || s === null || typeof s.flowId !== 'string' || typeof s.answers !== 'object' || s.answers === null || Array.isArray(s.answers)) {
    throw new GuidanceError('INVALID_ARGUMENT', 'state must be a flow state from startFlow: { flowId, answers, today? }.', { argument: 'state' });
  }
  if (flow !== undefined) {
    if (flow.id !== s.flowId) {
      throw new GuidanceError('INVALID_ARGUMENT', `The state belongs to flow "${s.flowId}", not "${flow.id}".`, { argument: 'flow' });
    }
    return { state: s as FlowState, flow };
  }
  return { state: s as FlowState, flow: _lookUp(flows, flowIds, s.flowId, 'flow', 'state.flowId') };
}
