import type { RefKind } from '../schemas/inline.js';

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

/**
 * Resolves a reference to an organisation or a legal reference to a title and address, or undefined when the id is
 * unknown. Every such reference in the library's own content resolves, because reading an item records what it
 * points to. A reference in content built by hand resolves once the item it names, or an item that references it,
 * has been read. (FAQs and pages are not looked up: renderers link an FAQ to its anchor and a page to nothing.)
 */
export function _resolveRef(kind: RefKind, id: string): _ResolvedRef | undefined {
  return known.get(`${kind}\u0000${id}`);
}
