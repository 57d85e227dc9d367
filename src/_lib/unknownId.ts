import { GuidanceError } from '../errors.js';
import { _excerpt, _LIMITS } from './limits.js';

/** Edit distance between two short strings (for "did you mean" suggestions). */
function _distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] as number;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] as number;
      previous[j] = Math.min(above + 1, (previous[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length] as number;
}

/** The known ids closest to `id`, best first (at most `limit`); none for an id longer than any id can be. */
export function _closest(id: string, known: readonly string[], limit = 3): string[] {
  if (id.length > _LIMITS.id) return [];
  const wanted = id.toLowerCase();
  return known
    .map((candidate) => {
      const lower = candidate.toLowerCase();
      const score = lower.includes(wanted) || wanted.includes(lower) ? 0 : _distance(wanted, lower);
      return { candidate, score };
    })
    .filter(({ candidate, score }) => score <= Math.max(2, Math.floor(candidate.length / 3)))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/**
 * Builds the error for a failed look-up: INVALID_ARGUMENT when `id` is not a string, else UNKNOWN_ID listing the valid
 * ids and the closest matches. The id is quoted as a short, escaped excerpt.
 */
export function _unknownId(what: string, argument: string, id: unknown, known: readonly string[]): GuidanceError {
  if (typeof id !== 'string') {
    return new GuidanceError('INVALID_ARGUMENT', `${argument} must be the id of a ${what}, as text; got ${_excerpt(id)}.`, { argument, expected: known });
  }
  const shown = _excerpt(id);
  const close = typeof id === 'string' ? _closest(id, known) : [];
  const hint = close.length > 0 ? ` Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : '';
  const list = known.length <= 20 ? ` Valid ids: ${known.map((k) => `"${k}"`).join(', ')}.` : '';
  return new GuidanceError('UNKNOWN_ID', `No ${what} has the id ${shown}.${hint}${list}`, {
    argument,
    expected: known,
  });
}

/** Looks `id` up in `record` (own properties only), or throws UNKNOWN_ID. */
export function _lookUp<K extends string, V>(
  record: Readonly<Record<K, V>>,
  known: readonly K[],
  id: unknown,
  what: string,
  argument: string,
): V {
  if (typeof id === 'string' && Object.prototype.hasOwnProperty.call(record, id)) return record[id as K];
  throw _unknownId(what, argument, id, known);
}
