// Internal: link resolution and the allow-list of link targets shared by the HTML and Markdown renderers.
import { _resolveRef } from '../_lib/resolveRef.js';
import type { RefKind } from '../schemas/inline.js';

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

/** Whether a link target is allowed: https:, mailto:, tel:, a fragment (#...), a path on the same site (/...) or a sibling page (name.html). */
export function _isAllowedHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length === 0 || href.length > 2048 || /[\s\u0000-\u001f\u007f"'<>`\\]/.test(href)) return false;
  if (href.startsWith('#')) return /^#[A-Za-z][\w:.-]*$/.test(href);
  if (href.startsWith('/')) return !href.startsWith('//');
  // A file beside the current one, such as glossary.html#term-ehc-plan (a site of rendered pages, like the docs site).
  if (/^[a-z0-9][a-z0-9-]*\.html(?:#[A-Za-z][\w:.-]*)?$/.test(href)) return true;
  if (/^mailto:[^@/]+@[^@/]+\.[^@/]+$/i.test(href)) return true;
  if (/^tel:\+?[0-9]{6,15}$/.test(href)) return true;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
