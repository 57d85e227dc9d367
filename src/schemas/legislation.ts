import { z } from 'zod';
import { Slug } from './ids.js';
import { PlainDate } from './plainDate.js';
import { Source } from './source.js';
import { HttpsUrl } from './url.js';

/**
 * The kind of legal instrument: an Act of Parliament, a statutory instrument (regulations or rules), or statutory
 * guidance such as the SEND Code of Practice.
 *
 * @example
 * InstrumentType.options //=> ['act', 'statutory-instrument', 'statutory-guidance']
 */
export const InstrumentType = z
  .enum(['act', 'statutory-instrument', 'statutory-guidance'])
  .meta({ id: 'InstrumentType', description: 'Act, statutory instrument or statutory guidance.' });

/**
 * Act, statutory instrument or statutory guidance.
 *
 * @example
 * const type: InstrumentType = 'act';
 * type //=> 'act'
 */
export type InstrumentType = z.infer<typeof InstrumentType>;

/**
 * Where a provision governs SEND matters: `england` for the SEND framework (Children and Families Act 2014 Part 3
 * and the regulations and rules made for it), `england-and-wales` for law such as bank holidays.
 *
 * @example
 * Jurisdiction.options //=> ['england', 'england-and-wales']
 */
export const Jurisdiction = z
  .enum(['england', 'england-and-wales'])
  .meta({ id: 'Jurisdiction', description: 'Where a provision applies.' });

/**
 * Where a provision applies.
 *
 * @example
 * const where: Jurisdiction = 'england';
 * where //=> 'england'
 */
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/**
 * How firmly a summary is backed: `primary` when it was checked against the provision's own text on
 * legislation.gov.uk or GOV.UK; `official` when it rests on an official page that describes it; `secondary` when it
 * rests only on other sources (an app should say so); `unverified` when the provision is known to exist but its
 * content could not be read (the summary says only what is certain).
 *
 * @example
 * Verification.options //=> ['primary', 'official', 'secondary', 'unverified']
 */
export const Verification = z
  .enum(['primary', 'official', 'secondary', 'unverified'])
  .meta({ id: 'Verification', description: 'How firmly a summary is backed by the text of the law.' });

/**
 * How firmly a summary is backed by the text of the law.
 *
 * @example
 * const level: Verification = 'primary';
 * level //=> 'primary'
 */
export type Verification = z.infer<typeof Verification>;

/**
 * A legal instrument: an Act, a set of regulations or rules, or statutory guidance.
 *
 * @example
 * Instrument.shape.type.safeParse('act').success //=> true
 */
export const Instrument = z
  .object({
    id: Slug.describe('For example send-regs-2014.'),
    title: z.string().min(1).describe('The full title, for example "The Special Educational Needs and Disability Regulations 2014".'),
    shortTitle: z.string().min(1).describe('The short form people use, for example "SEND Regulations 2014".'),
    type: InstrumentType,
    year: z.number().int().min(1900).max(2100),
    number: z.string().min(1).optional().describe('SI 2014/1530, c. 6 ...; absent for guidance.'),
    url: HttpsUrl,
    jurisdiction: Jurisdiction,
    made: PlainDate.optional().describe('The day it was made (or passed); absent where that was not verified.'),
    inForce: PlainDate.optional().describe('The day it came into force; absent where that was not verified.'),
    sources: z.array(Source).min(1),
  })
  .strict()
  .meta({ id: 'Instrument', description: 'An Act, statutory instrument or statutory guidance.' });

/**
 * An Act, statutory instrument or statutory guidance.
 *
 * @example
 * const year: Instrument['year'] = 2014;
 * year //=> 2014
 */
export type Instrument = z.infer<typeof Instrument>;

/**
 * What kind of provision a reference points to.
 *
 * @example
 * ProvisionKind.options.includes('regulation') //=> true
 */
