import { describe, expect, it } from 'vitest';
import { getFaq } from '../content/getFaq.js';
import { getGuidancePage } from '../content/getGuidancePage.js';
import { renderHtml } from './renderHtml.js';

describe('renderHtml', () => {
  const page = getGuidancePage('after-mediation');

  it('uses GOV.UK Frontend components in the govuk style', () => {
    const html = renderHtml(page, { style: 'govuk' });
    expect(html).toContain('<h1 class="govuk-heading-xl">After your mediation</h1>');
    expect(html).toContain('<details class="govuk-details" id="faq-not-satisfied-with-outcome"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">');
    expect(html).toContain('<div class="govuk-inset-text">');
    expect(html).toContain('<ol class="govuk-list govuk-list--number">');
    expect(html).toContain('<a class="govuk-link" href="https://www.lgo.org.uk" rel="noreferrer">');
  });

  it('reads "Warning" and the text as separate words to a screen reader', () => {
    expect(renderHtml(page, { style: 'govuk' })).toMatch(/<span class="govuk-visually-hidden">Warning<\/span> The tribunal must/);
  });

  it('has no classes in the plain style, and FAQs as sections with headings', () => {
    const html = renderHtml(page);
    expect(html).not.toContain('class=');
    expect(html).toContain('<section id="faq-council-not-done-what-it-agreed"><h2>My council has not done what it agreed at mediation. What can I do?</h2>');
  });

  it('starts headings at headingLevel and keeps their order', () => {
    const html = renderHtml(getFaq('mediation-agreement-time-limits'), { headingLevel: 3 });
    expect(html.startsWith('<article><h3>')).toBe(true);
    expect(html).not.toMatch(/<h[12]/);
  });

  it('links internal references through the link resolver, and keeps text when it returns nothing', () => {
    const html = renderHtml(page, { linkResolver: (ref) => (ref.kind === 'organisation' ? `/organisations/${ref.id}` : undefined) });
    expect(html).toContain('<a href="/organisations/ipsea">IPSEA</a>');
    expect(html).not.toContain('https://www.legislation.gov.uk/uksi/2014/1530/regulation/42');
    expect(html).toContain('SEND Regulations 2014, regulation 42');
  });

  it('refuses bad options', () => {
    expect(() => renderHtml(page, { style: 'fancy' as never })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'options.style' }));
    expect(() => renderHtml(page, { headingLevel: 5 })).toThrow(expect.objectContaining({ argument: 'options.headingLevel' }));
    expect(() => renderHtml({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
