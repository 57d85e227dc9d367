import { organisations } from '../_generated/organisations.js';
import { organisationIds } from '../_generated/ids.js';
import type { Organisation } from '../schemas/organisation.js';

/**
 * Lists every national organisation in the directory, sorted by id. The list and its entries are frozen.
 *
 * @example
 * listOrganisations().map((org) => org.id) //=> ['contact', 'iassn', 'ipsea', 'lgsco', 'phso', 'send-tribunal', 'sossen']
 */
export function listOrganisations(): readonly Organisation[] {
  return Object.freeze(organisationIds.map((id) => organisations[id]));
}
