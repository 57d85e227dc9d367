// What every function that takes a flow object checks first: that it is a flow at all (INVALID_ARGUMENT), and, for a
// flow that is not published in this package, that its nodes are well formed (INVALID_FLOW). The graph itself is
// checked by _validateFlowGraph.
import { _excerpt } from '../_lib/limits.js';
import { GuidanceError } from '../errors.js';
import type { Flow } from '../schemas/flow.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KINDS = new Set(['single', 'multiple', 'yes-no', 'date']);

/** Throws INVALID_ARGUMENT unless `flow` has a flow's shape: `{ id, title, start, derived, nodes, sources }`. */
export function _assertFlowShape(flow: unknown, argument = 'flow'): asserts flow is Flow {
  const f = flow as Partial<Flow> | null;
  if (typeof f !== 'object' || f === null || Array.isArray(f) || typeof f.id !== 'string' || typeof f.start !== 'string' || !Array.isArray(f.nodes) || !Array.isArray(f.derived)) {
    throw new GuidanceError('INVALID_ARGUMENT', `${argument} must be a flow such as getFlow('after-mediation'): { id, title, start, derived, nodes, sources }; got ${_excerpt(flow)}.`, {
      argument,
    });
  }
}

/** Throws INVALID_FLOW when a node of a custom flow is malformed: an id that is not a slug, an unknown kind, an outcome with no steps. */
export function _assertFlowNodes(flow: Flow): void {
  const bad = (message: string): never => {
    throw new GuidanceError('INVALID_FLOW', `Flow ${_excerpt(flow.id)} is broken: ${message}`, { argument: 'flow' });
  };
  if (!SLUG.test(flow.id)) bad(`its id must be lower-case words joined by hyphens, such as "after-mediation".`);
  for (const node of flow.nodes as unknown[]) {
    const n = node as { id?: unknown; type?: unknown; kind?: unknown; steps?: unknown; text?: unknown; title?: unknown };
    if (typeof n !== 'object' || n === null || typeof n.id !== 'string' || !SLUG.test(n.id)) {
      bad(`node ${_excerpt(n?.id)} must have an id of lower-case words joined by hyphens, such as "mediation-result".`);
    }
    if (n.type === 'question') {
      if (!KINDS.has(n.kind as string) || typeof n.text !== 'string') bad(`question "${n.id as string}" needs a kind (single, multiple, yes-no or date) and a text.`);
    } else if (n.type === 'outcome') {
      if (!Array.isArray(n.steps) || n.steps.length === 0 || typeof n.title !== 'string') bad(`outcome "${n.id as string}" needs a title and at least one step.`);
    } else {
      bad(`node "${n.id as string}" must be a question or an outcome.`);
    }
  }
}
