// The package as users get it: `npm pack`, installed from the tarball into an empty project, every entry point
// imported with require and import; the tarball holds no tests, fixtures or source maps.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
let files: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smg-pack-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
  files = packed[0]?.files.map((f) => f.path) ?? [];
  const consumer = join(dir, 'consumer');
  execFileSync('mkdir', ['-p', consumer]);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, packed[0]?.filename as string)], { cwd: consumer, encoding: 'utf8' });
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the build, the JSON Schemas and the notices, and no tests, fixtures, data sources or source maps', () => {
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'NOTICE.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/schemas.js', 'dist/schemas.cjs', 'dist/cli.js', 'dist/schemas/GuidancePage.json']));
    for (const file of files) {
      expect(file).not.toMatch(/\.map$|\.test\.|^tests\/|^src\/|^data\/|__snapshots__|fixtures/);
    }
  });

  it('imports every entry point with require and with import', () => {
    const consumer = join(dir, 'consumer');
    const script = `
      const root = require('send-mediation-guidance');
      const schemas = require('send-mediation-guidance/schemas');
      const json = require('send-mediation-guidance/schemas/GuidancePage.json');
      import('send-mediation-guidance').then(async (esm) => {
        const esmSchemas = await import('send-mediation-guidance/schemas');
        const page = root.getGuidancePage('after-mediation');
        console.log(JSON.stringify({
          cjs: typeof root.appealDeadline, esm: typeof esm.appealDeadline,
          same: Object.keys(root).sort().join() === Object.keys(esm).sort().join(),
          schemaCjs: schemas.GuidancePage.safeParse(page).success, schemaEsm: esmSchemas.GuidancePage.safeParse(page).success,
          jsonSchema: json.$schema, lastDay: esm.appealDeadline({ decisionLetterDate: '2025-10-01', mediationCertificateDate: '2025-11-29' }).lastDay,
        }));
      });`;
    const result = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: consumer, encoding: 'utf8' })) as Record<string, unknown>;
    expect(result).toEqual({ cjs: 'function', esm: 'function', same: true, schemaCjs: true, schemaEsm: true, jsonSchema: 'https://json-schema.org/draft/2020-12/schema', lastDay: '2026-01-02' });
  });

  it('runs its command-line tool from node_modules/.bin', () => {
    const out = execFileSync(join(dir, 'consumer', 'node_modules', '.bin', 'send-mediation-guidance'), ['cite', 'SEND Regs 2015 reg 42'], { encoding: 'utf8' });
    expect(out).toContain('SEND Regulations 2014, reg. 42');
  });
});
