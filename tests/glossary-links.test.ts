// Glossary terms in rendered content: plain text by default, a link when the app gives an address; and the one
// kind of relative address the docs site needs (a sibling page, name.html#fragment) is allowed, nothing looser.
import { describe, expect, it } from 'vitest';
import { getGuidancePage } from '../src/content/getGuidancePage.js';
import { renderHtml } from '../src/render/renderHtml.js';
import { renderMarkdown } from '../src/render/renderMarkdown.js';
import { renderText } from '../src/render/renderText.js';

const page = getGuidancePage('mediation-certificate');

describe('glossary references when rendering', () => {
  it('are plain text by default (no address is invented)', () => {
    const html = renderHtml(page);
    expect(html).toContain('<p>A mediation certificate is a short note.');
    expect(html).not.toContain('term-');
    expect(renderText(page)).toContain('A mediation certificate is a short note.');
  });

  it('become links when the linkResolver gives an address, in HTML and Markdown', () => {
    const resolver = (ref: { kind: string; id: string }) => (ref.kind === 'glossary' ? `glossary.html#term-${ref.id}` : undefined);
    expect(renderHtml(page, { linkResolver: resolver as never })).toContain('<a href="glossary.html#term-mediation-certificate">mediation certificate</a>');
    expect(renderMarkdown(page, { linkResolver: resolver as never })).toContain('[mediation certificate](<glossary.html#term-mediation-certificate>)');
  });

  it.each([
    ['../secret.html', false],
    ['glossary.html?x=1', false],
    ['dir/glossary.html', false],
    ['glossary.htm', false],
    ['javascript:alert(1)//.html', false],
    ['Glossary.HTML', false],
    ['glossary.html#term-send', true],
    ['mediation-certificate-govuk.html', true],
  ])('a resolver address %s is linked: %s', (href, linked) => {
    const html = renderHtml(page, { linkResolver: ((ref: { kind: string }) => (ref.kind === 'glossary' ? href : undefined)) as never });
    expect(html.includes(`href="${href}"`)).toBe(linked);
  });
});
