// Size budgets: bundles what a consumer uses from the built package with esbuild (--bundle --minify --format=esm
// --platform=browser, tree-shaken) and gzips it (level 9). Fails when a bundle exceeds its budget in
// size-budgets.json, or when zod reaches a bundle that does not import ./schemas.
// Usage: npm run size (after npm run build)
//   --write         records the current sizes + 10% as the new budgets
//   --dist <dir>    measures another build (the synthetic 10x content build uses this)
//   --json          prints the figures as JSON instead of the table
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import ts from 'typescript';

const root = join(import.meta.dirname, '..');

/** What each bundle uses, as the code a consumer would write (`DIST` is the built package's dist/ folder). */
export const ENTRIES: Record<string, { code: string; zodAllowed: boolean }> = {
  'root (everything)': { code: `export * from 'DIST/index.js';`, zodAllowed: false },
  'schemas entry': { code: `export * from 'DIST/schemas.js';`, zodAllowed: true },
  'isGuidanceError alone': { code: `export { isGuidanceError } from 'DIST/index.js';`, zodAllowed: false },
  'appealDeadline alone': { code: `export { appealDeadline } from 'DIST/index.js';`, zodAllowed: false },
  'renderHtml alone': { code: `export { renderHtml } from 'DIST/index.js';`, zodAllowed: false },
  'nextSteps alone': { code: `export { nextSteps } from 'DIST/index.js';`, zodAllowed: false },
  'getGuidancePage alone': { code: `export { getGuidancePage } from 'DIST/index.js';`, zodAllowed: false },
  'one page rendered (getGuidancePage + renderHtml govuk)': {
    code: `import { getGuidancePage, renderHtml } from 'DIST/index.js';\nexport const html = renderHtml(getGuidancePage('after-mediation'), { style: 'govuk' });`,
    zodAllowed: false,
  },
  'one page rendered (items entry + renderHtml govuk)': {
    code: `import { renderHtml } from 'DIST/index.js';\nimport { pageAfterMediation } from 'DIST/items.js';\nexport const html = renderHtml(pageAfterMediation(), { style: 'govuk' });`,
    zodAllowed: false,
  },
};

const gz = (text: string | Uint8Array): number => gzipSync(text, { level: 9 }).length;

/**
 * How the project models a consumer's bundler wherever it measures a bundle (here, `scripts/appeal-deadline-bytes.ts`
 * and the side-effects test): esbuild, tree-shaken and minified, an ES module for the browser, kept in memory with
 * its metafile.
 */
export const CONSUMER_BUNDLE = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  treeShaking: true,
  logLevel: 'silent',
} as const satisfies BuildOptions;

export interface Bundle {
  text: string;
  minified: number;
  gzipped: number;
  hasZod: boolean;
}

/** Bundles one entry's code against a dist/ folder. */
export async function bundle(code: string, dist: string): Promise<Bundle> {
  const result = await build({
    ...CONSUMER_BUNDLE,
    stdin: { contents: code.replaceAll('DIST/', `${dist}/`), resolveDir: root, loader: 'js' },
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    text: new TextDecoder().decode(bytes),
    minified: bytes.length,
    gzipped: gz(bytes),
    hasZod: Object.keys(result.metafile.inputs).some((input) => input.includes('node_modules/zod/')),
  };
}

/**
 * Every string in a bundle: each string and template literal, and where a literal is JSON text (the content), each
 * string value inside it. Joined with newlines, in the order they appear.
 */
export function stringsOf(code: string): string[] {
  const out: string[] = [];
  const fromJson = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(fromJson);
    else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) fromJson(v);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const text = node.text;
      if (/^[[{]/.test(text)) {
        try {
          fromJson(JSON.parse(text));
          return;
        } catch {
          // Not JSON: an ordinary string.
        }
      }
      if (text !== '') out.push(text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS));
  return out;
}

/**
 * The content floor: the gzip (level 9) of every distinct string the package ships, joined with newlines, in the
 * order first seen. "Ships" is the root and items entries bundled together (everything but the schemas entry and
 * the CLI); the strings are its string and template literals, and the string values inside literals that hold JSON.
 * No bundle that carries all of those strings can be smaller.
 */
export async function contentFloor(dist: string): Promise<{ gzipped: number; strings: number; raw: number }> {
  // A build from before the items entry existed has only the root entry, which then holds all the content.
  const all = await bundle(`export * from 'DIST/index.js';${existsSync(join(dist, 'items.js')) ? `\nexport * from 'DIST/items.js';` : ''}`, dist);
  // Each distinct string once, in the order first seen: a title repeated in a cross-reference is not content twice.
  const strings = [...new Set(stringsOf(all.text))];
  const joined = strings.join('\n');
  return { gzipped: gz(joined), strings: strings.length, raw: Buffer.byteLength(joined) };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const distArg = process.argv.indexOf('--dist');
  const dist = resolve(distArg === -1 ? join(root, 'dist') : (process.argv[distArg + 1] as string));
  const json = process.argv.includes('--json');
  const budgetsPath = join(root, 'size-budgets.json');
  const budgets = JSON.parse(readFileSync(budgetsPath, 'utf8')) as Record<string, number>;
  const floor = await contentFloor(dist);
  const results: Record<string, Bundle> = {};
  for (const [name, entry] of Object.entries(ENTRIES)) {
    // An entry that a build does not have (the items entry in a build from before it existed) is left out.
    if (entry.code.includes('DIST/items.js') && !existsSync(join(dist, 'items.js'))) continue;
    results[name] = await bundle(entry.code, dist);
  }
  if (json) {
    console.log(JSON.stringify({ floor, bundles: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, { minified: v.minified, gzipped: v.gzipped, zod: v.hasZod }])) }, null, 2));
    process.exit(0);
  }
  let failed = false;
  const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`content floor (gzip -9 of every distinct string the root and items entries ship, ${floor.strings} strings): ${kib(floor.gzipped)}\n`);
  console.log('| bundle | minified | gzipped | vs floor | budget (gzip) | zod |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, result] of Object.entries(results)) {
    const entry = ENTRIES[name] as { zodAllowed: boolean };
    const budget = budgets[name];
    const over = budget !== undefined && result.gzipped > budget;
    const zodProblem = result.hasZod && !entry.zodAllowed;
    if (over || zodProblem || budget === undefined) failed = true;
    const shown = result.gzipped < 2048 ? `${result.gzipped} B` : kib(result.gzipped);
    console.log(
      `| ${name} | ${kib(result.minified)} | ${shown} | ${(result.gzipped / floor.gzipped).toFixed(2)}x | ${budget === undefined ? 'none (MISSING)' : budget < 2048 ? `${budget} B` : kib(budget)}${over ? ' EXCEEDED' : ''} | ${result.hasZod ? 'yes' : 'no'}${zodProblem ? ' (NOT ALLOWED)' : ''} |`,
    );
  }
  if (process.argv.includes('--write')) {
    const round = (v: number): number => (v < 2048 ? Math.ceil((v * 1.1) / 16) * 16 : Math.ceil((v * 1.1) / 256) * 256);
    writeFileSync(budgetsPath, `${JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, round(v.gzipped)])), null, 2)}\n`);
    console.log('\nwrote size-budgets.json (current sizes + 10%)');
  } else if (failed) {
    console.error('\nsize: a bundle is over its budget, has no budget, or contains zod where it must not. Make it smaller, or change the budget in size-budgets.json with a reason in the commit.');
    process.exit(1);
  }
}
