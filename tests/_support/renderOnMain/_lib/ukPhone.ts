// UK phone numbers: the forms people publish (spaces or hyphens anywhere, +44, +44 (0), an area code in brackets)
// are accepted; each is stored and shown in one style, grouped as Ofcom's number ranges are usually written
// (area-codes.org.uk/formatting): 020 7946 0000, 0113 496 0000, 01632 960000, 0300 061 0614, 0800 123 456,
// 07700 900000. A number that is not a UK number (another country code, the wrong number of digits, a range that
// is not used) is refused. The pattern is the whole rule, so the JSON Schema carries it exactly.

/**
 * The whole rule as a regular expression source (ECMAScript, no look-around, so any JSON Schema validator can use
 * it): `0`, `+44` or `+44 (0)`, then the national significant number (9 or 10 digits for 01 and 0800 numbers, 10 for
 * 02, 03, 05, 07, 08 and 09; 04 and 06 are not used), each digit optionally after one space or hyphen; or an area
 * code in brackets, `(01622) 694000`, followed by the digits that make the number the right length. Written out as
 * a plain string so that a bundler can drop it when it is not used; ukPhone.test.ts builds it from those parts.
 */
export const _UK_PHONE_PATTERN = "^(?:(?:0|\\+44[ -]?(?:\\(0\\))?)[ -]?(?:1(?:[ -]?\\d){8,9}|2(?:[ -]?\\d){9}|[3579](?:[ -]?\\d){9}|8[ -]?0[ -]?0(?:[ -]?\\d){6,7}|8(?:[ -]?\\d){9})|\\(0(?:2\\d\\)[ -]?\\d(?:[ -]?\\d){7}|1\\d{2}\\)[ -]?\\d(?:[ -]?\\d){5,6}|1\\d{3}\\)[ -]?\\d(?:[ -]?\\d){4,5}|1\\d{4}\\)[ -]?\\d(?:[ -]?\\d){3,4}))$";

const PATTERN = /* @__PURE__ */ new RegExp(_UK_PHONE_PATTERN);

/** The longest string the pattern can match (prefix, 10 digits and a separator before each); longer input is refused at once. */
export const _UK_PHONE_MAX_LENGTH = 32;

/** Area codes with six digits (rural Cumbria and the Borders), written "016977 12345". */
const SIX_DIGIT_AREAS = ['013873', '015242', '015394', '015395', '015396', '016973', '016974', '016977', '017683', '017684', '017687', '019467'];

/** Whether `value` is a UK phone number in a form this package accepts. */
export function _isUkPhoneNumber(value: unknown): value is string {
  return typeof value === 'string' && value.length <= _UK_PHONE_MAX_LENGTH && PATTERN.test(value);
}

/** The digits of an accepted number as dialled in the UK, with its leading 0: "+44 (0)20 7946 0000" gives "02079460000". */
function _nationalDigits(value: string): string {
  const all = value.replace(/\D/g, '');
  if (value.startsWith('+44')) return `0${all.slice(value.includes('(0)') ? 3 : 2)}`;
  return all;
}

/** Splits digits into groups of the given sizes; the last group takes what is left. */
function _group(national: string, ...sizes: number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(national.slice(at, at + size));
    at += size;
  }
  if (at < national.length) parts.push(national.slice(at));
  return parts.filter((p) => p !== '').join(' ');
}

/**
 * The one style this package stores and shows a UK number in, or `undefined` when `value` is not an accepted UK
 * number. Idempotent: a normalised number normalises to itself.
 */
export function _normaliseUkPhone(value: string): string | undefined {
  if (!_isUkPhoneNumber(value)) return undefined;
  const n = _nationalDigits(value);
  if (n.startsWith('02')) return _group(n, 3, 4);
  if (n.startsWith('01')) {
    if (/^01(1\d|\d1)/.test(n) && n.length === 11) return _group(n, 4, 3);
    if (SIX_DIGIT_AREAS.includes(n.slice(0, 6))) return _group(n, 6);
    return _group(n, 5);
  }
  if (n.startsWith('05') || n.startsWith('07')) return _group(n, 5);
  return _group(n, 4, 3);
}

/** A `tel:` address for an accepted number, in international form: "0300 061 0614" gives "tel:+443000610614". */
export function _telUri(value: string): string | undefined {
  if (!_isUkPhoneNumber(value)) return undefined;
  return `tel:+44${_nationalDigits(value).slice(1)}`;
}

/** The international form for machines (schema.org `telephone`): "0300 061 0614" gives "+44 300 061 0614". */
export function _internationalPhone(value: string): string | undefined {
  const national = _normaliseUkPhone(value);
  return national === undefined ? undefined : `+44 ${national.slice(1)}`;
}
