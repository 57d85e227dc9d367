import { describe, expect, it } from 'vitest';
import { getFaq } from '../content/getFaq.js';
import { getGuidancePage } from '../content/getGuidancePage.js';
import { renderText } from './renderText.js';

describe('renderText', () => {
  const page = getGuidancePage('after-mediation');

  it('renders the page title, summary, every FAQ question and the last-reviewed line', () => {
    const text = renderText(page);
    expect(text.startsWith('After your mediation\n====================\n\n')).toBe(true);
    for (const block of page.body) if (block.type === 'faq') expect(text).toContain(block.question);
    expect(text).toContain("Last reviewed Sunday 29 November 2026. Applies in England.");
  });

  it('wraps every line to the width, except a single word longer than it', () => {
    for (const width of [20, 40, 72, 120]) {
      for (const line of renderText(page, { width }).split('\n')) {
        if (line.length > width) expect(line.trim().split(/\s+/).length).toBeLessThanOrEqual(2);
        else expect(line.length).toBeLessThanOrEqual(width);
      }
    }
  });

  it('turns links and references into numbered footnotes, one number per address', () => {
    const text = renderText(page);
    const footnotes = text.slice(text.indexOf('\nLinks\n'));
    expect(footnotes).toContain('https://www.legislation.gov.uk/uksi/2014/1530/regulation/42');
    expect(footnotes).toContain('https://www.gov.uk/appeal-ehc-plan-decision');
    const numbers = [...footnotes.matchAll(/^\[(\d+)\] /gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const urls = [...footnotes.matchAll(/^\[\d+\] (.+)$/gm)].map((m) => m[1]);
    expect(new Set(urls).size).toBe(urls.length);
    // the tribunal is referred to twice and keeps one number
    const tribunalNotes = [...text.matchAll(/(?:Disability\)|\(SEND\)) \[(\d+)\]/g)].map((m) => m[1]);
    expect(tribunalNotes).toHaveLength(2);
    expect(new Set(tribunalNotes).size).toBe(1);
  });

  it('renders lists, warnings and insets distinctly', () => {
    const text = renderText(page, { width: 200 });
    expect(text).toMatch(/^1\. Write to the special educational needs \(SEN\) team/m);
    expect(text).toMatch(/^- For anything you could have appealed/m);
    expect(text).toMatch(/^! Warning: The tribunal must receive your appeal/m);
    expect(text).toMatch(/^\| The agreement does not become a tribunal order/m);
  });

  it('renders an FAQ on its own', () => {
    const text = renderText(getFaq('mediation-agreement-time-limits'));
    expect(text.split('\n')[0]).toBe('Does the council have to do what it agreed at mediation, and by when?');
    expect(text).not.toContain('After your mediation');
  });

  it('refuses a bad width or content with INVALID_ARGUMENT', () => {
    expect(() => renderText(page, { width: 10 })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'options.width' }));
    expect(() => renderText(page, { width: 80.5 })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => renderText({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'content' }));
  });
});
