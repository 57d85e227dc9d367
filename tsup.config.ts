import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig } from 'tsup';

// Two shapes of the same code (docs/performance.md, "Modules and import time"):
// - For bundlers (the `import` condition): modules, not one flat file. Every source module is its own output file
//   (esbuild with code splitting, one entry per module), so a bundler drops each file a program does not reach
//   (`sideEffects: false`), and a top-level statement of one module cannot keep another module's code alive.
// - For Node (`import` + `node`: dist/*.node.js; `require`: dist/*.cjs): one file per public entry plus shared
//   chunks, because Node loads each module file separately and a hundred small files cost more to import than one.
// Both carry the content as JSON text that is parsed on first use, so neither parses content at import.
const PUBLIC = { index: 'src/index.ts', schemas: 'src/schemas/index.ts', items: 'src/items.ts' };

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_cli' ? [] : modules(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && path !== join('src', 'cli.ts') ? [path] : [];
  });
}

const moduleEntries: Record<string, string> = { ...PUBLIC };
for (const path of modules('src')) {
  if (!Object.values(PUBLIC).includes(path)) moduleEntries[`lib/${relative('src', path).replace(/\.ts$/, '')}`] = path;
}

// The builds below run side by side, so none of them may clean dist/; it is emptied once here.
rmSync('dist', { recursive: true, force: true });

const common = { target: 'node20', sourcemap: false, clean: false, splitting: true, treeshake: false } as const;

export default defineConfig([
  { ...common, entry: moduleEntries, format: ['esm'], dts: false },
  {
    ...common,
    entry: PUBLIC,
    format: ['esm', 'cjs'],
    dts: true,
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.node.js' }),
  },
  { ...common, entry: { cli: 'src/cli.ts' }, format: ['esm'], dts: false, splitting: false, banner: { js: '#!/usr/bin/env node' } },
]);
