import { pages } from '../_generated/pages.js';
import { guidancePageIds } from '../_generated/ids.js';
import type { GuidancePage } from '../schemas/guidancePage.js';

/**
 * Lists every guidance page, sorted by id. The list and the pages are frozen.
 *
 * @example
 * listGuidancePages().map((page) => page.id)
 * //=> ['after-mediation', 'council-has-not-acted', 'health-and-social-care', 'mediation-certificate', 'plan-being-stopped']
 */
export function listGuidancePages(): readonly GuidancePage[] {
  return Object.freeze(guidancePageIds.map((id) => pages[id]));
}