export const ProvisionKind = z
  .enum(['section', 'regulation', 'rule', 'paragraph', 'schedule'])
  .meta({ id: 'ProvisionKind', description: 'Section, regulation, rule, paragraph or schedule.' });

/**
 * Section, regulation, rule, paragraph or schedule.
 *
 * @example
 * const kind: ProvisionKind = 'rule';
 * kind //=> 'rule'
 */
export type ProvisionKind = z.infer<typeof ProvisionKind>;

/**
 * An amendment that matters to the reader.
 *
 * @example
 * Amendment.parse({ by: 'SI 2015/359', date: '2015-03-23', summary: 'Replaced paragraph (3).' }).by //=> 'SI 2015/359'
 */
export const Amendment = z
  .object({ by: z.string().min(1), date: PlainDate.optional(), summary: z.string().min(1) })
  .strict()
  .meta({ id: 'Amendment', description: 'An amendment that matters to the reader.' });

/**
 * An amendment that matters to the reader.
 *
 * @example
 * const change: Amendment = { by: 'SI 2015/359', summary: 'Replaced paragraph (3).' };
 * change.by //=> 'SI 2015/359'
 */
export type Amendment = z.infer<typeof Amendment>;

/**
 * A topic a legal reference is about, used to filter the register.
 *
 * @example
 * LegalTopic.options.includes('mediation') //=> true
 */
export const LegalTopic = z
  .enum([
    'appeals',
    'mediation',
    'mediation-agreement',
    'tribunal-orders',
    'time-limits',
    'complaints',
    'ombudsman',
    'information-and-advice',
    'disagreement-resolution',
    'working-days',
  ])
  .meta({ id: 'LegalTopic', description: 'A topic a legal reference is about.' });

/**
 * A topic a legal reference is about.
 *
 * @example
 * const topic: LegalTopic = 'appeals';
 * topic //=> 'appeals'
 */
export type LegalTopic = z.infer<typeof LegalTopic>;

/**
 * One provision of the law the guidance rests on, with a plain-English summary in the library's own words and the
 * address of its text.
 *
 * @example
 * LegalReference.shape.id.safeParse('send-regs-2014/reg-42').success //=> true
 */
export const LegalReference = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+\/(?:s|reg|rule|para|sch)-[0-9a-z.]+$/, 'Expected an id like send-regs-2014/reg-42'),
    instrument: Slug.describe('The id of the instrument.'),
    kind: ProvisionKind,
    number: z.string().regex(/^[0-9]+[A-Z]?(?:\.[0-9]+)?$/).describe('For example 42, 26B or 11.41.'),
    heading: z.string().min(1).describe('The provision\'s heading, or a short description where it has none.'),
    summary: z.string().min(1).describe('What it means for a parent, in plain English.'),
    topics: z.array(LegalTopic).min(1),
    url: HttpsUrl,
    jurisdiction: Jurisdiction,
    inForce: PlainDate.optional().describe('The day it came into force; absent where that was not verified.'),
    amendments: z.array(Amendment),
    amendmentsChecked: z
      .boolean()
      .optional()
      .describe('false when the amendment history has not been checked: `amendments` then lists only what is known, not every change.'),
    parts: z
      .array(
        z
          .object({
            label: z.string().regex(/^(\([0-9]+[A-Z]?\)|\([a-z]{1,4}\))+$/, 'Expected bracketed parts such as (3) or (1)(c)'),
            summary: z.string().min(1),
          })
          .strict(),
      )
      .optional()
      .describe('Sub-paragraphs that matter to the reader, each with a plain-English summary.'),
    verification: Verification,
    sources: z.array(Source).min(1),
  })
  .strict()
  .meta({ id: 'LegalReference', description: 'A provision of the law with a plain-English summary.' });

/**
 * A provision of the law with a plain-English summary.
 *
 * @example
 * const kind: LegalReference['kind'] = 'regulation';
 * kind //=> 'regulation'
 */
export type LegalReference = z.infer<typeof LegalReference>;
