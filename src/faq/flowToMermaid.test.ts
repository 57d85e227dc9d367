import { describe, expect, it } from 'vitest';
import { flowToDot } from './flowToDot.js';
import { flowToMermaid } from './flowToMermaid.js';
import { getFlow } from './getFlow.js';

describe('flow diagrams', () => {
  const flow = getFlow('after-mediation');

  it('draws every node and every edge in Mermaid', () => {
    const chart = flowToMermaid(flow);
    for (const node of flow.nodes) expect(chart).toContain(`n_${node.id.replace(/-/g, '_')}`);
    expect(chart).toContain('n_council_done_it -->|"Yes"| n_agreement_carried_out');
    expect(chart).toContain('n_mediation_subject -->|"if mediation-result equals all-agreed and meeting-type equals mediation"| n_agreement_written');
    expect(chart).toContain('n_satisfied -->|"if satisfied equals false and mediation-subject includesAny refusal-to-assess/refusal-to-issue-plan/plan-contents/school-named/ceasing-plan"| n_decision_letter_date');
    expect(chart).toContain('n_mediation_subject -->|"otherwise"| n_satisfied');
    expect(chart).toContain(`n_appeal(["You can appeal to the SEND Tribunal"])`);
  });

  it('escapes quotes and angle brackets for Mermaid', () => {
    const odd = { ...flow, nodes: flow.nodes.map((n) => (n.id === 'mediation-result' && n.type === 'question' ? { ...n, text: 'Say "hi" <b>' } : n)) };
    expect(flowToMermaid(odd)).toContain('n_mediation_result["Say #quot;hi#quot; #lt;b#gt;"]');
  });

  it('draws the same graph in DOT', () => {
    const dot = flowToDot(flow);
    expect(dot.trim().endsWith('}')).toBe(true);
    expect(dot.match(/->/g)?.length).toBe(flowToMermaid(flow).match(/-->/g)?.length);
  });
});
