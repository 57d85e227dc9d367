// Regular expressions that are the whole of a rule, shared by the zod schemas, the JSON Schemas built from them and
// the zod-free checks in the root entry, so that every validator gives the same answer (tests/json-schema-agreement).
// ECMAScript syntax without look-around or backreferences, so JSON Schema validators in other languages can use them.

/** A host name: dot-separated labels of letters, digits and inner hyphens, ending in a top-level domain of letters. */
const HOST = '(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}';
/** One character of a path, query or fragment as RFC 3986 allows it (`pchar`), or a %-escape. */
const PCHAR = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})";
/** The rest of an address (RFC 3986): a path, then a query, then a fragment. */
const REST = `(?:/(?:${PCHAR}|/)*)?(?:\\?(?:${PCHAR}|[/?])*)?(?:#(?:${PCHAR}|[/?])*)?`;

/**
 * An `https://` address with a real host name: no user name or password, no port, no spaces or control characters,
 * nothing that a browser would read differently (`https:example.org` and `https:/example.org` are refused).
 */
export const _HTTPS_URL_PATTERN = `^https://${HOST}${REST}$`;

/** The longest web address accepted. */
export const _HTTPS_URL_MAX_LENGTH = 2048;

const YEAR = '(?:\\d{3}[1-9]|\\d{2}[1-9]\\d|\\d[1-9]\\d{2}|[1-9]\\d{3})';
const LEAP_YEAR = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)';
const MONTH_DAY = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';

/** A real calendar date written `YYYY-MM-DD`, years 0001 to 9999, with 29 February only in leap years. */
export const _PLAIN_DATE_PATTERN = `^(?:${YEAR}-${MONTH_DAY}|${LEAP_YEAR}-02-29)$`;

/** Text with no `<`, `>` or control characters (C0 and DEL). */
export const _SAFE_TEXT_PATTERN = '^[^<>\\u0000-\\u001f\\u007f]*$';
