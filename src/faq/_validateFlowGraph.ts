// Checks a flow's graph: used by the build (with the ids of everything in data/) and by validateFlow.
import type { Condition, Flow, OutcomeNode, QuestionNode } from '../schemas/flow.js';
import { _CALCULATOR_INPUTS } from './_calculatorInputs.js';

import type { FlowIssueCode } from './validateFlow.js';

/** The kinds of problem validateFlow reports. */
export type _FlowIssueCode = FlowIssueCode;

export interface _FlowIssue {
  code: _FlowIssueCode;
  node?: string;
  message: string;
}

export interface _KnownIds {
  faq: ReadonlySet<string>;
  organisation: ReadonlySet<string>;
  legislation: ReadonlySet<string>;
}

/** Conditions whose value does not fit their operator (`in` and `includesAny` take an array). */
function badValues(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(badValues);
  if ('any' in condition) return condition.any.flatMap(badValues);
  if ('not' in condition) return badValues(condition.not);
  return (condition.operator === 'in' || condition.operator === 'includesAny') && !Array.isArray(condition.value) ? [condition.fact] : [];
}

function factsIn(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(factsIn);
  if ('any' in condition) return condition.any.flatMap(factsIn);
  if ('not' in condition) return factsIn(condition.not);
  return [condition.fact];
}

/** Every node a question can lead to. */
export function _targets(node: QuestionNode): string[] {
  const out = new Set<string>();
  for (const option of node.options ?? []) if (option.next !== undefined) out.add(option.next);
  for (const route of node.routes ?? []) out.add(route.next);
  if (node.next !== undefined) out.add(node.next);
  return [...out];
}

