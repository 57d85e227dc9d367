import { pages } from '../_generated/pages.js';
import { guidancePageIds, type GuidancePageId } from '../_generated/ids.js';
import { _lookUp } from '../_lib/unknownId.js';
import type { GuidancePage } from '../schemas/guidancePage.js';

/**
 * Gets a guidance page by id. The page is deeply frozen: it is shared by every caller, so trying to change it throws
 * a TypeError. Copy it (for example with `structuredClone`) if you need to change it. Each page is read (parsed and
 * frozen) the first time it is asked for, not when the package is imported.
 *
 * A look-up by id can ask for any page, so a bundle that uses this function carries every page. To carry only the
 * pages you show, import each by name from the `send-mediation-guidance/items` entry instead:
 * `import { pageAfterMediation } from 'send-mediation-guidance/items'`; `pageAfterMediation()` returns the same
 * object as `getGuidancePage('after-mediation')`.
 *
 * @param id - The page id, for example `'after-mediation'`.
 * @returns The page, with its envelope (dates, sources, change history) and body blocks.
 * @throws {@link GuidanceError} with code `UNKNOWN_ID` when no page has that id; the message lists the valid ids.
 *
 * @example
 * const page = getGuidancePage('after-mediation');
 * page.title //=> 'After your mediation'
 * page.nationalApplicability //=> ['england']
 */
export function getGuidancePage(id: GuidancePageId): GuidancePage {
  return _lookUp(pages, guidancePageIds, id, 'guidance page', 'id');
}
