import { _deepFreeze } from './deepFreeze.js';
import { _registerRefs, type _RefTarget } from './resolveRef.js';

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
      value = _deepFreeze(JSON.parse(json) as T);
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
      value = _deepFreeze(item as T);
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
