import { flows } from '../_generated/flows.js';
import { flowIds } from '../_generated/ids.js';
import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import { _lookUp } from '../_lib/unknownId.js';
import { GuidanceError } from '../errors.js';
import type { Flow } from '../schemas/flow.js';
import { _compile, _walk, type _Compiled, type _Walk } from './_engine.js';
import type { FlowState } from './startFlow.js';

const STATE_KEYS = new Set(['flowId', 'answers', 'today']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Checks a state's shape and finds its flow (the one given, or the published one with its id). The state is never
 * trusted: only `flowId`, `answers` and `today` may be present, `today` must be a real date, and `answers` a plain
 * object. The answers themselves are checked by {@link _walkState}.
 */
export function _resolveFlow(state: unknown, flow: Flow | undefined): { state: FlowState; flow: Flow; compiled: _Compiled } {
  if (!isPlainObject(state) || typeof state['flowId'] !== 'string' || !isPlainObject(state['answers'])) {
    throw new GuidanceError('INVALID_ARGUMENT', 'state must be a flow state from startFlow: { flowId, answers, today? }.', { argument: 'state' });
  }
  for (const key of Object.keys(state)) {
    if (!STATE_KEYS.has(key)) {
      throw new GuidanceError('INVALID_ARGUMENT', `state has an unexpected key ${JSON.stringify(key.slice(0, 40))}; a flow state has only flowId, answers and today.`, { argument: 'state' });
    }
  }
  if (state['today'] !== undefined) _assertPlainDate(state['today'], 'state.today');
  const checked = state as unknown as FlowState;
  let resolved: Flow;
  if (flow !== undefined) {
    if (typeof flow !== 'object' || flow === null) throw new GuidanceError('INVALID_ARGUMENT', 'flow must be a flow object, or left out.', { argument: 'flow' });
    if (flow.id !== checked.flowId) {
      throw new GuidanceError('INVALID_ARGUMENT', `The state belongs to flow "${checked.flowId.slice(0, 60)}", not "${String(flow.id)}".`, { argument: 'flow' });
    }
    resolved = flow;
  } else {
    resolved = _lookUp(flows, flowIds, checked.flowId, 'flow', 'state.flowId');
  }
  return { state: checked, flow: resolved, compiled: _compile(resolved) };
}

/**
 * Walks a state's answers from the start, checking each one (type, options, date, order, `today`), and refuses an
 * answer for a question that is not on the path the other answers lead to.
 */
export function _walkState(compiled: _Compiled, state: FlowState, today: string | undefined): _Walk {
  const answers = state.answers as Record<string, unknown>;
  const own = (id: string): unknown => (Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined);
  const walk = _walk(compiled, today, (q) => own(q.id), (q) => `state.answers["${q.id}"]`);
  // Every question on the path was answered from `answers`, so the path is a subset of its keys: the same number
  // means the same set, and only a state with extra answers needs the search below.
  let count = 0;
  for (const key in answers) if (Object.prototype.hasOwnProperty.call(answers, key)) count++;
  if (count === walk.path.length) return walk;
  const keys = Object.keys(answers);
  const onPath = new Set(walk.path.map((q) => q.id));
  for (const key of keys) {
    if (onPath.has(key)) continue;
    const known = compiled.questions.has(key);
    throw new GuidanceError(
      'INVALID_ANSWER',
      known
        ? `state.answers["${key}"] answers a question that the other answers do not lead to. Use answer() to change answers, which drops those that no longer apply.`
        : `state.answers has ${JSON.stringify(key.slice(0, 40))}, which is not a question of flow "${compiled.flow.id}".`,
      { argument: `state.answers["${key.slice(0, 40)}"]`, expected: walk.path.map((q) => q.id) },
    );
  }
  return walk;
}
