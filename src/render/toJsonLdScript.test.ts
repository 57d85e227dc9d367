import fc from 'fast-check';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { getFaq } from '../content/getFaq.js';
import { getGuidancePage } from '../content/getGuidancePage.js';
import { getLegislation } from '../legislation/getLegislation.js';
import type { GuidancePage } from '../schemas/guidancePage.js';
import { toJsonLd } from './toJsonLd.js';
import { toJsonLdScript } from './toJsonLdScript.js';

/** The scripts an HTML parser (parse5, as browsers parse) finds in a document holding `html`, with their text. */
function scriptsIn(html: string): { type: string | undefined; text: string }[] {
  const out: { type: string | undefined; text: string }[] = [];
  const walk = (node: { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: unknown[] }): void => {
    if (node.nodeName === 'script') {
      const text = (node.childNodes ?? []).map((c) => (c as { value?: string }).value ?? '').join('');
      out.push({ type: node.attrs?.find((a) => a.name === 'type')?.value, text });
    }
    for (const child of node.childNodes ?? []) walk(child as typeof node);
  };
  walk(parse(`<!doctype html><html><head><title>t</title>${html}</head><body><p>after</p></body></html>`) as never);
  return out;
}

describe('toJsonLdScript', () => {
  it('is one complete script element holding the JSON-LD of toJsonLd', () => {
    const faq = getFaq('not-satisfied-with-outcome');
    const script = toJsonLdScript(faq);
    expect(script.startsWith('<script type="application/ld+json">\n')).toBe(true);
    expect(script.endsWith('\n</script>')).toBe(true);
    const found = scriptsIn(script);
    expect(found).toHaveLength(1);
    expect(found[0]?.type).toBe('application/ld+json');
    expect(JSON.parse(found[0]?.text as string)).toEqual(toJsonLd(faq));
  });

  it('passes the options on', () => {
    const script = toJsonLdScript(getGuidancePage('after-mediation'), { url: 'https://www.kent.gov.uk/send', publisher: { name: 'Kent County Council' } });
    expect(JSON.parse(scriptsIn(script)[0]?.text as string)).toMatchObject({ '@id': 'https://www.kent.gov.uk/send', publisher: { '@type': 'Organization', name: 'Kent County Council' } });
    expect(() => toJsonLdScript(getGuidancePage('after-mediation'), { url: 'javascript:alert(1)' })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('writes <, > and & as JSON escapes, so </script> in a page copy cannot end the element', () => {
    const page: GuidancePage = structuredClone(getGuidancePage('after-mediation'));
    page.title = '</script><script>alert(1)</script> & <!-- Tom & Jerry';
    const script = toJsonLdScript(page);
    const json = script.slice(script.indexOf('>') + 1, script.lastIndexOf('<'));
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!-- Tom \\u0026 Jerry');
    expect(JSON.parse(json).name).toBe(page.title);
  });

  it('is safe for any text: an HTML parser finds exactly one script, and its JSON gives back the same text', () => {
    const fragments = fc.constantFrom('</script>', '</SCRIPT >', '<!--', '-->', '<script>', '&', '&amp;', '\u2028', '\u2029', '"', '\\', '</', '<', '>', ']]>', '\u0000', 'é', '😀');
    fc.assert(
      fc.property(fc.array(fc.oneof(fragments, fc.string({ maxLength: 5 })), { maxLength: 8 }).map((parts) => parts.join('')), (title) => {
        const page: GuidancePage = structuredClone(getGuidancePage('after-mediation'));
        page.title = title;
        page.summary = title;
        const found = scriptsIn(toJsonLdScript(page));
        return found.length === 1 && found[0]?.type === 'application/ld+json' && JSON.parse(found[0].text).name === title;
      }),
      { numRuns: 300 },
    );
  });

  it('works for a legal reference and refuses what toJsonLd refuses', () => {
    expect(toJsonLdScript(getLegislation('send-regs-2014/reg-42'))).toContain('"@type": "Legislation"');
    expect(() => toJsonLdScript({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
