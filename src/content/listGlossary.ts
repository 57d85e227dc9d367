import { glossary } from '../_generated/glossary.js';
import { glossaryTermIds } from '../_generated/ids.js';
import type { GlossaryTerm } from '../schemas/glossary.js';

/**
 * Lists every glossary term, sorted alphabetically by term. The list and the terms are frozen.
 *
 * @example
 * listGlossary().some((entry) => entry.id === 'tribunal') //=> true
 */
export function listGlossary(): readonly GlossaryTerm[] {
  return Object.freeze(
    glossaryTermIds.map((id) => glossary[id]).sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' })),
  );
}
