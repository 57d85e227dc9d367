import { _freezeWhole } from './deepFreeze.js';
import { _registerRefs, type _RefTarget } from './resolveRef.js';

/**
 * Every item of content the package itself has parsed and deep-frozen (the values the functions below return). Such
 * an item cannot change and cannot be forged by a caller, so a check that passed on it once passes every time: the
 * renderers use this to check each item once (src/render/_document.ts). Only these functions add to it: an object a
 * caller made is never in it, even when the caller froze it.
 */
const packageItems = /* @__PURE__ */ new WeakSet<object>();

/** Whether `value` is an item of content that the package parsed and deep-froze itself. */
export function _isPackageItem(value: object): boolean {
  return packageItems.has(value);
}

/**
 * Deep-freezes an item and records it as the package's own when this freeze froze all of it. Every item the package
 * parses (from a module's own text, or from a file it reads itself: `_readContent` in Node's build) always is, as no
 * other code has seen it; the test stays as a guard, because a part frozen already could hide children that change.
 */
function _own<T>(item: T): T {
  if (_freezeWhole(item) && typeof item === 'object' && item !== null) packageItems.add(item);
  return item;
}

/**
 * Wraps one item of generated content, kept as JSON text, in a function that parses and deep-freezes it on its first
 * call and returns the same frozen value ever after. Nothing is parsed or frozen at import, so importing the package
 * costs the same however much content it ships. `targets` are what the item's references point to (title and
 * address, resolved at build time), recorded for the link resolver when the item is first read.
 *
 * Generated modules mark each call `@__PURE__`: an item nobody reads is dropped by a bundler.
 */
export function _lazyItem<T>(json: string, targets?: readonly _RefTarget[]): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) {
      if (targets !== undefined) _registerRefs(targets);
      value = _own(JSON.parse(json) as T);
    }
    return value;
  };
}

/**
 * The same for Node's build, where an item lives in its own JSON file beside the code (`dist/content/`), so that
 * importing the package reads no content at all. `load` returns the file's `[item, targets]`.
 */
export function _lazyItemFile<T>(load: () => readonly [unknown, readonly _RefTarget[]]): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) {
      const [item, targets] = load();
      _registerRefs(targets);
      value = _own(item as T);
    }
    return value;
  };
}

/**
 * Node's build of a record of items: a frozen object with one getter per id, each reading its item's JSON file
 * (`load` gets the id with any "/" written as "~") the first time it is read. No code per item, so importing costs
 * the same however many items there are.
 */
export function _lazyRecord<K extends string, T>(ids: readonly K[], load: (file: string) => readonly [unknown, readonly _RefTarget[]]): Readonly<Record<K, T>> {
  const record = {} as Record<K, T>;
  for (const id of ids) {
    const read = _lazyItemFile<T>(() => load(id.replace(/\//g, '~')));
    Object.defineProperty(record, id, { get: read, enumerable: true });
  }
  return Object.freeze(record);
}
