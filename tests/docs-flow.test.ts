// The diagram in docs/decision-flow.md is the one generated from the data, and the site's stage-by-stage diagrams
// (scripts/flow-diagrams.ts) draw every question once and every path of the flow.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowToMermaid } from '../src/faq/flowToMermaid.js';
import { getFlow } from '../src/faq/getFlow.js';
import { _edges } from '../src/faq/_diagram.js';
import { describe as describeCondition, flowStages, wrap } from '../scripts/flow-diagrams.js';

const flow = getFlow('after-mediation');

describe('docs/decision-flow.md', () => {
  it('shows the current flow diagram (run npx tsx scripts/write-flow-docs.ts to refresh it)', () => {
    const page = readFileSync(join(import.meta.dirname, '..', 'docs', 'decision-flow.md'), 'utf8');
    expect(page).toContain(`\`\`\`mermaid\n${flowToMermaid(flow)}\`\`\``);
  });
});

describe('the flow in stages, for the documentation site', () => {
  const stages = flowStages(flow);

  it('puts every question in exactly one stage', () => {
    const questions = flow.nodes.filter((node) => node.type === 'question').map((node) => node.id);
    expect(stages.flatMap((stage) => stage.questions).sort()).toEqual([...questions].sort());
  });

  it('draws every edge of the flow once, from the stage of its question', () => {
    const all = _edges(flow, describeCondition).map((e) => `${e.from}>${e.to}>${e.label}`);
    const drawn = stages.flatMap((stage) => stage.edges.map((e) => `${e.from}>${e.to}>${e.label}`));
    expect(drawn.sort()).toEqual(all.sort());
    for (const stage of stages) for (const edge of stage.edges) expect(stage.questions).toContain(edge.from);
  });

  it('sends an edge into another stage to a "continue in diagram N" box, and that stage has the question', () => {
    const crossing = stages.flatMap((stage) => stage.edges.filter((e) => e.toStage !== undefined).map((e) => ({ ...e, from: stage.number })));
    expect(crossing.length).toBeGreaterThan(0);
    for (const edge of crossing) {
      expect(stages[(edge.toStage as number) - 1]?.questions).toContain(edge.to);
      expect(stages[edge.from - 1]?.dot).toContain(`"stage-${edge.toStage}"`);
    }
  });

  it('starts the appeal stage at the decision letter and the agreement stage at the written agreement', () => {
    expect(stages.map((s) => s.questions[0])).toEqual(['meeting-type', 'decision-letter-date', 'agreement-written']);
    expect(stages[2]?.questions).toContain('council-done-it');
  });

  it('wraps labels at the width asked, keeping words whole', () => {
    expect(wrap('What date is on your mediation certificate?', 22)).toEqual(['What date is on your', 'mediation certificate?']);
    expect(wrap('refusal-to-assess/plan-contents', 20)).toEqual(['refusal-to-assess/', 'plan-contents']);
  });

  it('reads conditions in words', () => {
    expect(describeCondition({ all: [{ fact: 'mediation-result', operator: 'equals', value: 'all-agreed' }, { not: { fact: 'x', operator: 'includesAny', value: ['a', 'b'] } }] })).toBe(
      'mediation-result is all-agreed and not (x includes any of a, b)',
    );
  });
});
