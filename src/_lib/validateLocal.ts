// Hand-written validation of council-supplied details, so that the root entry does not need zod. It is the one
// validation truth: the zod schemas LocalDetails and LocalIass (send-mediation-guidance/schemas) run it as a
// refinement, and a fast-check property (src/content/localise.test.ts) checks that both accept exactly the same
// inputs.
import { GuidanceError } from '../errors.js';
import type { LocalDetails, LocalIass } from '../schemas/localAuthority.js';
import { _excerpt, _hasUnsafeCharacters } from './limits.js';
import { _isPlainDate } from './plainDate.js';
import { _HTTPS_URL_MAX_LENGTH, _HTTPS_URL_PATTERN } from './patterns.js';
import { _isUkPhoneNumber } from './ukPhone.js';

const HTTPS_URL = /* @__PURE__ */ new RegExp(_HTTPS_URL_PATTERN);
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const GSS = /^E(06|07|08|09|10)\d{6}$/;

function fail(path: string, message: string): never {
  throw new GuidanceError('INVALID_DETAILS', `${path} ${message}`, { argument: path });
}

function object(value: unknown, path: string, allowed: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'must be an object.');
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(`${path}.${key}`, `is not a known field (expected ${allowed.join(', ')}).`);
  }
  return value as Record<string, unknown>;
}

function text(value: unknown, path: string, max: number): void {
  if (typeof value !== 'string' || value.length === 0) fail(path, 'must be non-empty text.');
  if (value.length > max) fail(path, `must be at most ${max} characters (got ${value.length}).`);
  if (/[<>]/.test(value) || _hasUnsafeCharacters(value)) fail(path, 'must not contain <, >, control characters, bidi controls or zero-width characters.');
}

/**
 * Whether a string is an https: address with a real host name (no credentials, no spaces), checked on the URL as a
 * browser parses it. It must be written in full ("https://host/..."): "https:host" is read by a browser on an https
 * page as a path on that page's own site, so it is refused. Control, bidi and zero-width characters are refused.
 */
export function _isHttpsUrl(value: unknown): value is string {
  // The same pattern the zod schema and the JSON Schema use, and then the address as a browser parses it.
  if (typeof value !== 'string' || value.length > _HTTPS_URL_MAX_LENGTH || !HTTPS_URL.test(value) || _hasUnsafeCharacters(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && /^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(url.hostname) && url.username === '' && url.password === '';
}

function https(value: unknown, path: string): void {
  if (!_isHttpsUrl(value)) fail(path, `must be an https: web address written in full, such as "https://www.example.gov.uk/send" (got ${_excerpt(value)}).`);
}

function email(value: unknown, path: string): void {
  if (typeof value !== 'string' || value.length > 254 || !EMAIL.test(value)) fail(path, 'must be an email address such as sen@example.gov.uk.');
}

function phone(value: unknown, path: string): void {
  if (!_isUkPhoneNumber(value)) fail(path, 'must be a UK phone number such as "0300 123 4567" (spaces, +44, brackets and hyphens are fine).');
}

function optional(record: Record<string, unknown>, key: string, path: string, check: (value: unknown, path: string) => void): void {
  if (record[key] !== undefined) check(record[key], `${path}.${key}`);
}

/** Throws INVALID_DETAILS, naming the field, unless `value` is a valid {@link LocalIass}. */
export function _validateLocalIass(value: unknown, path = 'iass'): asserts value is LocalIass {
  const iass = object(value, path, ['name', 'website', 'phone', 'email', 'localAuthorities', 'source']);
  text(iass['name'], `${path}.name`, 200);
  https(iass['website'], `${path}.website`);
  optional(iass, 'phone', path, phone);
  optional(iass, 'email', path, email);
  const las = iass['localAuthorities'];
  if (!Array.isArray(las) || las.length === 0) fail(`${path}.localAuthorities`, 'must list at least one ONS code such as "E10000016".');
  las.forEach((code, i) => {
    if (typeof code !== 'string' || !GSS.test(code)) fail(`${path}.localAuthorities[${i}]`, 'must be an ONS code such as "E10000016".');
  });
  const source = object(iass['source'], `${path}.source`, ['url', 'title', 'publisher', 'checked']);
  https(source['url'], `${path}.source.url`);
  text(source['title'], `${path}.source.title`, 500);
  text(source['publisher'], `${path}.source.publisher`, 200);
  if (!_isPlainDate(source['checked'])) fail(`${path}.source.checked`, 'must be a calendar date written as YYYY-MM-DD.');
}

/** Throws INVALID_DETAILS, naming the field, unless `value` is valid {@link LocalDetails}. */
export function _validateLocalDetails(value: unknown): asserts value is LocalDetails {
  const details = object(value, 'details', ['localAuthority', 'mediationProvider', 'iass']);
  const la = object(details['localAuthority'], 'details.localAuthority', ['name', 'gssCode', 'senTeam', 'complaintsUrl', 'localOfferUrl']);
  text(la['name'], 'details.localAuthority.name', 200);
  if (la['gssCode'] !== undefined && (typeof la['gssCode'] !== 'string' || !GSS.test(la['gssCode']))) {
    fail('details.localAuthority.gssCode', 'must be an ONS code such as "E10000016".');
  }
  if (la['senTeam'] !== undefined) {
    const team = object(la['senTeam'], 'details.localAuthority.senTeam', ['name', 'email', 'phone', 'url']);
    optional(team, 'name', 'details.localAuthority.senTeam', (v, p) => text(v, p, 200));
    optional(team, 'email', 'details.localAuthority.senTeam', email);
    optional(team, 'phone', 'details.localAuthority.senTeam', phone);
    optional(team, 'url', 'details.localAuthority.senTeam', https);
  }
  optional(la, 'complaintsUrl', 'details.localAuthority', https);
  optional(la, 'localOfferUrl', 'details.localAuthority', https);
  if (details['mediationProvider'] !== undefined) {
    const provider = object(details['mediationProvider'], 'details.mediationProvider', ['name', 'url', 'phone', 'email']);
    text(provider['name'], 'details.mediationProvider.name', 200);
    optional(provider, 'url', 'details.mediationProvider', https);
    optional(provider, 'phone', 'details.mediationProvider', phone);
    optional(provider, 'email', 'details.mediationProvider', email);
  }
  if (details['iass'] !== undefined) _validateLocalIass(details['iass'], 'details.iass');
}