export function _validateFlowGraph(flow: Flow, known: _KnownIds): _FlowIssue[] {
  const issues: _FlowIssue[] = [];
  const byId = new Map<string, QuestionNode | OutcomeNode>();
  for (const node of flow.nodes) {
    if (byId.has(node.id)) issues.push({ code: 'DUPLICATE_ID', node: node.id, message: `Two nodes have the id "${node.id}".` });
    byId.set(node.id, node);
  }
  const derived = new Map(flow.derived.map((d) => [d.fact, d]));
  for (const fact of derived.keys()) {
    if (byId.has(fact)) issues.push({ code: 'DUPLICATE_ID', node: fact, message: `The derived fact "${fact}" has the same id as a node.` });
  }
  if (!byId.has(flow.start)) {
    issues.push({ code: 'UNKNOWN_START', message: `The start node "${flow.start}" does not exist.` });
    return issues;
  }

  for (const node of flow.nodes) {
    if (node.type === 'outcome') {
      if ('options' in node || 'routes' in node || 'next' in node) {
        issues.push({ code: 'OUTCOME_HAS_OPTIONS', node: node.id, message: `Outcome "${node.id}" has options, routes or a next node; outcomes end the flow.` });
      }
      for (const step of node.steps) {
        for (const id of step.faqs) if (!known.faq.has(id)) issues.push({ code: 'UNKNOWN_REFERENCE', node: node.id, message: `Step "${step.id}" names FAQ "${id}", which does not exist.` });
        for (const id of step.organisations) if (!known.organisation.has(id)) issues.push({ code: 'UNKNOWN_REFERENCE', node: node.id, message: `Step "${step.id}" names organisation "${id}", which does not exist.` });
        for (const id of step.legislation) if (!known.legislation.has(id)) issues.push({ code: 'UNKNOWN_REFERENCE', node: node.id, message: `Step "${step.id}" names legal reference "${id}", which does not exist.` });
      }
      continue;
    }
    const needsOptions = node.kind === 'single' || node.kind === 'multiple' || node.kind === 'yes-no';
    if (needsOptions && (node.options === undefined || node.options.length === 0)) {
      issues.push({ code: 'MISSING_OPTIONS', node: node.id, message: `Question "${node.id}" (${node.kind}) has no options.` });
    }
    if (node.kind === 'yes-no' && node.options !== undefined && node.options.map((o) => o.value).sort().join() !== 'no,yes') {
      issues.push({ code: 'MISSING_OPTIONS', node: node.id, message: `Question "${node.id}" (yes-no) must have exactly the options "yes" and "no".` });
    }
    for (const target of _targets(node)) {
      if (!byId.has(target)) issues.push({ code: 'UNKNOWN_NEXT', node: node.id, message: `Question "${node.id}" leads to "${target}", which does not exist.` });
    }
    const everyOptionLeads = (node.kind === 'single' || node.kind === 'yes-no') && (node.options ?? []).length > 0 && (node.options ?? []).every((o) => o.next !== undefined);
    if (node.next === undefined && !everyOptionLeads) {
      const unrouted = (node.options ?? []).filter((o) => o.next === undefined).map((o) => o.value);
      issues.push({
        code: 'DEAD_END',
        node: node.id,
        message: `Question "${node.id}" has no default next node${unrouted.length > 0 ? `, and options ${unrouted.join(', ')} lead nowhere` : ''}; a path could stop here without an outcome.`,
      });
    }
  }

  // Reachability and cycles (depth-first over every possible edge).
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    const node = byId.get(id);
    if (!node) return;
    if (state.get(id) === 'visiting') {
      issues.push({ code: 'CYCLE', node: id, message: `The flow goes round in a circle: ${[...trail.slice(trail.indexOf(id)), id].join(' -> ')}.` });
      return;
    }
    if (state.get(id) === 'done') return;
    state.set(id, 'visiting');
    if (node.type === 'question') for (const target of _targets(node)) visit(target, [...trail, id]);
    state.set(id, 'done');
  };
  visit(flow.start, []);
  for (const node of flow.nodes) {
    if (!state.has(node.id)) issues.push({ code: 'UNREACHABLE_NODE', node: node.id, message: `Node "${node.id}" cannot be reached from the start.` });
  }
  if (issues.some((i) => i.code === 'CYCLE' || i.code === 'UNKNOWN_NEXT')) return issues;

  // Facts asked on every path before each node (a forward data-flow over the acyclic graph).
  const asked = new Map<string, Set<string>>();
  const order: string[] = [];
  const seen = new Set<string>();
  const topo = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const node = byId.get(id);
    if (node?.type === 'question') for (const target of _targets(node)) topo(target);
    order.unshift(id);
  };
  topo(flow.start);
  asked.set(flow.start, new Set());
  // Facts asked on at least one path before each node: outcome steps may use these (a step or date shows only when
  // its facts are there), while routes must use facts asked on every path.
  const askedSome = new Map<string, Set<string>>([[flow.start, new Set()]]);
  const availableFacts = (known: Set<string>): Set<string> => {
    const out = new Set(known);
    for (const [fact, d] of derived) {
      const inputs = _CALCULATOR_INPUTS[d.calculator.id].required.map((name) => d.calculator.inputs[name]);
      if (inputs.every((f) => f !== undefined && out.has(f))) out.add(fact);
    }
    return out;
  };
  const checkCondition = (condition: Condition, facts: Set<string>, where: string, node: string): void => {
    for (const fact of badValues(condition)) {
      issues.push({ code: 'UNKNOWN_REFERENCE', node, message: `${where} tests "${fact}" with "in" or "includesAny", which need a list of values.` });
    }
    for (const fact of factsIn(condition)) {
      if (!facts.has(fact)) issues.push({ code: 'FACT_NOT_ASKED', node, message: `${where} uses "${fact}", which is not asked (or derived) ${where.startsWith('A route') ? 'on every path' : 'on any path'} before it.` });
    }
  };
  for (const id of order) {
    const node = byId.get(id);
    const before = asked.get(id) ?? new Set<string>();
    const beforeSome = askedSome.get(id) ?? new Set<string>();
    if (!node) continue;
    if (node.type === 'question') {
      const withOwn = availableFacts(new Set([...before, node.id]));
      for (const route of node.routes ?? []) checkCondition(route.when, withOwn, `A route of "${id}"`, id);
      for (const rule of [...(node.notBefore ?? []), ...(node.notAfter ?? [])]) {
        const other = byId.get(rule.fact);
        if (node.kind !== 'date') issues.push({ code: 'UNKNOWN_REFERENCE', node: id, message: `Question "${id}" has a date order rule but is not a date question.` });
        else if (other?.type !== 'question' || other.kind !== 'date' || !beforeSome.has(rule.fact)) {
          issues.push({ code: 'FACT_NOT_ASKED', node: id, message: `Question "${id}" compares its date with "${rule.fact}", which is not a date question asked before it.` });
        }
        if (rule.when) checkCondition(rule.when, availableFacts(beforeSome), `A date rule of "${id}"`, id);
      }
      const after = new Set([...before, node.id]);
      const afterSome = new Set([...beforeSome, node.id]);
      for (const target of _targets(node)) {
        const existing = asked.get(target);
        asked.set(target, existing === undefined ? new Set(after) : new Set([...existing].filter((f) => after.has(f))));
        askedSome.set(target, new Set([...(askedSome.get(target) ?? []), ...afterSome]));
      }
    } else {
      const facts = availableFacts(beforeSome);
      for (const step of node.steps) {
        if (step.when) checkCondition(step.when, facts, `Step "${step.id}"`, id);
        if (step.calculator) {
          const spec = _CALCULATOR_INPUTS[step.calculator.id];
          for (const name of spec.required) {
            const fact = step.calculator.inputs[name];
            if (fact === undefined || !facts.has(fact)) {
              issues.push({ code: 'FACT_NOT_ASKED', node: id, message: `Step "${step.id}" needs "${name}" for ${step.calculator.id}, from a fact not asked on any path before it.` });
            }
          }
          for (const [name, fact] of Object.entries(step.calculator.inputs)) {
            if (![...spec.required, ...spec.optional].includes(name)) issues.push({ code: 'UNKNOWN_REFERENCE', node: id, message: `Step "${step.id}": ${step.calculator.id} has no input "${name}".` });
            else if (!byId.has(fact)) issues.push({ code: 'UNKNOWN_REFERENCE', node: id, message: `Step "${step.id}": input "${name}" names "${fact}", which is not a question.` });
          }
        }
      }
    }
  }
  return issues;
}
