import { instruments } from '../_generated/instruments.js';
import { legislation } from '../_generated/legislation.js';
import { legislationIds, type LegislationId } from '../_generated/ids.js';
import { _excerpt, _LIMITS } from '../_lib/limits.js';
import { _unknownId } from '../_lib/unknownId.js';
import { GuidanceError } from '../errors.js';
import type { Instrument, LegalReference, ProvisionKind } from '../schemas/legislation.js';

/**
 * A citation to format: a legal reference id, optionally with a sub-paragraph such as `'(3)'` or `'(1)(c)'`.
 * {@link parseCitation} returns this shape.
 *
 * @example
 * const citation: CitationRef = { id: 'send-regs-2014/reg-42', subdivision: '(3)' };
 * citation.subdivision //=> '(3)'
 */
export interface CitationRef {
  /** The legal reference id. */
  id: LegislationId;
  /** A sub-paragraph or sub-section, written as bracketed parts: `'(3)'`, `'(2)(a)'`. */
  subdivision?: string;
}

/**
 * How to write a citation:
 * - `short`: what advisers write, "SEND Regulations 2014, reg. 42(3)";
 * - `full`: "The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530), regulation 42(3)";
 * - `oscola`: the Oxford University Standard for the Citation of Legal Authorities, "Special Educational Needs and
 *   Disability Regulations 2014, SI 2014/1530, reg 42(3)".
 *
 * @example
 * const style: CitationStyle = 'oscola';
 * style //=> 'oscola'
 */
export type CitationStyle = 'short' | 'full' | 'oscola';

const STYLES: readonly CitationStyle[] = ['short', 'full', 'oscola'];

const WORDS: Record<ProvisionKind, { short: string; full: string; oscola: string }> = {
  section: { short: 's.', full: 'section', oscola: 's' },
  regulation: { short: 'reg.', full: 'regulation', oscola: 'reg' },
  rule: { short: 'r.', full: 'rule', oscola: 'r' },
  paragraph: { short: 'para.', full: 'paragraph', oscola: 'para' },
  schedule: { short: 'Sch.', full: 'Schedule', oscola: 'sch' },
};

function _withoutThe(title: string): string {
  return title.replace(/^The /, '');
}

function _instrumentPart(instrument: Instrument, style: CitationStyle): string {
  switch (style) {
    case 'short':
      return instrument.shortTitle;
    case 'full':
      return instrument.number === undefined
        ? `${instrument.title} (${instrument.year})`
        : `${instrument.title} (${instrument.number})`;
    case 'oscola':
      if (instrument.type === 'statutory-instrument') return `${_withoutThe(instrument.title)}, ${instrument.number ?? ''}`;
      if (instrument.type === 'act') return instrument.title;
      return `${instrument.title} (${instrument.year})`;
  }
}

/**
 * Writes a legal reference as a citation, in one of three styles (see {@link CitationStyle}).
 *
 * @param reference - A legal reference id, a {@link CitationRef} (id and sub-paragraph), or a reference object
 * from {@link getLegislation}.
 * @param style - `'short'` (default), `'full'` or `'oscola'`.
 * @throws {@link GuidanceError} `UNKNOWN_ID` for an unknown id (ids are at most 100 characters); `INVALID_ARGUMENT`
 * for a reference that is not an id or an object with one, an unknown style, or a sub-paragraph not written as
 * bracketed parts (at most 40 characters).
 *
 * @example
 * formatCitation({ id: 'send-regs-2014/reg-42', subdivision: '(3)' }) //=> 'SEND Regulations 2014, reg. 42(3)'
 * formatCitation({ id: 'send-regs-2014/reg-42', subdivision: '(3)' }, 'full') //=> 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530), regulation 42(3)'
 * formatCitation('cfa-2014/s-55', 'oscola') //=> 'Children and Families Act 2014, s 55'
 * formatCitation('hesc-rules-2008/rule-20', 'oscola') //=> 'Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008, SI 2008/2699, r 20'
 */
export function formatCitation(reference: LegislationId | CitationRef | LegalReference, style: CitationStyle = 'short'): string {
  if (!STYLES.includes(style)) {
    throw new GuidanceError('INVALID_ARGUMENT', `style must be one of: ${STYLES.join(', ')}; got ${_excerpt(style)}.`, {
      argument: 'style',
      expected: STYLES,
    });
  }
  const id = typeof reference === 'string' ? reference : typeof reference === 'object' && reference !== null ? reference.id : undefined;
  const subdivision = typeof reference === 'object' && reference !== null && 'subdivision' in reference ? reference.subdivision : undefined;
  if (typeof id !== 'string' || !Object.prototype.hasOwnProperty.call(legislation, id)) {
    throw _unknownId('legal reference', 'reference', id, legislationIds);
  }
  if (subdivision !== undefined && (typeof subdivision !== 'string' || subdivision.length > _LIMITS.subdivision || !/^(\([0-9]+[A-Z]?\)|\([a-z]{1,4}\))+$/.test(subdivision))) {
    throw new GuidanceError('INVALID_ARGUMENT', `subdivision must be bracketed parts such as "(3)" or "(2)(a)", at most ${_LIMITS.subdivision} characters; got ${_excerpt(subdivision)}.`, {
      argument: 'reference.subdivision',
    });
  }
  const ref = legislation[id as LegislationId];
  const instrument = instruments[ref.instrument as keyof typeof instruments];
  const provision = `${WORDS[ref.kind][style]} ${ref.number}${subdivision ?? ''}`;
  if (style === 'oscola' && instrument.type === 'statutory-guidance') return `${_instrumentPart(instrument, style)} ${provision}`;
  return `${_instrumentPart(instrument, style)}, ${provision}`;
}
