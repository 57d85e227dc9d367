// `sideEffects: false` must be true in fact: no top-level statement of any module that a bundler can reach from the
// root or items entry may do anything when the module is merely imported. Checked on the modules build (dist/*.js
// and dist/lib/, what bundlers get) by bundling each module alone with esbuild, with the package's sideEffects flag
// out of the way, and requiring an empty result. Then each named export is bundled alone: it must carry no zod and
// no content it does not use. Run after `npm run build`.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSUMER_BUNDLE } from '../../scripts/size.js';

const root = join(import.meta.dirname, '..', '..');

/**
 * Modules whose top level still does something, each with the reason. An entry here is a known fault: the test fails
 * when a module is added to this list's faults, and when a listed module is fixed (so the list never goes stale).
 */
const KNOWN: Record<string, string> = {};

let dir: string;

/** Bundles code; `from` is where it is resolved: the copy without the sideEffects flag, or the package as published. */
function bundle(code: string, from: 'copy' | 'package' = 'copy'): { text: string; inputs: string[] } {
  const base = from === 'copy' ? dir : join(root, 'dist');
  const result = buildSync({
    stdin: { contents: code, resolveDir: base, loader: 'js' },
    // Input paths in the metafile are relative to this folder, so that ownEffects can import them from the copy
    // wherever the checkout and the temporary folder are.
    absWorkingDir: base,
    ...CONSUMER_BUNDLE,
    external: ['zod'],
  });
  return { text: result.outputFiles[0]?.text ?? '', inputs: Object.keys(result.metafile.inputs) };
}

/**
 * What importing one dist file does by itself: the file bundled alone, everything it imports left outside (those are
 * checked on their own), with the import statements that remain removed.
 */
async function ownEffects(file: string): Promise<string> {
  const result = await build({
    ...CONSUMER_BUNDLE,
    stdin: { contents: `import ${JSON.stringify(`./${file}`)};`, resolveDir: dir, loader: 'js' },
    plugins: [{ name: 'only-this-file', setup: (build) => build.onResolve({ filter: /.*/ }, (args) => (args.importer === '<stdin>' ? undefined : { path: args.path, external: true })) }],
  });
  // What is left of the imports (esbuild keeps an external import, since it cannot see inside it) is not this file's doing.
  return (result.outputFiles[0]?.text ?? '').replace(/import\s*(?:[\w$*{}\s,]+from\s*)?"[^"]*";?/g, '').trim();
}

/** The source modules a dist file holds, from the path comments esbuild writes ("// src/_lib/calendar.ts"). */
function sourcesOf(file: string): string[] {
  return [...readFileSync(join(dir, file), 'utf8').matchAll(/^\/\/ (src\/[^\s]+\.ts)$/gm)].map((m) => m[1] as string);
}

beforeAll(() => {
  // A copy of the modules build, with a package.json that says nothing about side effects.
  dir = mkdtempSync(join(tmpdir(), 'smg-side-effects-'));
  for (const name of readdirSync(join(root, 'dist'))) {
    if ((name.endsWith('.js') && !name.endsWith('.node.js') && name !== 'cli.js') || name === 'lib') cpSync(join(root, 'dist', name), join(dir, name), { recursive: true });
  }
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('no module does anything when imported', () => {
  it('every module reachable from the root and items entries bundles to nothing when imported for its effects', async () => {
    const reachable = bundle(`export * from './index.js';\nexport * from './items.js';`).inputs.filter((input) => !input.startsWith('<'));
    expect(reachable.length).toBeGreaterThan(20);
    const faults: Record<string, string> = {};
    for (const file of reachable) {
      const out = await ownEffects(file);
      if (out !== '') for (const source of sourcesOf(file)) faults[source] = out.slice(0, 160);
    }
    const found = Object.keys(faults).sort();
    expect(found, `modules with top-level side effects:\n${found.map((s) => `${s}: ${faults[s]}`).join('\n')}`).toEqual(Object.keys(KNOWN).sort());
  });
});

// As a consumer's bundler sees the package: with its sideEffects flag.
describe('each export alone carries only what it needs', () => {
  const gz = (text: string): number => gzipSync(text, { level: 9 }).length;

  it('isGuidanceError alone is a few hundred bytes', () => {
    const { text } = bundle(`export { isGuidanceError } from './index.js';`, 'package');
    expect(gz(text)).toBeLessThan(400);
    expect(text).not.toContain('GUIDANCE_ERROR_CODES');
  });

  it('one page from the items entry carries that page and no other', () => {
    const { text } = bundle(`export { pageAfterMediation } from './items.js';`, 'package');
    // Each page has one contentId; the page embeds its FAQs, but no other page.
    expect(text.match(/"contentId":"[^"]+"/g)).toEqual(['"contentId":"4b5306e5-c279-403a-be8d-d0c915766a80"']);
    expect(text).toContain('"title":"After your mediation"');
  });

  it('renderHtml alone carries no item of content, only the index of link targets (title and address)', () => {
    const { text } = bundle(`export { renderHtml } from './index.js';`, 'package');
    expect(text).not.toMatch(/"id":"(after-mediation|ipsea|send-regs-2014\/reg-42)"/);
    expect(text).not.toContain('"contentId"');
    expect(text).not.toContain('After your mediation');
    // The link resolver's index, so that a link never depends on what was read before: a title and an address per target.
    expect(text).toContain('https://www.ipsea.org.uk');
  });

  it('no export outside the schemas entry pulls in zod', async () => {
    const names = Object.keys(await import(join(root, 'dist', 'index.js')));
    expect(names.length).toBeGreaterThan(40);
    const withZod = names.filter((name) => bundle(`export { ${name} } from './index.js';`, 'package').inputs.some((input) => input.includes('zod')));
    expect(withZod).toEqual([]);
  });
});

// Node's build reads each item from dist/content/ on first use, so that importing reads no content.
describe("Node's build carries no content", () => {
  it('has no item of content in its code files, only in dist/content/', () => {
    const files = readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.node.js') || name.endsWith('.cjs'));
    expect(files.length).toBeGreaterThan(3);
    for (const name of files) {
      const text = readFileSync(join(root, 'dist', name), 'utf8');
      // A page's contentId, a legal reference's summary (that of CFA 2014 s. 51), a local authority's GSS code (Hartlepool's, which no message
      // uses): none may be in the code. (Titles and addresses of link targets are, in the link resolver's index.)
      expect(text, name).not.toContain('4b5306e5-c279-403a-be8d-d0c915766a80');
      expect(text, name).not.toContain('A parent, or a young person, can appeal to the First-tier Tribunal');
      expect(text, name).not.toContain('E06000001');
    }
    expect(readFileSync(join(root, 'dist', 'content', 'pages', 'after-mediation.json'), 'utf8')).toContain('4b5306e5-c279-403a-be8d-d0c915766a80');
  });
});
