// The benchmark (npm run bench, scripts/bench.ts) compares each function with what a user would otherwise reach for.
// A comparison is only fair when both sides do the same work; these tests check that, without timing anything.
import MarkdownIt from 'markdown-it';
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { dateFnsAppeal } from '../scripts/lib/dateFnsAppeal.js';
import { appealDeadline, englandAndWalesCalendar, listGuidancePages, renderHtml, renderMarkdown } from '../src/index.js';

interface Node { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string }

/** The words and the link targets of an HTML fragment, in document order, as a reader (or a crawler) gets them. */
function textAndLinks(html: string): { words: string[]; links: string[] } {
  const texts: string[] = [];
  const links: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeName === '#text') texts.push(node.value ?? '');
    if (node.tagName === 'a') links.push(node.attrs?.find((a) => a.name === 'href')?.value ?? '');
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parseFragment(html) as unknown as Node);
  // The one difference by design: GOV.UK's warning component shows "!" and a hidden "Warning", where Markdown writes "Warning:".
  const words = texts.join(' ').split(/\s+/).filter((w) => w !== '' && w !== '!' && w !== 'Warning' && w !== 'Warning:');
  return { words, links };
}

describe('the benchmark compares like with like', () => {
  it.each(listGuidancePages().map((page) => [page.id, page] as const))('renderHtml and markdown-it give the same words and links for the page %s', (_id, page) => {
    const ours = textAndLinks(renderHtml(page, { style: 'govuk' }));
    const theirs = textAndLinks(new MarkdownIt().render(renderMarkdown(page)));
    expect(ours.links.length).toBeGreaterThan(0);
    expect(ours.links).toEqual(theirs.links);
    expect(ours.words.join(' ')).toBe(theirs.words.join(' '));
  });

  it('the date-fns version of the appeal deadline gives the same last day as appealDeadline, on decisions through 2014-2027', () => {
    const holidays = new Set(englandAndWalesCalendar.holidays.map((h) => h.date));
    let checked = 0;
    for (let day = Date.UTC(2014, 8, 1); day <= Date.UTC(2027, 9, 1); day += 86_400_000 * 3) {
      const decision = new Date(day).toISOString().slice(0, 10);
      const certificate = new Date(day + 86_400_000 * 40).toISOString().slice(0, 10);
      expect(dateFnsAppeal(holidays, decision), decision).toBe(appealDeadline({ decisionLetterDate: decision }).lastDay);
      expect(dateFnsAppeal(holidays, decision, certificate), certificate).toBe(appealDeadline({ decisionLetterDate: decision, mediationCertificateDate: certificate }).lastDay);
      checked++;
    }
    expect(checked).toBeGreaterThan(1500);
  });
});
