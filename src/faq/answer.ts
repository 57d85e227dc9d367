import { _assertPlainDate } from '../_lib/assertPlainDate.js';
import { GuidanceError } from '../errors.js';
import type { Flow, QuestionNode } from '../schemas/flow.js';
import { _walk } from './_engine.js';
import { _resolveFlow } from './_resolveFlow.js';
import type { FlowState } from './startFlow.js';

function invalid(node: QuestionNode, message: string): GuidanceError {
  return new GuidanceError('INVALID_ANSWER', `"${node.id}" (${node.text}) ${message}`, {
    argument: 'value',
    expected: (node.options ?? []).map((o) => o.value),
  });
}

function checkValue(node: QuestionNode, value: unknown): string | string[] | boolean {
  const values = (node.options ?? []).map((o) => o.value);
  switch (node.kind) {
    case 'yes-no':
      if (typeof value !== 'boolean') throw invalid(node, `takes true (yes) or false (no); got ${JSON.stringify(value)}.`);
      return value;
    case 'date':
      _assertPlainDate(value, 'value');
      return value;
    case 'single':
      if (typeof value !== 'string' || !values.includes(value)) throw invalid(node, `takes one of: ${values.join(', ')}; got ${JSON.stringify(value)}.`);
      return value;
    case 'multiple': {
      if (!Array.isArray(value) || value.length === 0) throw invalid(node, `takes a non-empty array of: ${values.join(', ')}.`);
      value.forEach((v, i) => {
        if (typeof v !== 'string' || !values.includes(v)) throw invalid(node, `takes only: ${values.join(', ')}; item ${i} is ${JSON.stringify(v)}.`);
        if (value.indexOf(v) !== i) throw invalid(node, `lists "${v}" twice.`);
      });
      return [...(value as string[])];
    }
  }
}

/**
 * Answers a question and returns a new state (the old one is not changed). The question must be on the current
 * path: the next question, or one already answered. Changing an earlier answer keeps the later answers that still
 * apply and drops those the new answer no longer leads to.
 *
 * Values: a single choice takes an option value; multiple choice an array of option values; yes/no `true` or `false`;
 * a date question `YYYY-MM-DD`.
 *
 * @throws {@link GuidanceError} `UNKNOWN_ID` for a node the flow does not have; `NOT_ON_PATH` for a question the
 * answers so far do not lead to; `INVALID_ANSWER` for a value that is not an option (or an outcome node);
 * `INVALID_DATE` for a bad date; `DATE_ORDER` when dates contradict each other (a certificate before the decision).
 *
 * @example
 * let state = startFlow('after-mediation');
 * state = answer(state, 'mediation-result', 'none-agreed');
 * currentNode(state).id //=> 'mediation-subject'
 * state = answer(state, 'mediation-subject', ['plan-contents']);
 * state = answer(state, 'satisfied', false);
 * currentNode(state).id //=> 'decision-letter-date'
 */
export function answer(state: FlowState, nodeId: string, value: unknown, flow?: Flow): FlowState {
  const resolved = _resolveFlow(state, flow);
  const node = resolved.flow.nodes.find((n) => n.id === nodeId);
  if (!node) {
    throw new GuidanceError('UNKNOWN_ID', `Flow "${resolved.flow.id}" has no node "${String(nodeId)}".`, {
      argument: 'nodeId',
      expected: resolved.flow.nodes.map((n) => n.id),
    });
  }
  if (node.type === 'outcome') {
    throw new GuidanceError('INVALID_ANSWER', `"${nodeId}" is an outcome; it takes no answer.`, { argument: 'nodeId' });
  }
  const walk = _walk(resolved.flow, resolved.state.answers, resolved.state.today);
  const onPath = walk.path.some((n) => n.id === nodeId) || walk.current.id === nodeId;
  if (!onPath) {
    throw new GuidanceError(
      'NOT_ON_PATH',
      `"${nodeId}" is not on the path of the answers so far. Answer "${walk.current.id}" next${walk.path.length > 0 ? `, or change one of: ${walk.path.map((n) => n.id).join(', ')}` : ''}.`,
      { argument: 'nodeId', expected: [...walk.path.map((n) => n.id), walk.current.id] },
    );
  }
  const answers = { ...resolved.state.answers, [nodeId]: checkValue(node, value) };
  const after = _walk(resolved.flow, answers, resolved.state.today);
  const kept = Object.fromEntries(after.path.map((n) => [n.id, answers[n.id] as string | string[] | boolean]));
  return { ...resolved.state, answers: kept };
}
