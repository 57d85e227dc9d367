import { z } from 'zod';
import { PageBlock } from './block.js';
import { Slug } from './ids.js';
import { LocalisedFor } from './localisedFor.js';
import { PlainDate } from './plainDate.js';
import { Source } from './source.js';

/**
 * One entry in a page's change history: the day it was published and what changed, in plain English.
 *
 * @example
 * ChangeNote.parse({ date: '2026-11-28', note: 'First published.' }).note //=> 'First published.'
 */
export const ChangeNote = z
  .object({ date: PlainDate, note: z.string().min(1) })
  .strict()
  .meta({ id: 'ChangeNote', description: 'A dated note of what changed.' });

/**
 * A dated note of what changed.
 *
 * @example
 * const change: ChangeNote = { date: '2026-11-28', note: 'First published.' };
 * change.date //=> '2026-11-28'
 */
export type ChangeNote = z.infer<typeof ChangeNote>;

/**
 * The parts of the United Kingdom a piece of guidance applies to. SEND law in this library is England's.
 *
 * @example
 * Nation.options //=> ['england']
 */
export const Nation = z.enum(['england']).meta({ id: 'Nation', description: 'A nation the guidance applies to.' });

/**
 * A nation the guidance applies to.
 *
 * @example
 * const nation: Nation = 'england';
 * nation //=> 'england'
 */
export type Nation = z.infer<typeof Nation>;

/**
 * A guidance page with a GOV.UK-style envelope (ids, dates, change history, sources) and a body of typed blocks
 * with stable ids.
 *
 * @example
 * GuidancePage.shape.locale.value //=> 'en-GB'
 */
export const GuidancePage = z
  .object({
    id: Slug.describe('Stable id used by getGuidancePage.'),
    contentId: z.uuid().describe('A UUID that never changes, even if the slug does.'),
    slug: Slug.describe('The last part of the page address.'),
    title: z.string().min(1),
    summary: z.string().min(1).describe('One or two sentences saying what the page is for.'),
    locale: z.literal('en-GB'),
    nationalApplicability: z.array(Nation).min(1),
    firstPublished: PlainDate,
    lastUpdated: PlainDate,
    lastReviewed: PlainDate,
    reviewDue: PlainDate,
    changeHistory: z.array(ChangeNote).min(1).describe('Newest first.'),
    sources: z.array(Source).min(1),
    body: z.array(PageBlock).min(1),
    localisedFor: LocalisedFor.optional().describe('Set by localise: the council whose details the page carries.'),
  })
  .strict()
  .meta({ id: 'GuidancePage', description: 'A guidance page: envelope and body blocks.' });

/**
 * A guidance page.
 *
 * @example
 * import { getGuidancePage } from 'send-mediation-guidance';
 * const page: GuidancePage = getGuidancePage('after-mediation');
 * page.locale //=> 'en-GB'
 */
export type GuidancePage = z.infer<typeof GuidancePage>;
