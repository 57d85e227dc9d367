// Node's build (tsup.config.ts, scripts/build-node-entries.ts): `require` loads dist/index.cjs, which loads a small
// core and defines every other function as a wrapper that loads its part on the first call; `import` loads an ES
// module face over the same CommonJS files. These tests run plain Node child processes, so that Node (not vitest's
// resolver) picks the files through package.json "exports", as it does for users. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const rootDir = join(import.meta.dirname, '..', '..');
const dist = join(rootDir, 'dist');
const pkg = JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')) as { name: string };
const require = createRequire(join(rootDir, 'package.json'));

beforeAll(() => {
  if (!existsSync(join(dist, 'index.cjs'))) throw new Error('dist/ is missing: run `npm run build` first.');
});

/** Runs `code` in a new Node process (CommonJS, or an ES module when `esm`) in the project folder; returns what it printed as JSON. */
function node(code: string, esm = false): unknown {
  const out = execFileSync(process.execPath, [...(esm ? ['--input-type=module'] : []), '-e', code], { cwd: rootDir, encoding: 'utf8' });
  return JSON.parse(out);
}

/**
 * The files of dist/ that a CommonJS process has loaded as code (Node's module cache, shared chunks left out) and
 * read as content (dist/content/, through fs: "read content/..."), after running `code`.
 */
function loadedAfter(code: string): string[] {
  const prefix = JSON.stringify(`${dist}/`);
  return node(
    `const fs = require('node:fs'); const read = []; const readFileSync = fs.readFileSync;
     fs.readFileSync = function (path, ...rest) { if (String(path).startsWith(${JSON.stringify(`${dist}/content/`)})) read.push(String(path)); return readFileSync.call(this, path, ...rest); };
     ${code};
     const loaded = Object.keys(require.cache).filter((f) => f.startsWith(${prefix}));
     console.log(JSON.stringify([...loaded.map((f) => f.slice(${dist.length + 1})), ...read.map((f) => 'read ' + f.slice(${dist.length + 1}))].filter((f) => !f.startsWith('chunk-')).sort()))`,
  ) as string[];
}

