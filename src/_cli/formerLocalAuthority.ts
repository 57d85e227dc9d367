// A council that no longer exists and the councils that took over from it (data/former-local-authorities/), so the
// command-line tool can tell a parent who types "Cumbria" or "Harrogate" which council now deals with SEND. Internal:
// validated at build time by scripts/lib/loadData.ts, shipped only in the CLI bundle.
import { z } from 'zod';
import { GssCode } from '../schemas/localAuthority.js';
import { PlainDate } from '../schemas/plainDate.js';
import { Source } from '../schemas/source.js';

/** A former council: its ONS code and names, the day its successors took over, and the order that made the change. */
export const _FormerLocalAuthority = z
  .object({
    gssCode: GssCode,
    name: z.string().min(1),
    shortName: z.string().min(1),
    type: z.enum(['county', 'unitary', 'district']),
    replacedOn: PlainDate.describe('The first day the successors were responsible.'),
    successors: z.array(GssCode).min(1).describe('ONS codes of current SEND authorities in data/local-authorities/.'),
    source: Source,
  })
  .strict();

/** A former council (see {@link _FormerLocalAuthority}). */
export type _FormerLocalAuthority = z.infer<typeof _FormerLocalAuthority>;
