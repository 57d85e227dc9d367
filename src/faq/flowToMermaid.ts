import type { Flow } from '../schemas/flow.js';
import { _assertFlowShape } from './_checkFlow.js';
import { _edges } from './_diagram.js';

function _id(id: string): string {
  return `n_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

function _label(text: string): string {
  return `"${text.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'))}"`;
}

/**
 * Draws a flow as a Mermaid flowchart, generated from the data: questions as boxes, outcomes as rounded boxes,
 * options and conditions on the arrows. Paste it into any Mermaid renderer (GitHub, GitLab and many docs tools draw
 * it). Text is escaped for Mermaid.
 *
 * @example
 * const chart = flowToMermaid(getFlow('after-mediation'));
 * chart.split('\n')[0] //=> 'flowchart TD'
 * chart.includes('n_mediation_result -->|"I\'m not sure"| n_get_advice') //=> true
 */
export function flowToMermaid(flow: Flow): string {
  _assertFlowShape(flow);
  const lines = ['flowchart TD'];
  for (const node of flow.nodes) {
    lines.push(node.type === 'question' ? `  ${_id(node.id)}[${_label(node.text)}]` : `  ${_id(node.id)}([${_label(node.title)}])`);
  }
  for (const edge of _edges(flow)) {
    lines.push(edge.label === '' ? `  ${_id(edge.from)} --> ${_id(edge.to)}` : `  ${_id(edge.from)} -->|${_label(edge.label)}| ${_id(edge.to)}`);
  }
  return `${lines.join('\n')}\n`;
}
