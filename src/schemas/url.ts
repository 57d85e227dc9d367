import { z } from 'zod';
import { _HTTPS_URL_MAX_LENGTH, _HTTPS_URL_PATTERN } from '../_lib/patterns.js';

/**
 * A web address that uses `https://` and a real host name, with no user name, password or port, and only the
 * characters a web address may hold (RFC 3986; anything else %-escaped). The library publishes no other kind of
 * web link. The pattern is the whole rule, so the JSON Schema (`pattern`) gives the same answers as this schema.
 *
 * @example
 * HttpsUrl.safeParse('https://www.gov.uk/appeal-ehc-plan-decision').success //=> true
 * HttpsUrl.safeParse('http://example.org').success //=> false
 * HttpsUrl.safeParse('https:example.org').success //=> false
 */
export const HttpsUrl = z
  .string()
  .max(_HTTPS_URL_MAX_LENGTH)
  .regex(new RegExp(_HTTPS_URL_PATTERN), 'Expected an https:// web address such as "https://www.gov.uk"')
  .meta({ id: 'HttpsUrl', description: 'A web address using https:// and a host name.', format: 'uri' });

/**
 * An `https:` web address.
 *
 * @example
 * const address: HttpsUrl = 'https://www.ipsea.org.uk';
 * address //=> 'https://www.ipsea.org.uk'
 */
export type HttpsUrl = z.infer<typeof HttpsUrl>;
