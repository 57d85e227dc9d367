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
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const key of Object.keys(next)) stack.push((next as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Deep-freezes a value that should be plain data, as JSON gives it, and says whether it was, so that nothing in it
 * can change any more: true when every object reachable was an ordinary object or array with only enumerable data
 * properties (no getters, setters or symbols), reached once, and not frozen before. (A frozen object is not walked
 * into, so an object that other code froze may have children that can still change.) It looks before it freezes.
 */
export function _freezeData(value: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  let plain = true;
  while (plain && stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null) continue;
    plain = !seen.has(next) && !Object.isFrozen(next) && _isPlainData(next);
    seen.add(next);
    if (plain) for (const child of Object.values(next)) stack.push(child);
  }
  _deepFreeze(value);
  return plain;
}

/** An ordinary object or array whose own properties are all enumerable data properties with string keys. */
function _isPlainData(value: object): boolean {
  const isArray = Array.isArray(value);
  if (Object.getPrototypeOf(value) !== (isArray ? Array.prototype : Object.prototype)) return false;
  for (const key of Reflect.ownKeys(value)) {
    const property = Object.getOwnPropertyDescriptor(value, key);
    if (typeof key !== 'string' || property === undefined || !('value' in property)) return false;
    if (!property.enumerable && !(isArray && key === 'length')) return false;
  }
  return true;
}
