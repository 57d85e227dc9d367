// The decision flow for the documentation site, split into stages so that each diagram reads at 100% zoom (the
// whole flow in one picture is over 2,000 px wide). Each stage is a Graphviz DOT graph with wrapped labels; an edge
// into another stage ends at a "continue in diagram N" box. Also the same flow as text, stage by stage.
// Used by scripts/build-docs.ts; tests/docs-flow.test.ts checks that every node and edge is drawn.
import type { Condition, Flow, OutcomeNode, QuestionNode } from '../src/schemas/flow.js';

type FlowNode = QuestionNode | OutcomeNode;
type Edge = { from: string; to: string; label: string; toStage?: number };
import { _edges } from '../src/faq/_diagram.js';

/** Where each stage starts. A question belongs to the last stage that reaches it before another stage starts. */
export const STAGES: { title: string; entry: (flow: Flow) => string }[] = [
  { title: 'The meeting and how it ended', entry: (flow) => flow.start },
  { title: 'Appealing to the tribunal', entry: () => 'decision-letter-date' },
  { title: 'A mediation agreement', entry: () => 'agreement-written' },
];

export interface Stage {
  number: number;
  title: string;
  /** Questions drawn in this stage. */
  questions: string[];
  /** Outcomes drawn in this stage (an outcome reached from two stages is drawn in both). */
  outcomes: string[];
  edges: Edge[];
  dot: string;
}

/** Characters a line of a box's label, and of an edge's label, may have. */
const NODE_WIDTH = 22;
const LABEL_WIDTH = 20;

const quote = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Breaks text into lines of at most `width` characters, at spaces (and after "/" in long lists). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\//g, '/ ').split(/\s+/).filter(Boolean)) {
    const joiner = line === '' || line.endsWith('/') ? '' : ' ';
    if (line !== '' && line.length + joiner.length + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line += joiner + word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

const OPERATORS: Record<string, string> = { equals: 'is', notEquals: 'is not', in: 'is one of', includes: 'includes', includesAny: 'includes any of', exists: 'is answered' };

/** A condition in words, for an edge label and the text alternative. */
export function describe(condition: Condition): string {
  if ('all' in condition) return condition.all.map(describe).join(' and ');
  if ('any' in condition) return condition.any.map(describe).join(' or ');
  if ('not' in condition) return `not (${describe(condition.not)})`;
  const value = condition.value === undefined ? '' : ` ${Array.isArray(condition.value) ? condition.value.join(', ') : String(condition.value)}`;
  return `${condition.fact} ${OPERATORS[condition.operator] ?? condition.operator}${value}`;
}

/** Splits the flow into stages and draws each one. */
export function flowStages(flow: Flow): Stage[] {
  const byId = new Map(flow.nodes.map((node) => [node.id, node]));
  const edges = _edges(flow, describe);
  const entries = STAGES.map((stage) => stage.entry(flow));
  for (const entry of entries) if (byId.get(entry)?.type !== 'question') throw new Error(`flow-diagrams: stage entry "${entry}" is not a question of the flow`);
  const owner = new Map<string, number>();
  entries.forEach((entry, index) => {
    const queue = [entry];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const id = queue.shift() as string;
      if (seen.has(id) || (id !== entry && entries.includes(id))) continue;
      seen.add(id);
      if (byId.get(id)?.type === 'question') owner.set(id, index);
      for (const edge of edges) if (edge.from === id) queue.push(edge.to);
    }
  });
  return STAGES.map((stage, index) => {
    const questions = flow.nodes.filter((node) => node.type === 'question' && owner.get(node.id) === index).map((node) => node.id);
    const stageEdges = edges
      .filter((edge) => owner.get(edge.from) === index)
      .map((edge): Edge => {
        const target = byId.get(edge.to) as FlowNode;
        const toStage = target.type === 'question' && owner.get(edge.to) !== index ? (owner.get(edge.to) as number) + 1 : undefined;
        return toStage === undefined ? edge : { ...edge, toStage };
      });
    const outcomes = [...new Set(stageEdges.filter((edge) => byId.get(edge.to)?.type === 'outcome').map((edge) => edge.to))];
    const continues = [...new Set(stageEdges.flatMap((edge) => (edge.toStage === undefined ? [] : [edge.toStage])))];
    const label = (text: string, width: number) => quote(wrap(text, width).join('\n'));
    const lines = [
      `digraph ${quote(`${flow.id}-${index + 1}`)} {`,
      '  rankdir=TB; nodesep=0.2; ranksep=0.3;',
      '  node [fontname="Helvetica", fontsize=12, margin="0.1,0.05"];',
      '  edge [fontname="Helvetica", fontsize=12];',
    ];
    for (const id of questions) lines.push(`  ${quote(id)} [shape=box, label=${label((byId.get(id) as { text: string }).text, NODE_WIDTH)}];`);
    for (const id of outcomes) lines.push(`  ${quote(id)} [shape=box, style="rounded,filled", fillcolor="#e8f1f8", label=${label(`Outcome: ${(byId.get(id) as { title: string }).title}`, NODE_WIDTH)}];`);
    for (const n of continues) lines.push(`  ${quote(`stage-${n}`)} [shape=box, style=dashed, label=${label(`Continue in diagram ${n}: ${STAGES[n - 1]?.title ?? ''}`, NODE_WIDTH)}];`);
    // Edges from one question to the same box are drawn as one, their labels joined with "or".
    const drawn = new Map<string, { from: string; to: string; labels: string[] }>();
    for (const edge of stageEdges) {
      const to = edge.toStage === undefined ? edge.to : `stage-${edge.toStage}`;
      const key = `${edge.from}\u0000${to}`;
      const entry = drawn.get(key) ?? { from: edge.from, to, labels: [] };
      if (edge.label !== '') entry.labels.push(edge.label);
      drawn.set(key, entry);
    }
    for (const { from, to, labels } of drawn.values()) {
      const text = labels.map((l, i) => (i === 0 ? l : `or ${l}`)).join('\n');
      lines.push(`  ${quote(from)} -> ${quote(to)}${text === '' ? '' : ` [label=${quote(text.split('\n').flatMap((l) => wrap(l, LABEL_WIDTH)).join('\n'))}]`};`);
    }
    lines.push('}');
    return { number: index + 1, title: stage.title, questions, outcomes, edges: stageEdges, dot: `${lines.join('\n')}\n` };
  });
}

/** The stage as text: each question, where each answer leads. HTML, escaped with `esc`. */
export function stageAsHtml(flow: Flow, stage: Stage, esc: (text: string) => string): string {
  const byId = new Map(flow.nodes.map((node) => [node.id, node]));
  const name = (id: string, toStage?: number): string => {
    if (toStage !== undefined) return `diagram ${toStage} (${esc(STAGES[toStage - 1]?.title ?? '')})`;
    const node = byId.get(id) as FlowNode;
    return node.type === 'question' ? `the question “${esc(node.text)}”` : `outcome: <strong>${esc(node.title)}</strong>`;
  };
  const items = stage.questions.map((id) => {
    const node = byId.get(id) as FlowNode & { text: string };
    const ways = stage.edges
      .filter((edge) => edge.from === id)
      .map((edge) => `<li>${edge.label === '' ? 'then' : esc(edge.label === 'otherwise' ? 'Otherwise' : edge.label)}: go to ${name(edge.to, edge.toStage)}</li>`);
    return `<li><strong>${esc(node.text)}</strong><ul>${ways.join('')}</ul></li>`;
  });
  return `<ol>${items.join('')}</ol>`;
}
