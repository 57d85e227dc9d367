// The README's usage example works as written, and its comments show what it really prints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  it('opens with the run command and the test command', () => {
    const first = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(first).toMatch(/^npm install && npm start\b/m);
    expect(first).toMatch(/^npm test\b/m);
  });

  it('has a usage example that runs and prints what its comments say', () => {
    const example = /## Usage\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const lines = (example as string).split('\n');
    expect(lines.filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(12);
    const imports = /^import \{([^}]+)\} from 'send-mediation-guidance';$/m.exec(example as string);
    const names = (imports?.[1] ?? '').split(',').map((n) => n.trim());
    const body = (example as string).replace(/^import .*$/m, '');
    const code = transformSync(body, { loader: 'ts' }).code;
    const logged: string[] = [];
    const fakeConsole = {
      log: (...args: unknown[]) => logged.push(args.join(' ')),
      error: (...args: unknown[]) => logged.push(args.join(' ')),
    };
    new Function('console', ...names, code)(fakeConsole, ...names.map((n) => (root as Record<string, unknown>)[n]));
    expect(logged[0]).toBe(`After your mediation ${root.getGuidancePage('after-mediation').lastReviewed}`);
    expect(logged[0]).toBe('After your mediation 2026-11-29');
    expect(logged[1]).toMatch(/^Does the council have to do what it agreed at mediation/);
    expect(logged[2]).toContain('Did you mean "after-mediation"?');
  });
});

describe('README appeal example', () => {
  it('states the date appealDeadline really returns', () => {
    const block = /### The last day to appeal\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const input = /appealDeadline\((\{[^)]*\})\)/.exec(block)?.[1] ?? '';
    const args = new Function(`return ${input}`)() as Parameters<typeof root.appealDeadline>[0];
    const stated = /deadline\.lastDay;\s+\/\/ '(\d{4}-\d{2}-\d{2})'/.exec(block)?.[1];
    expect(stated).toBe(root.appealDeadline(args).lastDay);
  });
});
