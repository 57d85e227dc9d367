import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

// Two shapes of the same code (docs/performance.md, "Modules and import time"):
// - For bundlers (the `import` condition): modules, not one flat file. Every source module is its own output file
//   (esbuild with code splitting, one entry per module), so a bundler drops each file a program does not reach
//   (`sideEffects: false`), and a top-level statement of one module cannot keep another module's code alive.
//   Each item of content is JSON text in its own declaration, parsed on first use and dropped when unused.
// - For Node (`import` + `node`: dist/*.node.js; `require`: dist/*.cjs): one file per public entry plus shared
//   chunks, because Node loads each module file separately and a hundred small files cost more to import than one.
//   Each item of content is its own JSON file in dist/content/, read on first use, so importing reads no content
//   and costs the same however much content the package ships. (Bundlers set the `module` condition, which Node
//   never does, and get the modules above, so a bundled program never needs dist/content/.)
const PUBLIC = { index: 'src/index.ts', schemas: 'src/schemas/index.ts', items: 'src/items.ts' };

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_cli' ? [] : modules(path);
    return entry.name.endsWith('.ts') && !/\.(test|node)\.ts$/.test(entry.name) && path !== join('src', 'cli.ts') ? [path] : [];
  });
}

const moduleEntries: Record<string, string> = { ...PUBLIC };
for (const path of modules('src')) {
  if (!Object.values(PUBLIC).includes(path)) moduleEntries[`lib/${relative('src', path).replace(/\.ts$/, '')}`] = path;
}

// The builds below run side by side, so none of them may clean dist/; it is emptied once here.
rmSync('dist', { recursive: true, force: true });

/** Node's build: generated content modules replaced by their `.node.ts` twins, which read dist/content/ at run time. */
const nodeContent: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'node-content',
  setup(build) {
    build.onResolve({ filter: /\/(pages|faqs|glossary|organisations|instruments|legislation|flows|localAuthorities|items)\.js$/ }, (args) => {
      const path = resolve(args.resolveDir, args.path);
      return path.startsWith(resolve('src', '_generated')) ? { path: path.replace(/\.js$/, '.node.ts') } : undefined;
    });
  },
};

const common = { target: 'node20', sourcemap: false, clean: false, splitting: true, treeshake: false } as const;

export default defineConfig([
  { ...common, entry: moduleEntries, format: ['esm'], dts: false },
  {
    ...common,
    entry: PUBLIC,
    format: ['esm', 'cjs'],
    dts: true,
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.node.js' }),
    esbuildPlugins: [nodeContent],
    // The ESM build reads the JSON files with require, as the CommonJS build does.
    banner: ({ format }) => (format === 'esm' ? { js: `import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);` } : {}),
    onSuccess: async () => {
      cpSync('src/_generated/content', 'dist/content', { recursive: true });
    },
  },
  { ...common, entry: { cli: 'src/cli.ts' }, format: ['esm'], dts: false, splitting: false, banner: { js: '#!/usr/bin/env node' } },
]);
