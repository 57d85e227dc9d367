import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listFaqs, listGuidancePages, listLegislation, listOrganisations } from '../index.js';
import { _HTTPS_URL_PATTERN } from '../_lib/patterns.js';
import { _isAllowedHref } from './_links.js';

/**
 * The earlier version, which parsed every https: target with new URL(), as the reference; it also let through
 * "https:host" and "https:/host", which a browser on an https page reads as a path on the same site. Those are now
 * refused, as localise() already refused them.
 */
function reference(href: unknown): boolean {
  return earlier(href) && !(/^https:/i.test(href as string) && !/^https:\/\//i.test(href as string));
}

function earlier(href: unknown): boolean {
  if (typeof href !== 'string' || href.length === 0 || href.length > 2048 || /[\s\u0000-\u001f\u007f"'<>`\\]/.test(href)) return false;
  if (href.startsWith('#')) return /^#[A-Za-z][\w:.-]*$/.test(href);
  if (href.startsWith('/')) return !href.startsWith('//');
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

const HOSTILE = [
  'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '//evil.example', 'http://x.org', ' https://x.org',
  'https://x.org/"onclick="1', "https://x.org/'", 'https://user:pw@x.org', 'https://x.org@evil.example', 'https:evil.example', 'https:/evil.example',
  'https:\\\\evil.example', 'https://x.org\u0000', 'https://x.org/\u2028', '#x"y', '#1', 'java\tscript:alert(1)', 'https://x.org/<script>',
];

describe('_isAllowedHref', () => {
  it('refuses every hostile target, the first time and again from the cache', () => {
    for (let round = 0; round < 2; round++) {
      for (const href of HOSTILE) expect(_isAllowedHref(href), href).toBe(false);
    }
    expect(_isAllowedHref(undefined)).toBe(false);
    expect(_isAllowedHref(42)).toBe(false);
  });

  it('answers as parsing every target with new URL() did (but refuses https:host), for any text, asked any number of times', () => {
    const target = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.webUrl({ validSchemes: ['https'], authoritySettings: { withUserInfo: true, withPort: true, withIPv4: true } }),
      fc.constantFrom(...HOSTILE, 'https://www.gov.uk/bank-holidays', 'mailto:a@b.org', 'tel:+441632960000', '/local', 'glossary.html#term-ehc-plan', 'HTTPS://OK.EXAMPLE.ORG'),
      fc.string({ maxLength: 30 }).map((s) => `https://${s}`),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(target, { minLength: 1, maxLength: 5 }), (hrefs) => {
        for (const href of [...hrefs, ...hrefs]) expect(_isAllowedHref(href), href).toBe(reference(href));
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps giving the right answers after more targets than its cache holds', () => {
    for (let i = 0; i < 3000; i++) expect(_isAllowedHref(`https://site${i}.example.org/`)).toBe(true);
    expect(_isAllowedHref('javascript:alert(1)')).toBe(false);
    expect(_isAllowedHref('https://site1.example.org/')).toBe(true);
  });

  it('allows every address in the content and data without parsing it: each has the strict form checked at build time', () => {
    const strict = new RegExp(_HTTPS_URL_PATTERN);
    const addresses: string[] = [];
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === 'object' && value !== null) {
        const node = value as Record<string, unknown>;
        if (node['type'] === 'link' && typeof node['href'] === 'string' && node['href'].startsWith('https:')) addresses.push(node['href']);
        Object.values(node).forEach(visit);
      }
    };
    visit([listGuidancePages(), listFaqs()]);
    for (const org of listOrganisations()) if (org.website !== undefined) addresses.push(org.website);
    for (const law of listLegislation()) addresses.push(law.url);
    expect(addresses.length).toBeGreaterThan(40);
    for (const address of addresses) {
      expect(address, address).toMatch(strict);
      expect(_isAllowedHref(address), address).toBe(true);
    }
  });
});
