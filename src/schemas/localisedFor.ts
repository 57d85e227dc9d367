import { z } from 'zod';

/**
 * Set by `localise` on what it returns: the council whose details a page, an outcome or a `nextSteps` result
 * carries. Localising something that already has it is refused, so two councils' details never mix.
 *
 * @example
 * LocalisedFor.parse({ localAuthority: 'Kent County Council', gssCode: 'E10000016' }).gssCode //=> 'E10000016'
 */
export const LocalisedFor = z
  .object({ localAuthority: z.string().min(1), gssCode: z.string().optional() })
  .strict()
  .meta({ id: 'LocalisedFor', description: 'The council whose details the content carries (set by localise).' });

/**
 * The council whose details the content carries.
 *
 * @example
 * const by: LocalisedFor = { localAuthority: 'Kent County Council' };
 * by.localAuthority //=> 'Kent County Council'
 */
export type LocalisedFor = z.infer<typeof LocalisedFor>;
