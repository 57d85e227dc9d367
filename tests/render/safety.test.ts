// Hostile text anywhere in the content (including council-supplied text) never becomes markup: the output, parsed
// with a real HTML parser, has only allow-listed elements, attributes and link schemes, and the text survives.
import fc from 'fast-check';
import { parseFragment } from 'parse5';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { getGuidancePage } from '../../src/content/getGuidancePage.js';
import { renderHtml } from '../../src/render/renderHtml.js';
import { renderMarkdown } from '../../src/render/renderMarkdown.js';
import type { GuidancePage } from '../../src/schemas/guidancePage.js';

const ELEMENTS = new Set(['article', 'section', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'div', 'span', 'details', 'summary']);
const ATTRIBUTES = new Set(['class', 'href', 'id', 'rel', 'aria-hidden', 'aria-label']);
const SCHEMES = /^(https:|mailto:|tel:|#|\/(?!\/))/;

interface Node { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string }

function check(node: Node, texts: string[]): void {
  if (node.tagName !== undefined) {
    expect(ELEMENTS, `element <${node.tagName}>`).toContain(node.tagName);
    for (const attr of node.attrs ?? []) {
      expect(ATTRIBUTES, `attribute ${attr.name}`).toContain(attr.name);
      if (attr.name === 'href') expect(attr.value).toMatch(SCHEMES);
    }
  }
  if (node.nodeName === '#text' && node.value !== undefined) texts.push(node.value);
  if (node.nodeName === '#comment') throw new Error('comment in output');
  for (const child of node.childNodes ?? []) check(child, texts);
}

const hostile = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='x", '<!-- x -->', '&amp;&lt;', '</article><iframe>', '[x](javascript:alert(1))', '**bold** _em_ `code`', '# heading', '1. list', '<a href="javascript:1">x</a>', '\u0000\u202e'),
);
const href = fc.oneof(fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', 'http://x.org', ' https://x.org', 'https://x.org/"onclick="1', 'https://ok.example.org/a'), fc.webUrl());

/** A copy of the page with hostile text and link targets in every text node and link. */
function poison(page: GuidancePage, strings: string[], hrefs: string[]): GuidancePage {
  let i = 0;
  let j = 0;
  const copy = structuredClone(page) as GuidancePage;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      const node = value as Record<string, unknown>;
      if (node['type'] === 'text' && typeof node['value'] === 'string') node['value'] = strings[i++ % strings.length];
      if (node['type'] === 'link') node['href'] = hrefs[j++ % hrefs.length];
      if (typeof node['question'] === 'string') node['question'] = strings[i++ % strings.length];
      Object.values(node).forEach(visit);
    }
  };
  visit(copy.body);
  copy.title = strings[0] as string;
  copy.summary = strings[1 % strings.length] as string;
  return copy;
}

describe('renderHtml safety (property)', () => {
  it('emits only allow-listed elements, attributes and schemes, and keeps hostile text as text', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 2, maxLength: 6 }), fc.array(href, { minLength: 1, maxLength: 4 }), fc.constantFrom('plain', 'govuk'), (strings, hrefs, style) => {
        const page = poison(getGuidancePage('after-mediation'), strings, hrefs);
        const fragment = parseFragment(renderHtml(page, { style: style as 'plain' | 'govuk' })) as unknown as Node;
        const texts: string[] = [];
        check(fragment, texts);
        const all = texts.join('');
        expect(all).toContain((strings[0] as string).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('drops a link resolver target that is not allowed', () => {
    const html = renderHtml(getGuidancePage('after-mediation'), { linkResolver: () => 'javascript:alert(1)' });
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Local Government and Social Care Ombudsman');
  });
});

describe('renderMarkdown safety (property)', () => {
  it('parses back to text and allowed links only: no HTML, images or code from the content', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 2, maxLength: 6 }), fc.array(href, { minLength: 1, maxLength: 4 }), (strings, hrefs) => {
        const tree = fromMarkdown(renderMarkdown(poison(getGuidancePage('after-mediation'), strings, hrefs))) as unknown as { type: string; url?: string; children?: unknown[] };
        const walk = (node: { type: string; url?: string; children?: unknown[] }): void => {
          expect(['html', 'image', 'inlineCode', 'code', 'definition', 'imageReference', 'linkReference']).not.toContain(node.type);
          if (node.type === 'link') expect(node.url).toMatch(SCHEMES);
          for (const child of (node.children ?? []) as { type: string }[]) walk(child);
        };
        walk(tree);
      }),
      { numRuns: 120 },
    );
  }, 60_000);
});
