import { audiences, needs, organisationIds } from '../_generated/ids.js';
import { organisations } from '../_generated/organisations.js';
import { _validateLocalIass } from '../_lib/validateLocal.js';
import { GuidanceError } from '../errors.js';
import type { LocalIass } from '../schemas/localAuthority.js';
import type { Audience, Need, Organisation } from '../schemas/organisation.js';
import { _assertOptions } from '../_lib/limits.js';

const NEEDS: readonly Need[] = needs;
const AUDIENCES: readonly Audience[] = audiences;

/**
 * What someone needs help with, for {@link findOrganisations}.
 *
 * @example
 * const query: HelpQuery = { need: 'advice', audience: 'parents', free: true };
 * query.need //=> 'advice'
 */
export interface HelpQuery {
  /** What they need. */
  need: Need;
  /** Who is asking; organisations that do not serve them are left out. */
  audience?: Audience;
  /** `true` to keep only organisations whose help is known to be free. */
  free?: boolean;
}

/**
 * One match from {@link findOrganisations}: a national organisation or the council's local IAS service.
 *
 * @example
 * const [first]: HelpMatch[] = findOrganisations({ need: 'complaint' });
 * first.kind === 'national' && first.organisation.id //=> 'lgsco'
 */
export type HelpMatch =
  | { kind: 'national'; organisation: Organisation; reason: string }
  | { kind: 'local'; service: LocalIass; reason: string };

/**
 * Finds who can help with a need, best first, national organisations and the council's local IAS service together.
 * An organisation ranks higher the earlier the need comes in what it helps with (its main job first). When a local
 * IAS service is given, it takes the place of the national IAS network and comes first for advice, information and
 * help with an appeal, because it knows the council.
 *
 * @param query - `need`, and optionally `audience` and `free`.
 * @param options - `localIass`: the council's own IAS service (from {@link findLocalIass}).
 * @throws {@link GuidanceError} `INVALID_ARGUMENT` for an unknown need or audience; `INVALID_DETAILS` for an invalid
 * local entry.
 *
 * @example
 * findOrganisations({ need: 'appeal-support' }).map((m) => m.kind === 'national' && m.organisation.id) //=> ['ipsea', 'iassn']
 * findOrganisations({ need: 'helpline' }).map((m) => m.kind === 'national' && m.organisation.id) //=> ['sossen', 'contact']
 */
export function findOrganisations(query: HelpQuery, options: { localIass?: LocalIass } = {}): HelpMatch[] {
  if (typeof query !== 'object' || query === null || !NEEDS.includes(query.need)) {
    throw new GuidanceError('INVALID_ARGUMENT', `query.need must be one of: ${NEEDS.join(', ')}.`, { argument: 'query.need', expected: NEEDS });
  }
  if (query.audience !== undefined && !AUDIENCES.includes(query.audience)) {
    throw new GuidanceError('INVALID_ARGUMENT', `query.audience must be one of: ${AUDIENCES.join(', ')}.`, { argument: 'query.audience', expected: AUDIENCES });
  }
  if (query.free !== undefined && typeof query.free !== 'boolean') {
    throw new GuidanceError('INVALID_ARGUMENT', 'query.free must be true or false.', { argument: 'query.free' });
  }
  _assertOptions(options, 'options');
  const local = options.localIass;
  if (local !== undefined) _validateLocalIass(local, 'options.localIass');
  const scored: { match: HelpMatch; score: number; order: number }[] = [];
  organisationIds.forEach((id, order) => {
    const organisation = organisations[id];
    const position = organisation.helpsWith.indexOf(query.need);
    if (position < 0) return;
    if (query.audience !== undefined && !organisation.audiences.includes(query.audience)) return;
    if (query.free === true && organisation.free !== true) return;
    if (local !== undefined && id === 'iassn') return;
    scored.push({
      match: { kind: 'national', organisation, reason: position === 0 ? `Its main work is ${query.need.replace(/-/g, ' ')}.` : `It also helps with ${query.need.replace(/-/g, ' ')}.` },
      score: position,
      order,
    });
  });
  const iass = organisations.iassn;
  if (local !== undefined && iass.helpsWith.includes(query.need) && (query.audience === undefined || iass.audiences.includes(query.audience))) {
    scored.push({ match: { kind: 'local', service: local, reason: 'Your local IAS service gives free, impartial advice and knows your council.' }, score: -1, order: -1 });
  }
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).map((s) => s.match);
}
