import { legislation } from '../_generated/legislation.js';
import { instrumentIds, legalTopics, legislationIds, type InstrumentId } from '../_generated/ids.js';
import { _unknownId } from '../_lib/unknownId.js';
import { GuidanceError } from '../errors.js';
import type { LegalReference, LegalTopic } from '../schemas/legislation.js';
import { _excerpt } from '../_lib/limits.js';

const TOPICS: readonly LegalTopic[] = legalTopics;

/**
 * Filters for {@link listLegislation}.
 *
 * @example
 * const filter: LegislationFilter = { instrument: 'send-regs-2014', topic: 'mediation' };
 * filter.topic //=> 'mediation'
 */
export interface LegislationFilter {
  /** Only references in this instrument. */
  instrument?: InstrumentId;
  /** Only references about this topic. */
  topic?: LegalTopic;
}

function _provisionOrder(a: LegalReference, b: LegalReference): number {
  if (a.instrument !== b.instrument) return a.instrument.localeCompare(b.instrument);
  const [aMajor = 0, aMinor = 0] = a.number.split('.').map((n) => parseInt(n, 10));
  const [bMajor = 0, bMinor = 0] = b.number.split('.').map((n) => parseInt(n, 10));
  return aMajor - bMajor || aMinor - bMinor || a.number.localeCompare(b.number);
}

/**
 * Lists the legal references in the register, in order of instrument and then provision number (so regulation 42
 * comes before 43, and paragraph 11.6 before 11.13), optionally filtered. The list and its entries are frozen.
 *
 * @throws {@link GuidanceError} `UNKNOWN_ID` for an unknown instrument; `INVALID_ARGUMENT` for an unknown topic.
 *
 * @example
 * listLegislation({ instrument: 'hesc-rules-2008' }).map((ref) => ref.id)
 * //=> ['hesc-rules-2008/rule-1', 'hesc-rules-2008/rule-5', 'hesc-rules-2008/rule-12', 'hesc-rules-2008/rule-20']
 * listLegislation({ topic: 'ombudsman' }).map((ref) => ref.number) //=> ['26', '26A', '26B']
 */
export function listLegislation(filter: LegislationFilter = {}): readonly LegalReference[] {
  if (typeof filter !== 'object' || filter === null) {
    throw new GuidanceError('INVALID_ARGUMENT', 'listLegislation takes an optional filter such as { topic: "mediation" }.', { argument: 'filter' });
  }
  const { instrument, topic } = filter;
  if (instrument !== undefined && !(instrumentIds as readonly string[]).includes(instrument)) {
    throw _unknownId('instrument', 'filter.instrument', instrument, instrumentIds);
  }
  if (topic !== undefined && !TOPICS.includes(topic)) {
    throw new GuidanceError('INVALID_ARGUMENT', `filter.topic must be one of: ${TOPICS.join(', ')}; got ${_excerpt(topic)}.`, {
      argument: 'filter.topic',
      expected: TOPICS,
    });
  }
  return Object.freeze(
    legislationIds
      .map((id) => legislation[id])
      .filter((ref) => (instrument === undefined || ref.instrument === instrument) && (topic === undefined || ref.topics.includes(topic)))
      .sort(_provisionOrder),
  );
}
