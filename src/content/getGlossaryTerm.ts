import { glossary } from '../_generated/glossary.js';
import { glossaryTermIds, type GlossaryTermId } from '../_generated/ids.js';
import { _lookUp } from '../_lib/unknownId.js';
import type { GlossaryTerm } from '../schemas/glossary.js';

/**
 * Gets a glossary term and its plain-English explanation by id. The term is deeply frozen. Content links a term
 * here at its first use (an internal reference of kind `glossary`).
 *
 * @param id - The term's id, for example `'mediation-certificate'`.
 * @throws {@link GuidanceError} with code `UNKNOWN_ID` when no term has that id; the message lists the valid ids.
 *
 * @example
 * getGlossaryTerm('send').term //=> 'Special educational needs and disability (SEND)'
 */
export function getGlossaryTerm(id: GlossaryTermId): GlossaryTerm {
  return _lookUp(glossary, glossaryTermIds, id, 'glossary term', 'id');
}
