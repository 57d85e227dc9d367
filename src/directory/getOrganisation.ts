import { organisations } from '../_generated/organisations.js';
import { organisationIds, type OrganisationId } from '../_generated/ids.js';
import { _lookUp } from '../_lib/unknownId.js';
import type { Organisation } from '../schemas/organisation.js';

/**
 * Gets an organisation by id: what it is, what it helps with, who it serves, how to contact it, and the source of
 * each fact. Deeply frozen.
 *
 * @throws {@link GuidanceError} `UNKNOWN_ID` when there is no such organisation.
 *
 * @example
 * getOrganisation('ipsea').name //=> 'IPSEA (Independent Provider of Special Education Advice)'
 * getOrganisation('lgsco').helpsWith //=> ['complaint']
 */
export function getOrganisation(id: OrganisationId): Organisation {
  return _lookUp(organisations, organisationIds, id, 'organisation', 'id');
}
