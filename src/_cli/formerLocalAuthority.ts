// Councils that are not SEND authorities, so the command-line tool can send a parent to the one that is: a council
// that no longer exists and the councils that took over from it (data/former-local-authorities/), and a district
// council and its county (data/district-councils/). A parent who types "Cumbria", "Harrogate" or "Sevenoaks" is told
// which council deals with SEND. Internal: validated at build time by scripts/lib/loadData.ts, shipped only in the CLI
// bundle.
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

/** A district council in a two-tier area, and the county council that deals with SEND there. */
export const _DistrictCouncil = z
  .object({
    gssCode: GssCode,
    name: z.string().min(1),
    shortName: z.string().min(1),
    county: GssCode.describe('The ONS code of the county council, a current SEND authority in data/local-authorities/.'),
  })
  .strict();

/** A district council (see {@link _DistrictCouncil}). */
export type _DistrictCouncil = z.infer<typeof _DistrictCouncil>;
