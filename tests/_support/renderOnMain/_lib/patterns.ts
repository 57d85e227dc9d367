// Regular expressions that are the whole of a rule, shared by the zod schemas, the JSON Schemas built from them and
// the zod-free checks in the root entry, so that every validator gives the same answer (tests/json-schema-agreement).
// ECMAScript syntax without look-around or backreferences, so JSON Schema validators in other languages can use them.
// Written out as plain strings, so that a bundler can drop them when they are not used; patterns.test.ts builds each
// from its parts (and says what each part means) and checks the strings here are the same.

/**
 * An `https://` address with a real host name (dot-separated labels of letters, digits and inner hyphens, ending in
 * a top-level domain of letters), then a path, a query and a fragment of the characters RFC 3986 allows, with
 * %-escapes. No user name or password, no port, no spaces or control characters, nothing a browser would read
 * differently (`https:example.org` and `https:/example.org` are refused).
 */
export const _HTTPS_URL_PATTERN = "^https://(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}(?:/(?:(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})|/)*)?(?:\\?(?:(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})|[/?])*)?(?:#(?:(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})|[/?])*)?$";

/** The longest web address accepted. */
export const _HTTPS_URL_MAX_LENGTH = 2048;

/** A real calendar date written `YYYY-MM-DD`, years 0001 to 9999, with 29 February only in leap years. */
export const _PLAIN_DATE_PATTERN = "^(?:(?:\\d{3}[1-9]|\\d{2}[1-9]\\d|\\d[1-9]\\d{2}|[1-9]\\d{3})-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)$";

/** Text with no `<`, `>` or control characters (C0 and DEL). */
export const _SAFE_TEXT_PATTERN = '^[^<>\\u0000-\\u001f\\u007f]*$';
