// Node's build only (tsup.config.ts): the generated `.node.ts` records read each item of content from its JSON file
// in dist/content/ through this, on first use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { _RefTarget } from './resolveRef.js';

/**
 * Reads and parses one JSON file of content from `dist/content/` (the item, and the titles and addresses it links
 * to). The file is read and parsed here, not loaded with `require`, so that no other code can reach the object (in
 * Node's module cache) before the package freezes it.
 */
export function _readContent(...path: string[]): readonly [unknown, readonly _RefTarget[]] {
  return JSON.parse(readFileSync(join(__dirname, 'content', ...path), 'utf8')) as readonly [unknown, readonly _RefTarget[]];
}
