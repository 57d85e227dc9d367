// Oracle, do not edit: a frozen copy of src/_lib/limits.ts as it was on main at 357782a (2026-11-29), before the size work on
// appealDeadline. tests/appeal-deadline-unchanged.test.ts checks that appealDeadline still gives exactly what this gave.
// The maximum length of every string the library accepts, in one place (docs/limits-and-errors.md lists them), and
// the helpers that enforce them. Past a limit the caller gets INPUT_TOO_LONG (or, for an id, UNKNOWN_ID) at once,
// before any work that grows with the input; no error message ever quotes more than a short, escaped excerpt.
import { GuidanceError } from '../../../src/errors.js';

/** Maximum lengths, in UTF-16 code units (what `string.length` counts). */
export const _LIMITS = {
  /** Any id: page, FAQ, organisation, legal reference, instrument, flow, flow node. */
  id: 100,
  /** A council name or ONS code given to getLocalAuthority or findLocalIass. */
  localAuthorityQuery: 200,
  /** One citation for parseCitation. */
  citation: 1_000,
  /** A passage for findCitations (1 MiB of text). */
  passage: 1_048_576,
  /** A sub-paragraph such as "(2)(a)". */
  subdivision: 40,
  /** An input file read by the command-line tool, in bytes. */
  cliFile: 1_048_576,
} as const;

// C0 and C1 controls, bidi controls and isolates, zero-width characters, line and paragraph separators, BOM.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Whether a string contains a control, bidi-control or zero-width character. */
export function _hasUnsafeCharacters(value: string): boolean {
  UNSAFE_CHARACTERS.lastIndex = 0;
  return UNSAFE_CHARACTERS.test(value);
}

/**
 * A short, quoted, escaped excerpt of a value for an error message: at most `max` characters, control, bidi and
 * zero-width characters written as \u escapes, and the full length said when it was cut.
 */
export function _excerpt(value: unknown, max = 40): string {
  if (typeof value !== 'string') {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'an array';
    return typeof value === 'object' ? 'an object' : typeof value === 'function' ? 'a function' : String(value).slice(0, max);
  }
  const cut = value.length > max;
  const shown = (cut ? value.slice(0, max) : value).replace(UNSAFE_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${shown.replace(/"/g, '\\"')}${cut ? `…" (${value.length} characters)` : '"'}`;
}

/** Throws INVALID_ARGUMENT unless `value` is a string, and INPUT_TOO_LONG when it is longer than `max`. */
export function _assertText(value: unknown, argument: string, max: number, example: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new GuidanceError('INVALID_ARGUMENT', `${argument} must be text, for example ${example}; got ${_excerpt(value)}.`, { argument });
  }
  if (value.length > max) {
    throw new GuidanceError('INPUT_TOO_LONG', `${argument} must be at most ${max} characters; got ${value.length}, starting ${_excerpt(value, 20)}.`, { argument });
  }
}

/** Throws INVALID_ARGUMENT unless `value` is an options object (a plain object or array; `undefined` is defaulted before). */
export function _assertOptions(value: unknown, argument: string): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    throw new GuidanceError('INVALID_ARGUMENT', `${argument} must be an object (or left out); got ${_excerpt(value)}.`, { argument });
  }
}
