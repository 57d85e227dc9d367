import type { Condition, Flow } from '../schemas/flow.js';

/** A short reading of a condition for a diagram edge. */
export function _describe(condition: Condition): string {
  if ('all' in condition) return condition.all.map(_describe).join(' and ');
  if ('any' in condition) return condition.any.map(_describe).join(' or ');
  if ('not' in condition) return `not (${_describe(condition.not)})`;
  const value = condition.value === undefined ? '' : ` ${Array.isArray(condition.value) ? condition.value.join('/') : String(condition.value)}`;
  return `${condition.fact} ${condition.operator}${value}`;
}

/** Every edge of a flow: from, to, label (a route's label is "if " and its condition, read by `describe`). */
export function _edges(flow: Flow, describe: (condition: Condition) => string = _describe): { from: string; to: string; label: string }[] {
  const edges: { from: string; to: string; label: string }[] = [];
  for (const node of flow.nodes) {
    if (node.type !== 'question') continue;
    for (const option of node.options ?? []) if (option.next !== undefined) edges.push({ from: node.id, to: option.next, label: option.label });
    for (const route of node.routes ?? []) edges.push({ from: node.id, to: route.next, label: `if ${describe(route.when)}` });
    if (node.next !== undefined) {
      const routed = (node.routes ?? []).length > 0 || (node.options ?? []).some((o) => o.next !== undefined);
      edges.push({ from: node.id, to: node.next, label: routed ? 'otherwise' : '' });
    }
  }
  return edges;
}

