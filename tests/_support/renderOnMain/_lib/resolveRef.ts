import { _refIndexJson } from '../../../../src/_generated/refIndex.js';
import type { RefKind } from '../../../../src/schemas/inline.js';

/** What an internal reference points to: a title, and the public address of the thing when it has one. */
export interface _ResolvedRef {
  readonly title: string;
  readonly url: string | undefined;
}

/** One resolved reference, as generated at build time: kind, id, title and address (null when none). */
export type _RefTarget = readonly [kind: RefKind, id: string, title: string, url: string | null];

// What the items read so far point to. Generated content resolves every reference at build time; an item records
// its own title and address, and those of everything it references, when it is first read (see _lazyItem). So the
// link resolver reaches only what was used, and never the whole corpus.
const known = /* @__PURE__ */ new Map<string, _ResolvedRef>();

/** Records resolved references (called when an item of content is first read). */
export function _registerRefs(targets: readonly _RefTarget[]): void {
  for (const [kind, id, title, url] of targets) {
    const key = `${kind}\u0000${id}`;
    if (!known.has(key)) known.set(key, Object.freeze({ title, url: url ?? undefined }));
  }
}

let index: Map<string, _ResolvedRef> | undefined;

/** Every organisation and legal reference, parsed from the generated JSON text on first use. */
function _index(): Map<string, _ResolvedRef> {
  if (index === undefined) {
    index = new Map();
    for (const [kind, id, title, url] of JSON.parse(_refIndexJson) as _RefTarget[]) index.set(`${kind}\u0000${id}`, Object.freeze({ title, url: url ?? undefined }));
  }
  return index;
}

/**
 * Resolves a reference to an organisation or a legal reference to a title and address, or undefined when the id is
 * unknown. What items read so far recorded is looked up first; anything else comes from the index of every
 * organisation and legal reference generated at build time, so the answer never depends on what was read before.
 * (FAQs and pages are not looked up: renderers link an FAQ to its anchor and a page to nothing.)
 */
export function _resolveRef(kind: RefKind, id: string): _ResolvedRef | undefined {
  const key = `${kind}\u0000${id}`;
  return known.get(key) ?? _index().get(key);
}
