import { z } from 'zod';

/**
 * A web address that uses `https:`. The library publishes no other kind of web link.
 *
 * @example
 * HttpsUrl.safeParse('https://www.gov.uk/appeal-ehc-plan-decision').success //=> true
 * HttpsUrl.safeParse('http://example.org').success //=> false
 */
export const HttpsUrl = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'Expected an https: web address' })
  .meta({ id: 'HttpsUrl', description: 'A web address using the https: scheme.' });

/**
 * An `https:` web address.
 *
 * @example
 * const address: HttpsUrl = 'https://www.ipsea.org.uk';
 * address //=> 'https://www.ipsea.org.uk'
 */
export type HttpsUrl = z.infer<typeof HttpsUrl>;
