/**
 * Freezes a value and everything reachable from it, so that a consumer who tries to change published data gets a
 * TypeError (in strict mode) and no other caller ever sees a change. Returns the same value.
 *
 * It is deliberately not marked as free of side effects (the NO_SIDE_EFFECTS annotation): freezing is the side
 * effect, and with that mark a minifying bundler drops the nested calls whose results are unused (issue 14). Do not
 * write the annotation itself in this comment either: esbuild reads it anywhere in the comment before a function. Generated modules mark each call site
 * `@__PURE__` instead, so that data nobody imports is still tree-shaken, while data that is used is always frozen.
 * It walks with an explicit stack, so deeply nested input cannot overflow the call stack.
 */
export function _deepFreeze<T>(value: T): T {
  _freezeWhole(value);
  return value;
}

/**
 * Deep-freezes a value as {@link _deepFreeze} does, and says whether it froze all of it: false when it met an object
 * that was frozen already. It does not walk into such an object, so if other code froze it, its children may still
 * change.
 */
export function _freezeWhole(value: unknown): boolean {
  let whole = true;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null) continue;
    if (Object.isFrozen(next)) {
      whole = false;
      continue;
    }
    Object.freeze(next);
    for (const key of Object.keys(next)) stack.push((next as Record<string, unknown>)[key]);
  }
  return whole;
}
