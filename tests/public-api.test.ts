// The barrels only re-export, and every public file is re-exported: the folder list is the source of truth.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';

const srcDir = join(import.meta.dirname, '..', 'src');
const PUBLIC_FOLDERS = readdirSync(srcDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && entry.name !== 'schemas')
  .map((entry) => entry.name);

function publicFiles(folder: string): string[] {
  return readdirSync(join(srcDir, folder)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('_'));
}

describe('src/index.ts', () => {
  const index = readFileSync(join(srcDir, 'index.ts'), 'utf8');

  it('only re-exports', () => {
    const statements = index.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//'));
    for (const line of statements) expect(line).toMatch(/^export (type )?\* from '\.\/[\w/]+\.js';$/);
  });

  it.each(PUBLIC_FOLDERS)('re-exports every public file in src/%s/', (folder) => {
    for (const file of publicFiles(folder)) {
      expect(index).toContain(`export * from './${folder}/${file.replace(/\.ts$/, '.js')}';`);
    }
  });

  it('has one public function (or published constant) per file, named after the file', () => {
    for (const folder of PUBLIC_FOLDERS) {
      for (const file of publicFiles(folder)) {
        const name = file.replace(/\.ts$/, '');
        expect(['function', 'object'], `${folder}/${file} exports ${name}`).toContain(typeof (root as Record<string, unknown>)[name]);
        expect((root as Record<string, unknown>)[name], `${folder}/${file} exports ${name}`).not.toBeNull();
      }
    }
  });

  it('does not load zod: the root entry reads data, only ./schemas validates', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/^(import|export) (?!type\b)(?:[^'";]*? from )?'(\.[^']+)';/gm)) {
        visit(join(file, '..', (match[2] as string).replace(/\.js$/, '.ts')));
      }
    };
    visit(join(srcDir, 'index.ts'));
    const importsZod = [...seen].filter((file) => /^import (?!type\b)[^;]*from 'zod'/m.test(readFileSync(file, 'utf8')));
    expect(importsZod).toEqual([]);
  });
});

describe('src/schemas/index.ts', () => {
  it('re-exports every schema file', () => {
    const index = readFileSync(join(srcDir, 'schemas', 'index.ts'), 'utf8');
    for (const file of readdirSync(join(srcDir, 'schemas')).filter((n) => n.endsWith('.ts') && n !== 'index.ts' && !n.endsWith('.test.ts'))) {
      expect(index).toContain(`export * from './${file.replace(/\.ts$/, '.js')}';`);
    }
  });
});
