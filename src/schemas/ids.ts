import { z } from 'zod';

/**
 * A stable, URL-safe id for a page, FAQ, block, organisation or flow node: lower-case words joined by hyphens.
 *
 * @example
 * Slug.safeParse('after-mediation').success //=> true
 * Slug.safeParse('After Mediation').success //=> false
 */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected lower-case words joined by hyphens, for example "after-mediation"')
  .meta({ id: 'Slug', description: 'Lower-case words and digits joined by hyphens.' });

/**
 * A stable, URL-safe id.
 *
 * @example
 * const id: Slug = 'after-mediation';
 * id //=> 'after-mediation'
 */
export type Slug = z.infer<typeof Slug>;
