// The README works as written: it opens with the install line and an example whose output is real, keeps the
// clone commands near the top, has a section for each reader, every code block runs and prints what the README
// says, and every command it shows exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlocks, runBlock } from './_markdown-examples.js';
import { checkCommand } from './_shell-commands.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const blocks = codeBlocks(readme);
const code = blocks.filter((block) => block.lang === 'ts' || block.lang === 'js');
const shell = blocks.filter((block) => block.lang === 'sh');

describe('README: the first lines', () => {
  it('start with the install line, then a short example whose output is shown', () => {
    expect(blocks[0]?.lang).toBe('sh');
    expect(blocks[0]?.code.trim()).toBe('npm install send-mediation-guidance');
    const example = blocks[1];
    expect(example?.lang).toBe('ts');
    const lines = (example?.code ?? '').split('\n').filter((line) => line.trim() !== '');
    expect(lines[0]).toMatch(/^import \{[^}]+\} from 'send-mediation-guidance';$/);
    expect(lines.length - 1, 'lines of code after the import').toBeLessThanOrEqual(5);
    expect(example?.output, 'a ```text block with what it prints').toBeDefined();
  });

  it('keep the clone commands (run, test) in a "Contributing / from a clone" block right after the example', () => {
    const heading = readme.indexOf('### Contributing / from a clone');
    expect(heading).toBeGreaterThan(0);
    expect(readme.slice(0, heading)).not.toMatch(/^## /m);
    const clone = blocks[2];
    expect(readme.indexOf(clone?.code ?? '@@', heading)).toBeGreaterThan(heading);
    expect(clone?.code).toMatch(/^npm install && npm start\b/m);
    expect(clone?.code).toMatch(/^npm test\b/m);
  });

  it('have a section for each reader, in order', () => {
    const sections = ['## For app developers', '## For council web teams', '## For content designers', '## On the command line'];
    const at = sections.map((heading) => readme.indexOf(`\n${heading}\n`));
    for (const [index, position] of at.entries()) expect(position, sections[index]).toBeGreaterThan(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const cli = readme.slice((at[3] as number) + 1).split('\n## ')[0] as string;
    expect(cli).toContain('npx send-mediation-guidance');
  });
});

describe('README code blocks run and print what the README says', () => {
  it('has code to run in every reader section', () => {
    expect(code.length).toBeGreaterThanOrEqual(6);
  });

  for (const block of code) {
    it(`line ${block.line}`, async () => {
      const { printed, assertions } = await runBlock(block, (actual, expected, where) => expect(actual, `README line ${block.line}: ${where}`).toEqual(expected));
      if (block.output !== undefined) expect(printed).toBe(block.output.trimEnd());
      expect(assertions + (block.output === undefined ? 0 : 1), 'a block shows its result (//=> or a text block)').toBeGreaterThan(0);
    });
  }
});

describe('README commands exist', () => {
  const commands = shell.flatMap((block) =>
    block.code
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter(Boolean)
      .flatMap((line) => line.split(/\s*&&\s*/)),
  );

  it('finds the commands', () => {
    expect(commands).toContain('npm install send-mediation-guidance');
    expect(commands).toContain('npm test');
  });

  it('names only npm scripts that exist, in the prose too', () => {
    const named = [...readme.matchAll(/`npm run ([\w:-]+)/g)].map((match) => `npm run ${match[1]}`);
    expect(named.length).toBeGreaterThan(2);
    expect(named.flatMap(checkCommand)).toEqual([]);
  });

  for (const command of commands) {
    it(command, () => {
      expect(checkCommand(command)).toEqual([]);
    });
  }
});
