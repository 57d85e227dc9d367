// Writes dist/schemas/NAME.json: JSON Schema (draft 2020-12) for each content type, generated from the zod schemas,
// for consumers in other languages. Run by `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import * as schemas from '../src/schemas/index.js';

const out = join(import.meta.dirname, '..', 'dist', 'schemas');
mkdirSync(out, { recursive: true });

/** The published types, each a file. */
export const JSON_SCHEMAS = {
  GuidancePage: schemas.GuidancePage,
  Faq: schemas.Faq,
  GlossaryTerm: schemas.GlossaryTerm,
  Organisation: schemas.Organisation,
  LegalReference: schemas.LegalReference,
  Instrument: schemas.Instrument,
  LocalAuthority: schemas.LocalAuthority,
  LocalIass: schemas.LocalIass,
  LocalDetails: schemas.LocalDetails,
  Flow: schemas.Flow,
  WorkingDayCalendar: schemas.WorkingDayCalendar,
  AppealDeadline: schemas.AppealDeadline,
  AgreementDeadline: schemas.AgreementDeadline,
  ProcessDeadline: schemas.ProcessDeadline,
  TimelineEvent: schemas.TimelineEvent,
} as const;

for (const [name, schema] of Object.entries(JSON_SCHEMAS)) {
  const json = z.toJSONSchema(schema as z.ZodType, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  json['$id'] = `urn:send-mediation-guidance:schema:${name}`;
  json['title'] = name;
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`build-json-schema: ${Object.keys(JSON_SCHEMAS).length} schemas in dist/schemas/`);
