// The TypeScript examples in README.md and docs/getting-started.md type-check as a user's code would, with the
// package's own types (strict mode; `send-mediation-guidance` resolved to src/index.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { codeBlocks } from './_markdown-examples.js';

const root = join(import.meta.dirname, '..');
const pages = ['README.md', 'docs/getting-started.md'];
const files = new Map<string, string>();
for (const page of pages) {
  for (const block of codeBlocks(readFileSync(join(root, page), 'utf8')).filter((b) => b.lang === 'ts')) {
    // Each block is its own module; `//=>` lines are comments, so they need no change.
    files.set(join(root, '.doc-examples', `${page.replace(/\W/g, '_')}_${block.line}.ts`), `${block.code}\nexport {};\n`);
  }
}

describe('documentation examples type-check', () => {
  it('every TypeScript block in the README and the getting-started page', () => {
    expect(files.size).toBeGreaterThan(10);
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      paths: { 'send-mediation-guidance': [join(root, 'src', 'index.ts')], 'send-mediation-guidance/schemas': [join(root, 'src', 'schemas', 'index.ts')] },
    };
    const host = ts.createCompilerHost(options);
    const read = host.readFile.bind(host);
    host.readFile = (name) => files.get(name) ?? read(name);
    host.fileExists = ((exists) => (name: string) => files.has(name) || exists(name))(host.fileExists.bind(host));
    const program = ts.createProgram([...files.keys()], options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && files.has(d.file.fileName))
      .map((d) => `${d.file!.fileName.slice(root.length + 1)}:${d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(problems).toEqual([]);
  }, 60_000);
});
