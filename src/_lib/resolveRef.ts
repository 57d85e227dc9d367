import { _refIndexJson } from '../_generated/refIndex.js';
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
// Kept as one map of ids per kind, so that a look-up builds no key text (renderers look up every reference they show).
type _Targets = Map<string, Map<string, _ResolvedRef>>;
const known: _Targets = /* @__PURE__ */ new Map();

/** Adds targets to a map of ids per kind; a target already there keeps its first answer. */
function _add(map: _Targets, targets: readonly _RefTarget[]): void {
  for (const [kind, id, title, url] of targets) {
    let ids = map.get(kind);
    if (ids === undefined) map.set(kind, (ids = new Map()));
    if (!ids.has(id)) ids.set(id, Object.freeze({ title, url: url ?? undefined }));
  }
}

/** Records resolved references (called when an item of content is first read). */
export function _registerRefs(targets: readonly _RefTarget[]): void {
  _add(known, targets);
}

let index: _Targets | undefined;

/** Every organisation and legal reference (each kind and id once), parsed from the generated JSON text on first use. */
function _index(): _Targets {
  if (index === undefined) _add((index = new Map()), JSON.parse(_refIndexJson) as _RefTarget[]);
  return index;
}

/**
 * Resolves a reference to an organisation or a legal reference to a title and address, or undefined when the id is
 * unknown. What items read so far recorded is looked up first; anything else comes from the index of every
 * organisation and legal reference generated at build time, so the answer never depends on what was read before.
 * (FAQs and pages are not looked up: renderers link an FAQ to its anchor and a page to nothing.)
 */
export function _resolveRef(kind: RefKind, id: string): _ResolvedRef | undefined {
  return known.get(kind)?.get(id) ?? _index().get(kind)?.get(id);
}
