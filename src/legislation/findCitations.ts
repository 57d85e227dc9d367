import { _assertText, _LIMITS } from '../_lib/limits.js';
import { _findCitations } from './_citations.js';
import type { CitationRef } from './formatCitation.js';

/**
 * A citation found in a passage of text.
 *
 * @example
 * const found: FoundCitation = { start: 0, end: 6, text: 'reg 42', reference: { id: 'send-regs-2014/reg-42' }, corrections: [] };
 * found.reference.id //=> 'send-regs-2014/reg-42'
 */
export interface FoundCitation {
  /** Where the citation starts in the text (a UTF-16 index, as `String.prototype.slice` uses). */
  start: number;
  /** Where it ends (exclusive). */
  end: number;
  /** The text of the citation: `text.slice(start, end)`. */
  text: string;
  /** The provision it cites. */
  reference: CitationRef;
  /** What was corrected to get there, in plain English (empty when nothing was). */
  corrections: string[];
}

/**
 * Finds every citation of a provision in the library's register within a passage, with its position, so that a CMS
 * plugin can link it. It understands the ways people write citations ("SEND Regs 2014 reg 42", "regulation 44 of
 * the SEND Regulations", "s.55 CFA 2014", "SEND Regulations 42 and 44") and corrects known mistakes (a wrong year,
 * "section" for a regulation), listing each correction. A provision it cannot place in an instrument with certainty
 * is left out.
 *
 * It runs in time proportional to the length of the text.
 *
 * @param text - Any text, at most 1,048,576 characters (1 MiB).
 * @returns The citations in the order they appear; empty when there are none.
 * @throws {@link GuidanceError} `INVALID_ARGUMENT` when `text` is not a string; `INPUT_TOO_LONG` past 1 MiB.
 *
 * @example
 * const found = findCitations('Under the SEND Regulations 2015, regulations 42 and 44 apply.');
 * found.map((c) => c.reference.id) //=> ['send-regs-2014/reg-42', 'send-regs-2014/reg-44']
 * found[0].corrections.length //=> 1
 */
export function findCitations(text: string): FoundCitation[] {
  _assertText(text, 'text', _LIMITS.passage, '"See SEND Regulations 2014 reg 42."');
  return _findCitations(text).map((found) => ({
    start: found.start,
    end: found.end,
    text: text.slice(found.start, found.end),
    reference: found.subdivision === undefined ? { id: found.id } : { id: found.id, subdivision: found.subdivision },
    corrections: found.corrections,
  }));
}
