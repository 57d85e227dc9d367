// The JSON Schemas the package ships in dist/schemas/, generated from the zod schemas. Shared by
// scripts/build-json-schema.ts (which writes them) and the tests (which check that zod and the JSON Schema agree).
import { z } from 'zod';
import * as schemas from '../../src/schemas/index.js';

/** The published types, each a file `dist/schemas/NAME.json`. */
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
  OpenReferralExport: schemas.OpenReferralExport,
  PlainDate: schemas.PlainDate,
  HttpsUrl: schemas.HttpsUrl,
  UkPhoneNumber: schemas.UkPhoneNumber,
  EmailAddress: schemas.EmailAddress,
} as const;

/** The JSON Schema (draft 2020-12) for one published type, with its `$id` and `title`. */
export function toJsonSchema(name: string, schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  json['$id'] = `urn:send-mediation-guidance:schema:${name}`;
  json['title'] = name;
  return json;
}
