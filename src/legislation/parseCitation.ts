import { _assertText, _LIMITS } from '../_lib/limits.js';
import { _findCitations } from './_citations.js';
import type { CitationRef } from './formatCitation.js';

/**
 * The result of {@link parseCitation}: the provision cited and what was corrected to get there.
 *
 * @example
 * const parsed: ParsedCitation = { reference: { id: 'cfa-2014/s-55' }, corrections: [] };
 * parsed.reference.id //=> 'cfa-2014/s-55'
 */
export interface ParsedCitation {
  /** The provision, with its sub-paragraph if the text gave one. */
  reference: CitationRef;
  /** Each correction made, in plain English; empty when the citation was right. */
  corrections: string[];
}

/**
 * Reads one citation written the way people write them, and returns the provision in the library's register that it
 * cites. Known mistakes are corrected and listed in `corrections` (for example "SEND Regulations 2015" for the 2014
 * Regulations, or "section 42 of the SEND Regulations" for regulation 42). Returns `null`, with no guess, when the
 * text cites nothing in the register, cites more than one provision, or cannot be placed with certainty. When no
 * instrument is named at all, "regulation 42(3)" is read in the SEND Regulations 2014 and "rule 20" in the tribunal's
 * rules (the only regulations and rules in the register), and `corrections` says so.
 *
 * @param text - One citation, at most 1,000 characters.
 * @throws {@link GuidanceError} `INVALID_ARGUMENT` when `text` is not a string; `INPUT_TOO_LONG` past 1,000 characters.
 *
 * @example
 * parseCitation('SEND Regs 2014 reg 42') //=> { reference: { id: 'send-regs-2014/reg-42' }, corrections: [] }
 * parseCitation('SI 2014/1530 r.42(2)')?.reference //=> { id: 'send-regs-2014/reg-42', subdivision: '(2)' }
 * parseCitation('SEND Regulations 2015 reg 42')?.corrections.length //=> 1
 * parseCitation('section 5 of the leaflet') //=> null
 */
export function parseCitation(text: string): ParsedCitation | null {
  _assertText(text, 'text', _LIMITS.citation, '"SEND Regs 2014 reg 42"');
  const found = _findCitations(text);
  if (found.length !== 1) return null;
  const [only] = found;
  if (!only) return null;
  return {
    reference: only.subdivision === undefined ? { id: only.id } : { id: only.id, subdivision: only.subdivision },
    corrections: only.corrections,
  };
}
