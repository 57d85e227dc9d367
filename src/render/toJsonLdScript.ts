import { toJsonLd } from './toJsonLd.js';
import type { ToJsonLdOptions } from './toJsonLd.js';
import type { Faq } from '../schemas/faq.js';
import type { GuidancePage } from '../schemas/guidancePage.js';
import type { LegalReference } from '../schemas/legislation.js';
import type { Organisation } from '../schemas/organisation.js';

const ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * The JSON-LD of {@link toJsonLd} as a complete `<script type="application/ld+json">` element, ready to put in a
 * page's `<head>` or `<body>`. In the JSON, `<`, `>` and `&` are written as `\u003c`, `\u003e` and `\u0026` (and the
 * line and paragraph separators escaped too), which JSON readers decode back to the same text, so no content, even a
 * page copy holding `</script>` or `<!--`, can end the element early or be read as HTML.
 *
 * @param options - As for {@link toJsonLd}: `url`, `publisher`, `inLanguage`, `answerFormat`.
 * @throws {@link GuidanceError} `INVALID_ARGUMENT`, as {@link toJsonLd} does.
 *
 * @example
 * const script = toJsonLdScript(getFaq('not-satisfied-with-outcome'));
 * script.startsWith('<script type="application/ld+json">') //=> true
 * script.endsWith('</script>') //=> true
 * const page = structuredClone(getGuidancePage('after-mediation'));
 * page.title = '</script><script>alert(1)</script>';
 * toJsonLdScript(page).includes('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)') //=> true
 */
export function toJsonLdScript(content: GuidancePage | Faq | LegalReference | Organisation, options: ToJsonLdOptions = {}): string {
  const json = JSON.stringify(toJsonLd(content, options), null, 2).replace(/[<>&\u2028\u2029]/g, (c) => ESCAPES[c] as string);
  return `<script type="application/ld+json">\n${json}\n</script>`;
}
