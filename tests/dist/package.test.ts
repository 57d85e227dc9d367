// The built package in dist/, imported the way users import it: by its name (through package.json "exports"),
// as ESM and as CommonJS, and its command-line tool run as a child process. Run after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const rootDir = join(import.meta.dirname, '..', '..');
const require = createRequire(join(rootDir, 'package.json'));
const pkg = JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')) as { name: string; bin: Record<string, string> };

beforeAll(() => {
  if (!existsSync(join(rootDir, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
});

type Api = typeof import('../../src/index.js');

describe('dist as ESM and CommonJS', () => {
  it('exposes the same API both ways', async () => {
    const esm = (await import(pkg.name)) as Api;
    const cjs = require(pkg.name) as Api;
    expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort());
    expect(Object.keys(esm)).toEqual(expect.arrayContaining(['getGuidancePage', 'listGuidancePages', 'getFaq', 'listFaqs', 'renderText', 'GuidanceError']));
  });

  it('getGuidancePage("after-mediation") works both ways, with every seed point', async () => {
    const esm = (await import(pkg.name)) as Api;
    const cjs = require(pkg.name) as Api;
    for (const api of [esm, cjs]) {
      const page = api.getGuidancePage('after-mediation');
      const json = JSON.stringify(page);
      for (const id of ['service-no-longer-involved', 'why-service-steps-back', 'appeal-to-the-tribunal', 'read-the-decision-letter', 'iass-explains-appeals', 'chase-the-council', 'iass-helps-chase', 'written-agreement-deadlines', 'which-deadline-applies', 'not-a-tribunal-order', 'organisations']) {
        expect(json).toContain(`"id":"${id}"`);
      }
      expect(() => api.getGuidancePage('nope' as never)).toThrow(api.GuidanceError);
      expect(() => ((page as { title: string }).title = 'x')).toThrow(TypeError);
    }
  });

  it('exposes the schemas subpath both ways, and only it needs zod', async () => {
    const esm = (await import(`${pkg.name}/schemas`)) as typeof import('../../src/schemas/index.js');
    const cjs = require(`${pkg.name}/schemas`) as typeof import('../../src/schemas/index.js');
    const api = (await import(pkg.name)) as Api;
    for (const schemas of [esm, cjs]) {
      expect(schemas.GuidancePage.safeParse(api.getGuidancePage('after-mediation')).success).toBe(true);
    }
    expect(readFileSync(join(rootDir, 'dist', 'index.js'), 'utf8')).not.toMatch(/from ["']zod["']/);
    expect(readFileSync(join(rootDir, 'dist', 'index.cjs'), 'utf8')).not.toMatch(/require\(["']zod["']\)/);
  });
});

describe('the command-line tool', () => {
  const cli = join(rootDir, pkg.bin['send-mediation-guidance'] as string);

  it('prints the guidance page as text', () => {
    const out = execFileSync(process.execPath, [cli, '--width', '60'], { encoding: 'utf8' });
    expect(out.startsWith('After your mediation\n')).toBe(true);
    expect(out).toContain('What if I\'m not happy with the outcome of mediation?');
    const pagePart = out.slice(0, out.indexOf('Usage:'));
    expect(Math.max(...pagePart.split('\n').filter((l) => !/^\[\d+\] https:/.test(l)).map((l) => l.length))).toBeLessThanOrEqual(60);
  });

  it('prints one FAQ, and lists them', () => {
    expect(execFileSync(process.execPath, [cli, 'faq', 'mediation-agreement-time-limits'], { encoding: 'utf8' })).toMatch(/^Does the council have to do/);
    expect(execFileSync(process.execPath, [cli, 'faq'], { encoding: 'utf8' })).toContain('council-not-done-what-it-agreed');
  });

  it('exits 2 with a message on stderr for an unknown id', () => {
    const run = spawnSync(process.execPath, [cli, 'page', 'after-mediaton'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Did you mean "after-mediation"?');
  });

  it('exits 1 for a usage error, 0 for --help', () => {
    const bad = spawnSync(process.execPath, [cli, '--width', 'wide'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Type a whole number from 20 to 400');
    const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: send-mediation-guidance');
  });
});
