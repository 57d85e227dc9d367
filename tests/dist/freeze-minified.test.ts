// Frozen means frozen in a consumer's bundle too (issue 14): a minifying bundler must not drop the freeze. The test
// bundles a small consumer of the built package with esbuild --minify (tree-shaking on), runs it, and walks every
// object reachable from the published data and every exported constant.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

const consumer = `
import * as lib from ${JSON.stringify(join(root, 'dist', 'index.js'))};
export const values = {
  page: lib.getGuidancePage('after-mediation'),
  pages: lib.listGuidancePages(),
  faqs: lib.listFaqs(),
  legislation: lib.listLegislation(),
  organisations: lib.listOrganisations(),
  localAuthorities: lib.listLocalAuthorities(),
  flow: lib.getFlow('after-mediation'),
  instrument: lib.getInstrument('send-regs-2014'),
  codes: lib.GUIDANCE_ERROR_CODES,
  calendar: lib.englandAndWalesCalendar,
  range: lib.supportedDateRange,
};
export const constants = Object.fromEntries(Object.entries(lib).filter(([, v]) => typeof v !== 'function'));
`;

function census(value: unknown): { total: number; frozen: number; firstUnfrozen: string | undefined } {
  const seen = new Set<object>();
  let total = 0;
  let frozen = 0;
  let firstUnfrozen: string | undefined;
  const stack: [unknown, string][] = [[value, '$']];
  while (stack.length > 0) {
    const [next, path] = stack.pop() as [unknown, string];
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    total++;
    if (Object.isFrozen(next)) frozen++;
    else firstUnfrozen ??= path;
    for (const key of Object.keys(next)) stack.push([(next as Record<string, unknown>)[key], `${path}.${key}`]);
  }
  return { total, frozen, firstUnfrozen };
}

describe('published data in an esbuild --minify bundle', () => {
  it('is frozen all the way down, and so is every exported constant', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smg-freeze-'));
    writeFileSync(join(dir, 'consumer.mjs'), consumer);
    await build({ entryPoints: [join(dir, 'consumer.mjs')], bundle: true, minify: true, treeShaking: true, format: 'esm', platform: 'neutral', outfile: join(dir, 'out.mjs'), logLevel: 'silent' });
    const bundle = (await import(pathToFileURL(join(dir, 'out.mjs')).href)) as { values: Record<string, unknown>; constants: Record<string, unknown> };
    for (const [name, value] of Object.entries({ ...bundle.values, ...bundle.constants })) {
      const { total, frozen, firstUnfrozen } = census(value);
      expect(frozen, `${name}: ${firstUnfrozen ?? ''} is not frozen`).toBe(total);
      expect(total, name).toBeGreaterThan(0);
    }
    expect(census(bundle.values['page']).total).toBeGreaterThan(100);
    expect(Object.keys(bundle.constants).sort()).toEqual(['GUIDANCE_ERROR_CODES', 'englandAndWalesCalendar', 'supportedDateRange']);
  }, 60_000);
});
