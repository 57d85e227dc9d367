// Writes the flow diagram into docs/decision-flow.md between the markers, from the data.
// Usage: npx tsx scripts/write-flow-docs.ts   (tests/docs-flow.test.ts fails when the page is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getFlow } from '../src/faq/getFlow.js';
import { flowToMermaid } from '../src/faq/flowToMermaid.js';

const path = join(import.meta.dirname, '..', 'docs', 'decision-flow.md');
const page = readFileSync(path, 'utf8');
const start = '<!-- diagram:start -->';
const end = '<!-- diagram:end -->';
const diagram = `${start}\n\`\`\`mermaid\n${flowToMermaid(getFlow('after-mediation'))}\`\`\`\n${end}`;
writeFileSync(path, page.slice(0, page.indexOf(start)) + diagram + page.slice(page.indexOf(end) + end.length));
