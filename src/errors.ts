/**
 * Every code a {@link GuidanceError} can carry.
 *
 * - `UNKNOWN_ID`: an id (page, FAQ, organisation, legal reference, flow node, ...) that does not exist.
 * - `INVALID_DATE`: a date that is not a real calendar date written as `YYYY-MM-DD`.
 * - `INVALID_ARGUMENT`: any other argument of the wrong type or shape.
 * - `DATE_OUT_OF_RANGE`: a real date that the rules cannot apply to (for example before 1 September 2014).
 * - `DATE_ORDER`: dates in an order the law does not allow (for example a certificate before the decision).
 * - `INVALID_DETAILS`: local details supplied by a council that fail validation.
 * - `INVALID_ANSWER`: an answer to a flow question that is not one of its options, or of the wrong kind.
 * - `NOT_ON_PATH`: an answer to a flow question that the current answers do not lead to.
 * - `INCOMPLETE_SITUATION`: a situation for nextSteps that lacks a fact its path needs.
 * - `INVALID_FLOW`: a flow whose graph is broken (see validateFlow).
 * - `INPUT_TOO_LONG`: a string longer than its documented maximum (see docs/limits-and-errors.md).
 *
 * The list is frozen.
 *
 * @example
 * GUIDANCE_ERROR_CODES.includes('UNKNOWN_ID') //=> true
 * Object.isFrozen(GUIDANCE_ERROR_CODES) //=> true
 */
export const GUIDANCE_ERROR_CODES = /* @__PURE__ */ Object.freeze([
  'UNKNOWN_ID',
  'INVALID_DATE',
  'INVALID_ARGUMENT',
  'DATE_OUT_OF_RANGE',
  'DATE_ORDER',
  'INVALID_DETAILS',
  'INVALID_ANSWER',
  'NOT_ON_PATH',
  'INCOMPLETE_SITUATION',
  'INVALID_FLOW',
  'INPUT_TOO_LONG',
] as const);

/**
 * A code from {@link GUIDANCE_ERROR_CODES}.
 *
 * @example
 * const code: GuidanceErrorCode = 'UNKNOWN_ID';
 * code //=> 'UNKNOWN_ID'
 */
export type GuidanceErrorCode = (typeof GUIDANCE_ERROR_CODES)[number];

/**
 * Options for {@link GuidanceError}.
 *
 * @example
 * const options: GuidanceErrorOptions = { argument: 'decisionLetterDate' };
 * options.argument //=> 'decisionLetterDate'
 */
export interface GuidanceErrorOptions {
  /** The argument or field that was wrong, for example `decisionLetterDate` or `localAuthority.senTeam.url`. */
  argument?: string;
  /** Valid values the caller could have used, when there is a short list (for example the known ids). */
  expected?: readonly string[];
  /** The error that caused this one, if any. */
  cause?: unknown;
}

/**
 * The one error class the library throws for misuse or bad input. `code` says what kind of problem it is, so a
 * caller can branch on it; `message` says what was wrong and what to do instead.
 *
 * @example
 * const error = new GuidanceError('UNKNOWN_ID', 'No page has the id "x".');
 * error.code //=> 'UNKNOWN_ID'
 * error.name //=> 'GuidanceError'
 * error instanceof Error //=> true
 */
export class GuidanceError extends Error {
  /** What kind of problem this is. */
  readonly code: GuidanceErrorCode;
  /** The argument or field that was wrong, when there is one. */
  readonly argument: string | undefined;
  /** Valid values, when there is a short list. */
  readonly expected: readonly string[] | undefined;

  constructor(code: GuidanceErrorCode, message: string, options: GuidanceErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GuidanceError';
    this.code = code;
    this.argument = options.argument;
    this.expected = options.expected;
  }
}

/**
 * Whether a value is a {@link GuidanceError}, optionally with a given code. Works across copies of the library
 * (for example one bundled twice), where `instanceof` would not.
 *
 * @example
 * isGuidanceError(new GuidanceError('INVALID_DATE', 'bad date'), 'INVALID_DATE') //=> true
 * isGuidanceError(new Error('other')) //=> false
 */
export function isGuidanceError(value: unknown, code?: GuidanceErrorCode): value is GuidanceError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown };
  if (candidate.name !== 'GuidanceError' || typeof candidate.code !== 'string') return false;
  return code === undefined || candidate.code === code;
}
