// Size budgets: bundles entry points of the built package with esbuild (minified, tree-shaken, for the browser) and
// gzips them. Fails when a bundle exceeds its budget in size-budgets.json, or when zod reaches a bundle that does not
// import ./schemas. Usage: npm run size (after npm run build); --write records the current sizes as the new budgets.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const ENTRIES: Record<string, { code: string; zodAllowed: boolean }> = {
  'root (everything)': { code: `export * from './dist/index.js';`, zodAllowed: false },
  'schemas entry': { code: `export * from './dist/schemas.js';`, zodAllowed: true },
  'appealDeadline alone': { code: `export { appealDeadline } from './dist/index.js';`, zodAllowed: false },
  'renderHtml alone': { code: `export { renderHtml } from './dist/index.js';`, zodAllowed: false },
  'nextSteps alone': { code: `export { nextSteps } from './dist/index.js';`, zodAllowed: false },
  'getGuidancePage alone': { code: `export { getGuidancePage } from './dist/index.js';`, zodAllowed: false },
};

function dataText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? dataText(join(dir, entry.name)) : entry.name.endsWith('.yaml') ? readFileSync(join(dir, entry.name), 'utf8') : ''))
    .join('\n');
}

const gz = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;
const floor = gz(dataText(join(root, 'data')));
const budgetsPath = join(root, 'size-budgets.json');
const budgets = JSON.parse(readFileSync(budgetsPath, 'utf8')) as Record<string, number>;
const results: Record<string, number> = {};
let failed = false;

console.log(`content floor (all text in data/, gzipped): ${(floor / 1024).toFixed(1)} KiB\n`);
console.log('| bundle | minified | gzipped | vs floor | budget (gzip) | zod |');
console.log('|---|---|---|---|---|---|');
for (const [name, entry] of Object.entries(ENTRIES)) {
  const result = await build({
    stdin: { contents: entry.code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    treeShaking: true,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzipped = gz(bytes);
  const hasZod = Object.keys(result.metafile.inputs).some((input) => input.includes('node_modules/zod/'));
  results[name] = gzipped;
  const budget = budgets[name];
  const over = budget !== undefined && gzipped > budget;
  const zodProblem = hasZod && !entry.zodAllowed;
  if (over || zodProblem) failed = true;
  console.log(
    `| ${name} | ${(bytes.length / 1024).toFixed(1)} KiB | ${(gzipped / 1024).toFixed(1)} KiB | ${(gzipped / floor).toFixed(2)}x | ${budget === undefined ? 'none' : `${(budget / 1024).toFixed(1)} KiB`}${over ? ' EXCEEDED' : ''} | ${hasZod ? 'yes' : 'no'}${zodProblem ? ' (NOT ALLOWED)' : ''} |`,
  );
}
if (process.argv.includes('--write')) {
  writeFileSync(budgetsPath, `${JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, Math.ceil((v * 1.1) / 256) * 256])), null, 2)}\n`);
  console.log('\nwrote size-budgets.json (current sizes + 10%)');
} else if (failed) {
  console.error('\nsize: a bundle is over its budget, or contains zod where it must not. Make it smaller, or raise the budget in size-budgets.json with a reason in the commit.');
  process.exit(1);
}
