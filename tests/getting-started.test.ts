// docs/getting-started.md works as written: a runnable example for each reader, each printing what the page says,
// and every command on it exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlocks, runBlock } from './_markdown-examples.js';
import { checkCommand } from './_shell-commands.js';

const page = readFileSync(join(import.meta.dirname, '..', 'docs', 'getting-started.md'), 'utf8');
const blocks = codeBlocks(page);
const sections = page.split(/^## /m).slice(1);

describe('docs/getting-started.md', () => {
  it('has runnable code for app developers, council web teams and content designers, and commands for the terminal', () => {
    const code = (title: string) => codeBlocks(sections.find((s) => s.startsWith(title)) ?? '').filter((b) => b.lang === 'ts');
    expect(code('For app developers').length).toBeGreaterThanOrEqual(2);
    expect(code('For council web teams').length).toBeGreaterThanOrEqual(1);
    expect(code('For content designers').length).toBeGreaterThanOrEqual(1);
    expect(sections.find((s) => s.startsWith('On the command line'))).toContain('npx send-mediation-guidance');
  });

  for (const block of blocks.filter((b) => b.lang === 'ts' || b.lang === 'js')) {
    it(`the example at line ${block.line} runs and prints what the page says`, async () => {
      const { printed, assertions } = await runBlock(block, (actual, expected, where) => expect(actual, `line ${block.line}: ${where}`).toEqual(expected));
      if (block.output !== undefined) expect(printed).toBe(block.output.trimEnd());
      expect(assertions + (block.output === undefined ? 0 : 1)).toBeGreaterThan(0);
    });
  }

  for (const block of blocks.filter((b) => b.lang === 'sh')) {
    it(`the commands at line ${block.line} exist`, () => {
      const commands = block.code.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);
      expect(commands.flatMap(checkCommand)).toEqual([]);
    });
  }
});
