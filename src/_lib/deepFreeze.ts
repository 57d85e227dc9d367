/**
 * Freezes a value and everything reachable from it, so that a consumer who tries to change published data gets a
 * TypeError (in strict mode) and no other caller ever sees a change. Returns the same value.
 */
/* @__NO_SIDE_EFFECTS__ */
export function _deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      _deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}
