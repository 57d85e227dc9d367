// Internal: link resolution and the allow-list of link targets shared by the HTML and Markdown renderers.
import { _resolveRef } from '../_lib/resolveRef.js';
import { _HTTPS_URL_PATTERN } from '../_lib/patterns.js';
import type { RefKind } from '../../../../src/schemas/inline.js';

/**
 * Turns an internal reference into a link target, or undefined for plain text.
 */
export type _LinkResolver = (ref: { kind: RefKind; id: string }) => string | undefined;

/** The default: organisations to their website, legal references to legislation.gov.uk or GOV.UK, FAQs to their anchor. */
export function _defaultResolver(ref: { kind: RefKind; id: string }): string | undefined {
  if (ref.kind === 'faq') return `#faq-${ref.id}`;
  if (ref.kind === 'page') return undefined;
  return _resolveRef(ref.kind, ref.id)?.url;
}

const UNSAFE = /[\s\u0000-\u001f\u007f"'<>`\\]/;
const FRAGMENT = /^#[A-Za-z][\w:.-]*$/;
const SIBLING_PAGE = /^[a-z0-9][a-z0-9-]*\.html(?:#[A-Za-z][\w:.-]*)?$/;
const MAILTO = /^mailto:[^@/]+@[^@/]+\.[^@/]+$/i;
const TEL = /^tel:\+?[0-9]{6,15}$/;
/** The strict form every https: address in the data and in council details has (src/_lib/patterns.ts). */
const STRICT_HTTPS = /* @__PURE__ */ new RegExp(_HTTPS_URL_PATTERN);

/** The allow-list, worked out from the text of the target. */
function check(href: string): boolean {
  if (href.length === 0 || href.length > 2048 || UNSAFE.test(href)) return false;
  if (href.startsWith('#')) return FRAGMENT.test(href);
  if (href.startsWith('/')) return !href.startsWith('//');
  // A file beside the current one, such as glossary.html#term-ehc-plan (a site of rendered pages, like the docs site).
  if (SIBLING_PAGE.test(href)) return true;
  if (MAILTO.test(href)) return true;
  if (TEL.test(href)) return true;
  // Every address in the data and every address a council gives localise() has this strict form (host names, no
  // user name, password or port), checked when the data is built and when localise() runs; it is allowed without
  // parsing. Anything else (from a custom link resolver or hand-made content) is parsed as a browser would.
  if (STRICT_HTTPS.test(href)) return true;
  // "https:host" and "https:/host" are read by a browser on an https page as a path on the same site: refused.
  if (!/^https:\/\//i.test(href)) return false;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/**
 * Targets already checked, with the answer: a page links to the same addresses every time it is rendered, so each
 * is checked once. The answer depends on the text alone. Bounded, so that a stream of different targets cannot grow it.
 */
const checked = /* @__PURE__ */ new Map<string, boolean>();
const CHECKED_MAX = 1024;

/** Whether a link target is allowed: https:, mailto:, tel:, a fragment (#...), a path on the same site (/...) or a sibling page (name.html). */
export function _isAllowedHref(href: unknown): href is string {
  if (typeof href !== 'string') return false;
  let allowed = checked.get(href);
  if (allowed === undefined) {
    allowed = check(href);
    if (checked.size >= CHECKED_MAX) checked.clear();
    checked.set(href, allowed);
  }
  return allowed;
}
