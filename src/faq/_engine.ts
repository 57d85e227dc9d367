// The flow engine's internals: evaluating conditions, deriving facts, and walking the graph from the start.
import type { Condition, Flow, OutcomeNode, QuestionNode } from '../schemas/flow.js';
import { _anyPassed, _runCalculator } from './_calculators.js';

/** Answers keyed by question id. */
export type _Answers = Readonly<Record<string, unknown>>;

/** Evaluates a condition; a fact with no value makes every test false except `not`. */
export function _evaluate(condition: Condition, facts: _Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => _evaluate(c, facts));
  if ('any' in condition) return condition.any.some((c) => _evaluate(c, facts));
  if ('not' in condition) return !_evaluate(condition.not, facts);
  const value = facts[condition.fact];
  switch (condition.operator) {
    case 'exists':
      return value !== undefined;
    case 'equals':
      return value !== undefined && value === condition.value;
    case 'notEquals':
      return value !== undefined && value !== condition.value;
    case 'in':
      return Array.isArray(condition.value) && (condition.value as unknown[]).includes(value);
    case 'includes':
      return Array.isArray(value) && value.includes(condition.value);
  }
}

/** The answers plus the derived facts that can be worked out from them (those needing `today` only when given). */
export function _facts(flow: Flow, answers: _Answers, today: string | undefined): Record<string, unknown> {
  const facts: Record<string, unknown> = { ...answers };
  for (const derived of flow.derived) {
    if (today === undefined) continue;
    const dues = _runCalculator(derived.calculator, facts);
    if (dues !== undefined) facts[derived.fact] = _anyPassed(dues, today);
  }
  return facts;
}

/** Where a question leads, given the facts (its own answer among them). */
export function _next(node: QuestionNode, facts: _Answers): string | undefined {
  const answer = facts[node.id];
  if (node.kind === 'single' || node.kind === 'yes-no') {
    const value = node.kind === 'yes-no' ? (answer === true ? 'yes' : 'no') : answer;
    const option = node.options?.find((o) => o.value === value);
    if (option?.next !== undefined) return option.next;
  }
  for (const route of node.routes ?? []) if (_evaluate(route.when, facts)) return route.next;
  return node.next;
}

/** The walk from the start: the answered questions on the path, and where it stops (a question or an outcome). */
export interface _Walk {
  path: QuestionNode[];
  current: QuestionNode | OutcomeNode;
}

export function _walk(flow: Flow, answers: _Answers, today: string | undefined): _Walk {
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const facts = _facts(flow, answers, today);
  const path: QuestionNode[] = [];
  let node = byId.get(flow.start);
  for (let guard = 0; node !== undefined && guard <= flow.nodes.length; guard++) {
    if (node.type === 'outcome' || answers[node.id] === undefined) return { path, current: node };
    path.push(node);
    const nextId = _next(node, facts);
    node = nextId === undefined ? undefined : byId.get(nextId);
  }
  throw new Error(`Flow "${flow.id}" is broken (no next node or a cycle); validateFlow reports why.`);
}
