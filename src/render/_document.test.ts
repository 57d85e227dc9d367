// The structural check is remembered only for the package's own items (deep-frozen plain data it parsed itself):
// anything a caller made, frozen or not, is checked on every render.
import { describe, expect, it } from 'vitest';
import { _lazyItemFile } from '../_lib/lazyItem.js';
import { getGuidancePage } from '../content/getGuidancePage.js';
import type { GuidancePage } from '../schemas/guidancePage.js';
import { formatDate } from './formatDate.js';
import { renderHtml } from './renderHtml.js';
import { renderMarkdown } from './renderMarkdown.js';
import { renderText } from './renderText.js';

const page = getGuidancePage('after-mediation');
const refused = (argument: string) => expect.objectContaining({ name: 'GuidanceError', code: 'INVALID_ARGUMENT', argument });

describe('the remembered check', () => {
  it('renders a package item the same every time', () => {
    const first = renderHtml(page, { style: 'govuk' });
    expect(renderHtml(page, { style: 'govuk' })).toBe(first);
    expect(first).toContain('<h1 class="govuk-heading-xl">After your mediation</h1>');
  });

  it('checks again a caller\'s page frozen on the surface, and refuses it once a child has changed', () => {
    const body = structuredClone(page.body) as unknown[];
    const mine = Object.freeze({ ...page, body }) as GuidancePage;
    expect(renderHtml(mine)).toBe(renderHtml(page));
    body[0] = { type: 'script', id: 'x' };
    for (const render of [renderHtml, renderMarkdown, renderText]) expect(() => render(mine)).toThrow(refused('content.body[0].type'));
  });

  it('checks again a caller\'s page whose deeper text has changed', () => {
    const body = structuredClone(page.body);
    const mine = Object.freeze({ ...page, body });
    renderHtml(mine);
    const paragraph = body.findIndex((block) => block.type === 'paragraph');
    const block = body[paragraph] as { content: { value?: unknown }[] };
    (block.content[0] as { value?: unknown }).value = 42;
    expect(() => renderHtml(mine)).toThrow(refused(`content.body[${paragraph}].content[0].value`));
  });

  it('refuses a caller\'s deep-frozen copy with a bad child every time', () => {
    const bad = JSON.parse(JSON.stringify({ ...page, body: [{ type: 'heading', id: 'x', level: 9, content: [] }] }), (_key, value: unknown) => (typeof value === 'object' && value !== null ? Object.freeze(value) : value)) as GuidancePage;
    for (let time = 0; time < 3; time++) expect(() => renderHtml(bad)).toThrow(refused('content.body[0].level'));
  });

  it('checks on every render an item read from a file that other code had partly frozen first', () => {
    const text = { type: 'text', value: 'Hello' } as { type: string; value: unknown };
    const tampered = { ...structuredClone(page), body: Object.freeze([{ type: 'paragraph', id: 'p', content: [text] }]) };
    const item = _lazyItemFile<GuidancePage>(() => [tampered, []])();
    expect(renderHtml(item)).toContain('<p>Hello</p>');
    text.value = null;
    expect(() => renderHtml(item)).toThrow(refused('content.body[0].content[0].value'));
  });
});

describe('the footer date', () => {
  it('refuses a review date outside the supported range with formatDate\'s own error', () => {
    for (const lastReviewed of ['2013-12-31', '2100-01-01']) {
      let expected: unknown;
      try {
        formatDate(lastReviewed, { weekday: true });
      } catch (error) {
        expected = error;
      }
      expect(expected).toMatchObject({ code: 'DATE_OUT_OF_RANGE' });
      expect(() => renderHtml({ ...page, lastReviewed })).toThrow(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE', argument: 'date', message: (expected as Error).message }));
    }
  });

  it('writes the review date as formatDate does, with the day of the week', () => {
    const html = renderHtml({ ...page, lastReviewed: '2026-01-02' });
    expect(html).toContain(`<p>Last reviewed ${formatDate('2026-01-02', { weekday: true })}. Applies in England.</p>`);
    expect(html).toContain('Last reviewed Friday 2 January 2026.');
  });
});

// Objects built in code can take shapes JSON cannot: the check holds them to the schemas' shapes, and the escaping
// turns anything that is not text into text once, so nothing reaches the HTML unescaped.
describe('content built in code', () => {
  const paragraph = (content: unknown[]): GuidancePage => ({ ...page, body: [{ type: 'paragraph', content }] }) as unknown as GuidancePage;
  const hostile = { toString: () => '<img src=x onerror=alert(1)>', slice: () => '<img src=x onerror=alert(1)>' };

  it('refuses a link, a reference or an object with its own text methods inside strong or emphasis', () => {
    const link = { type: 'link', href: 'https://www.gov.uk', children: [{ type: 'text', value: 'GOV.UK' }] };
    for (const render of [renderHtml, renderMarkdown, renderText]) {
      expect(() => render(paragraph([{ type: 'strong', children: [link] }]))).toThrow(refused('content.body[0].content[0].children[0].type'));
      expect(() => render(paragraph([{ type: 'emphasis', children: [{ type: 'strong', children: [{ type: 'text', value: 'x' }] }] }]))).toThrow(
        refused('content.body[0].content[0].children[0].type'),
      );
      expect(() => render(paragraph([{ type: 'strong', children: [{ type: 'link', value: hostile }] }]))).toThrow(refused('content.body[0].content[0].children[0].type'));
      // Inside a link, strong and emphasis are allowed, but not another link.
      expect(() => render(paragraph([{ ...link, children: [link] }]))).toThrow(refused('content.body[0].content[0].children[0].type'));
    }
    expect(renderHtml(paragraph([{ ...link, children: [{ type: 'strong', children: [{ type: 'text', value: 'GOV.UK' }] }] }]))).toContain(
      '<a href="https://www.gov.uk" rel="noreferrer"><strong>GOV.UK</strong></a>',
    );
  });

  it('refuses a list whose iterator is not the standard one, which could hand the renderer nodes that were never checked', () => {
    const content: unknown[] = [{ type: 'text', value: 'safe' }];
    Object.defineProperty(content, Symbol.iterator, { value: function* () { yield { type: 'html', value: '<script>' }; } });
    for (const render of [renderHtml, renderMarkdown, renderText]) expect(() => render(paragraph(content))).toThrow(refused('content.body[0].content'));
  });

  it('escapes text whose getter answers differently after the check', () => {
    let reads = 0;
    const text = {
      type: 'text',
      get value(): unknown {
        reads++;
        return reads === 1 ? 'safe' : hostile;
      },
    };
    const html = renderHtml(paragraph([text]));
    expect(reads).toBeGreaterThan(1);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
