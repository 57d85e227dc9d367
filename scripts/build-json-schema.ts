// Writes dist/schemas/NAME.json: JSON Schema (draft 2020-12) for each content type, generated from the zod schemas,
// for consumers in other languages. Run by `npm run build`. Every rule the zod schemas enforce is a pattern, a
// length or an enum, so these schemas give the same answers (tests/json-schema-agreement.test.ts checks it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { JSON_SCHEMAS, toJsonSchema } from './lib/jsonSchemas.js';

const out = join(import.meta.dirname, '..', 'dist', 'schemas');
mkdirSync(out, { recursive: true });

for (const [name, schema] of Object.entries(JSON_SCHEMAS)) {
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(toJsonSchema(name, schema as z.ZodType), null, 2)}\n`);
}
console.log(`build-json-schema: ${Object.keys(JSON_SCHEMAS).length} schemas in dist/schemas/`);