describe("Node's build", () => {
  it('exports, by require and by import, exactly what the bundlers\' build exports, with the same names and lengths', () => {
    const shape = (how: string): unknown =>
      node(`${how}; console.log(JSON.stringify(Object.entries(m).map(([k, v]) => [k, typeof v, typeof v === 'function' ? [v.name, v.length] : null]).sort()))`, how.startsWith('const m = await'));
    const required = shape(`const m = require(${JSON.stringify(pkg.name)})`);
    const imported = shape(`const m = await import(${JSON.stringify(pkg.name)})`);
    const bundlers = shape(`const m = await import(${JSON.stringify(join(dist, 'index.js'))})`);
    expect(required).toEqual(bundlers);
    expect(imported).toEqual(bundlers);
    expect((bundlers as unknown[]).length).toBeGreaterThan(50);
  });

  it('loads one small file at require, and one part on the first call of one of its functions', () => {
    const name = JSON.stringify(pkg.name);
    expect(loadedAfter(`require(${name})`)).toEqual(['index.cjs']);
    expect(loadedAfter(`require(${name}).appealDeadline({ decisionLetterDate: '2026-02-10' })`)).toEqual(['index.cjs', 'part-deadlines.cjs']);
    // Reading one FAQ reads that FAQ's file of content, and no other; no file of content is loaded as a module.
    expect(loadedAfter(`require(${name}).renderText(require(${name}).getFaq('mediation-agreement-time-limits'))`)).toEqual([
      'index.cjs',
      'part-content.cjs',
      'part-render.cjs',
      'read content/faqs/mediation-agreement-time-limits.json',
    ]);
    // The error class and the exported objects load the core (errors, the calendar, the supported dates) when first read.
    expect(loadedAfter(`const m = require(${name}); if (m.englandAndWalesCalendar.holidays.length < 100 || m.supportedDateRange.from !== '2014-01-01') throw new Error('missing')`)).toEqual([
      'index.cjs',
      'part-core.cjs',
    ]);
    // An ES module import reads every export at once, so it loads the core too, and no other part.
    const imported = node(
      `import { createRequire } from 'node:module';
       await import(${name});
       const cache = createRequire(import.meta.url).cache;
       console.log(JSON.stringify(Object.keys(cache).filter((f) => f.startsWith(${JSON.stringify(`${dist}/`)})).map((f) => f.slice(${dist.length + 1})).filter((f) => !f.startsWith('chunk-')).sort()));`,
      true,
    );
    expect(imported).toEqual(['index.cjs', 'part-core.cjs']);
  });

  it('gives import and require one copy of everything: the same functions, error class and content objects', () => {
    const same = node(
      `import { createRequire } from 'node:module';
       const required = createRequire(${JSON.stringify(join(rootDir, 'package.json'))})(${JSON.stringify(pkg.name)});
       const imported = await import(${JSON.stringify(pkg.name)});
       const items = await import(${JSON.stringify(`${pkg.name}/items`)});
       let thrown;
       try { imported.appealDeadline({ decisionLetterDate: 'not a date' }); } catch (error) { thrown = error; }
       console.log(JSON.stringify({
         functions: Object.keys(required).every((k) => imported[k] === required[k]),
         errorClass: imported.GuidanceError === required.GuidanceError && thrown instanceof required.GuidanceError && required.isGuidanceError(thrown),
         code: thrown.code,
         page: items.pageAfterMediation() === required.getGuidancePage('after-mediation'),
       }));`,
      true,
    );
    expect(same).toEqual({ functions: true, errorClass: true, code: 'INVALID_DATE', page: true });
  });

  it('gives through each wrapper what the part itself gives, arguments and errors included', () => {
    const api = require(pkg.name) as typeof import('../../src/index.js');
    const deadlines = require(join(dist, 'part-deadlines.cjs')) as typeof import('../../src/index.js');
    const render = require(join(dist, 'part-render.cjs')) as typeof import('../../src/index.js');
    const input = { decisionLetterDate: '2025-10-01', mediationCertificateDate: '2025-11-29' };
    expect(api.appealDeadline(input)).toEqual(deadlines.appealDeadline(input));
    expect(api.appealDeadline(input).lastDay).toBe('2026-01-02');
    // A second argument, and an optional one left out, reach the part as they were given.
    expect(api.addWorkingDays('2026-12-24', 3)).toBe(deadlines.addWorkingDays('2026-12-24', 3));
    const faq = api.getFaq('mediation-agreement-time-limits');
    expect(api.renderHtml(faq, { style: 'govuk', headingLevel: 2 })).toBe(render.renderHtml(faq, { style: 'govuk', headingLevel: 2 }));
    expect(api.renderHtml(faq)).toBe(render.renderHtml(faq));
    expect(() => api.renderHtml(faq, { style: 'fancy' as never })).toThrow(/options.style must be "plain" or "govuk"/);
    expect(() => api.appealDeadline({ decisionLetterDate: '2014-08-31' })).toThrow(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }));
  });

  it('reads content itself, so other code that loads the same file cannot change what the package returns', () => {
    const result = node(
      `const file = require(${JSON.stringify(join(dist, 'content', 'pages', 'after-mediation.json'))});
       file[0].title = 'Changed by other code';
       const page = require(${JSON.stringify(pkg.name)}).getGuidancePage('after-mediation');
       console.log(JSON.stringify({ title: page.title, frozen: Object.isFrozen(page) && Object.isFrozen(page.body[0]) }));`,
    );
    expect(result).toEqual({ title: 'After your mediation', frozen: true });
  });

  it("lets an ES module program compose the schemas with its own zod (zod's ES module copy, while the package uses its CommonJS copy)", () => {
    const result = node(
      `import { z } from 'zod';
       import { GuidancePage, AppealDeadline } from ${JSON.stringify(`${pkg.name}/schemas`)};
       import { getGuidancePage, appealDeadline } from ${JSON.stringify(pkg.name)};
       const Mine = z.object({ page: GuidancePage, deadline: AppealDeadline.optional() });
       console.log(JSON.stringify({
         good: Mine.safeParse({ page: getGuidancePage('after-mediation'), deadline: appealDeadline({ decisionLetterDate: '2026-02-10' }) }).success,
         bad: Mine.safeParse({ page: { id: 'after-mediation' } }).success,
         isZod: GuidancePage instanceof z.ZodType,
         jsonSchemaId: z.toJSONSchema(Mine).properties.page.$ref ?? z.toJSONSchema(Mine).properties.page.id ?? null,
       }));`,
      true,
    ) as { good: boolean; bad: boolean; isZod: boolean; jsonSchemaId: unknown };
    expect(result).toMatchObject({ good: true, bad: false, isZod: true });
  });

  it('keeps the entry files small: a wrapper per function, no library code', () => {
    const index = readFileSync(join(dist, 'index.cjs'), 'utf8');
    const face = readFileSync(join(dist, 'index.node.js'), 'utf8');
    // About 120 bytes a function; the whole library is over 150 KB.
    expect(index.length).toBeLessThan(10_000);
    expect(face.length).toBeLessThan(2_000);
    expect(face).toContain("createRequire(import.meta.url)('./index.cjs')");
  });
});
