// The glossary's JSON Schema in dist/schemas validates the published glossary, and refuses a term without a
// definition or a source, for consumers in other languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const root = join(import.meta.dirname, '..', '..');

describe('dist/schemas/GlossaryTerm.json', () => {
  it('validates every published glossary term and refuses broken ones', async () => {
    const { listGlossary } = (await import(join(root, 'dist', 'index.js'))) as typeof import('../../src/index.js');
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'dist', 'schemas', 'GlossaryTerm.json'), 'utf8')));
    const terms = listGlossary();
    expect(terms.length).toBeGreaterThanOrEqual(14);
    for (const term of terms) expect(validate(term), JSON.stringify(validate.errors)).toBe(true);
    const { definition: _definition, ...noDefinition } = structuredClone(terms[0]!);
    expect(validate(noDefinition)).toBe(false);
    expect(validate({ ...structuredClone(terms[0]!), sources: [] })).toBe(false);
  });
});
