// The static JSON API (npm run export), validated against the JSON Schemas generated from the zod schemas.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const root = join(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'smg-export-'));
execFileSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'export-static.ts'), out], { cwd: root });
const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { version: string; counts: Record<string, number>; files: { path: string; schema: string; sha256: string }[] };

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run export', () => {
  it('writes every kind of content, with an index of versions and checksums', () => {
    expect(index.version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    expect(index.counts).toEqual({ pages: 5, faqs: 6, legislation: 34, organisations: 7, 'local-authorities': 153, flows: 1 });
    for (const file of index.files) {
      expect(createHash('sha256').update(readFileSync(join(out, file.path))).digest('hex')).toBe(file.sha256);
    }
  });

  it('validates every file against its JSON Schema from dist/schemas', () => {
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    const schemaDir = join(root, 'dist', 'schemas');
    const validators = Object.fromEntries(
      readdirSync(schemaDir).map((file) => [file.replace(/\.json$/, ''), ajv.compile(JSON.parse(readFileSync(join(schemaDir, file), 'utf8')))]),
    );
    for (const file of index.files) {
      const validate = validators[file.schema];
      expect(validate, file.schema).toBeDefined();
      const ok = validate?.(JSON.parse(readFileSync(join(out, file.path), 'utf8')));
      expect(ok, `${file.path}: ${JSON.stringify(validate?.errors?.slice(0, 3))}`).toBe(true);
    }
    // The check can fail: a page without its title does not validate.
    const page = JSON.parse(readFileSync(join(out, 'pages', 'after-mediation.json'), 'utf8')) as Record<string, unknown>;
    delete page['title'];
    expect(validators['GuidancePage']?.(page)).toBe(false);
  });
});
