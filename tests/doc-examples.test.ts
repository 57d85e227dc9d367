// Runs every `@example` in the doc comments under src/: a line `expression //=> expected` asserts that the
// expression deep-equals the expected value. Also checks that every export has a doc comment with an example.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as schemas from '../src/schemas/index.js';

const srcDir = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('_') ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.startsWith('_') && entry.name !== 'cli.ts' ? [path] : [];
  });
}

interface Example {
  file: string;
  line: number;
  code: string[];
}

function examples(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const found: Example[] = [];
  let current: Example | undefined;
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/^\s*\*\s?/, '');
    if (/^\s*\*\s*@example/.test(raw)) {
      current = { file: relative(srcDir, file), line: index + 1, code: [] };
      found.push(current);
    } else if (current && (/^\s*\*\//.test(raw) || /^\s*\*\s*@\w+/.test(raw))) {
      current = undefined;
    } else if (current) {
      current.code.push(line);
    }
  }
  return found;
}

function toProgram(example: Example): string {
  const out: string[] = [];
  let buffer: string[] = [];
  let assertions = 0;
  for (const line of example.code) {
    if (/^\s*import\s.*from\s+['"]send-mediation-guidance(\/schemas)?['"];?\s*$/.test(line)) continue;
    const marker = line.indexOf('//=>');
    if (marker >= 0) {
      const expression = [...buffer, line.slice(0, marker)].join('\n').trim().replace(/;$/, '');
      const expected = line.slice(marker + 4).trim();
      out.push(`__assert((${expression}), (${expected}), ${JSON.stringify(`${example.file}:${example.line}: ${expression.split('\n').pop()}`)});`);
      buffer = [];
      assertions++;
    } else if (/;\s*$/.test(line) || line.trim() === '') {
      out.push(...buffer, line);
      buffer = [];
    } else {
      buffer.push(line);
    }
  }
  out.push(...buffer);
  if (assertions === 0) throw new Error(`${example.file}:${example.line}: the example has no \`//=>\` line`);
  return out.join('\n');
}

const scope: Record<string, unknown> = { ...schemas, ...root };
const files = sourceFiles(srcDir);
const all = files.flatMap(examples);

describe('doc comment examples', () => {
  it('finds examples to run', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  for (const example of all) {
    it(`${example.file}:${example.line}`, async () => {
      const code = transformSync(toProgram(example), { loader: 'ts', format: 'esm' }).code;
      const names = Object.keys(scope);
      const run = new Function('__assert', ...names, `"use strict";\n${code}`) as (...args: unknown[]) => void;
      run((actual: unknown, expected: unknown, where: string) => {
        expect(actual, where).toEqual(expected);
      }, ...names.map((name) => scope[name]));
    });
  }
});

describe('every export is documented with an example', () => {
  for (const file of files) {
    if (file.endsWith('index.ts')) continue;
    it(relative(srcDir, file), () => {
      const text = readFileSync(file, 'utf8');
      const missing: string[] = [];
      for (const match of text.matchAll(/^export (?:declare )?(?:async )?(?:function|const|class|interface|type) (\w+)/gm)) {
        const before = text.slice(0, match.index);
        const comment = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(?:\/\*\s*@__\w+__\s*\*\/\s*)?$/.exec(before);
        if (!comment || !comment[1]?.includes('@example')) missing.push(match[1] as string);
      }
      expect(missing, `exports without a doc comment and @example in ${relative(srcDir, file)}`).toEqual([]);
    });
  }
});
