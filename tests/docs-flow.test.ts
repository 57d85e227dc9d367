// The diagram in docs/decision-flow.md is the one generated from the data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowToMermaid } from '../src/faq/flowToMermaid.js';
import { getFlow } from '../src/faq/getFlow.js';

describe('docs/decision-flow.md', () => {
  it('shows the current flow diagram (run npx tsx scripts/write-flow-docs.ts to refresh it)', () => {
    const page = readFileSync(join(import.meta.dirname, '..', 'docs', 'decision-flow.md'), 'utf8');
    expect(page).toContain(`\`\`\`mermaid\n${flowToMermaid(getFlow('after-mediation'))}\`\`\``);
  });
});
