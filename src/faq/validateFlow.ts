import { faqIds, legislationIds, organisationIds } from '../_generated/ids.js';
import { _assertFlowShape } from './_checkFlow.js';
import type { Flow } from '../schemas/flow.js';
import { _validateFlowGraph } from './_validateFlowGraph.js';

/**
 * The kind of problem {@link validateFlow} found.
 *
 * @example
 * const code: FlowIssueCode = 'CYCLE';
 * code //=> 'CYCLE'
 */
export type FlowIssueCode =
  | 'DUPLICATE_ID'
  | 'UNKNOWN_START'
  | 'UNKNOWN_NEXT'
  | 'UNREACHABLE_NODE'
  | 'DEAD_END'
  | 'CYCLE'
  | 'OUTCOME_HAS_OPTIONS'
  | 'MISSING_OPTIONS'
  | 'UNKNOWN_REFERENCE'
  | 'FACT_NOT_ASKED';

/**
 * A problem in a flow's graph.
 *
 * @example
 * const issue: FlowIssue = { code: 'UNREACHABLE_NODE', node: 'x', message: 'Node "x" cannot be reached from the start.' };
 * issue.code //=> 'UNREACHABLE_NODE'
 */
export interface FlowIssue {
  /** What kind of problem. */
  code: FlowIssueCode;
  /** The node where it is, when there is one. */
  node?: string;
  /** What is wrong, in words. */
  message: string;
}

/**
 * Checks a flow's graph and returns every problem found (an empty array when there are none): `DUPLICATE_ID`,
 * `UNKNOWN_START`, `UNKNOWN_NEXT` (a route to a node that does not exist), `UNREACHABLE_NODE`, `DEAD_END` (a path
 * that stops without an outcome), `CYCLE`, `OUTCOME_HAS_OPTIONS`, `MISSING_OPTIONS`, `UNKNOWN_REFERENCE` (an FAQ,
 * organisation, legal reference or calculator input that does not exist) and `FACT_NOT_ASKED` (a condition or
 * calculator that uses a fact not asked on every path before it). The build runs it on every flow in `data/flows/`.
 *
 * @throws {@link GuidanceError} `INVALID_ARGUMENT` when `flow` does not have a flow's basic shape.
 *
 * @example
 * validateFlow(getFlow('after-mediation')) //=> []
 * validateFlow({ id: 'x', title: 'X', start: 'q', derived: [], sources: [], nodes: [
 *   { id: 'q', type: 'question', kind: 'yes-no', text: 'Q?', options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] },
 * ] }).map((issue) => issue.code) //=> ['DEAD_END']
 */
export function validateFlow(flow: Flow): FlowIssue[] {
  _assertFlowShape(flow);
  return _validateFlowGraph(flow, { faq: new Set(faqIds), organisation: new Set(organisationIds), legislation: new Set(legislationIds) });
}
