import type { Flow } from '../schemas/flow.js';
import { _assertFlowShape } from './_checkFlow.js';
import { _edges } from './_diagram.js';

function _quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Draws a flow in Graphviz DOT, generated from the data: questions as boxes, outcomes as rounded, filled boxes.
 *
 * @example
 * flowToDot(getFlow('after-mediation')).startsWith('digraph "after-mediation" {') //=> true
 */
export function flowToDot(flow: Flow): string {
  _assertFlowShape(flow);
  const lines = [`digraph ${_quote(flow.id)} {`, '  rankdir=TB;', '  node [fontname="Helvetica"];'];
  for (const node of flow.nodes) {
    lines.push(
      node.type === 'question'
        ? `  ${_quote(node.id)} [shape=box, label=${_quote(node.text)}];`
        : `  ${_quote(node.id)} [shape=box, style="rounded,filled", fillcolor="#e8f1f8", label=${_quote(node.title)}];`,
    );
  }
  for (const edge of _edges(flow)) lines.push(`  ${_quote(edge.from)} -> ${_quote(edge.to)}${edge.label === '' ? '' : ` [label=${_quote(edge.label)}]`};`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
