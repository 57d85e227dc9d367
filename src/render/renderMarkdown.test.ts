import { describe, expect, it } from 'vitest';
import { getGuidancePage } from '../content/getGuidancePage.js';
import { renderMarkdown } from './renderMarkdown.js';

describe('renderMarkdown', () => {
  const md = renderMarkdown(getGuidancePage('after-mediation'));

  it('writes headings, FAQs as sections, lists, insets and warnings', () => {
    expect(md.startsWith('# After your mediation\n')).toBe(true);
    expect(md).toContain('## What if I\'m not happy with the outcome of mediation?');
    expect(md).toMatch(/^1\. Write to the special educational needs \(SEN\) team/m);
    expect(md).toMatch(/^> \*\*Warning:\*\* The tribunal must \*\*receive\*\* your appeal/m);
    expect(md).toContain('[SEND Regulations 2014, regulation 42](<https://www.legislation.gov.uk/uksi/2014/1530/regulation/42>)');
  });

  it('escapes text that would otherwise be Markdown', () => {
    const page = structuredClone(getGuidancePage('after-mediation'));
    page.title = '*Not* [a](link) <b> # 1. x';
    expect(renderMarkdown(page).split('\n')[0]).toBe('# \\*Not\\* \\[a\\](link) \\<b\\> \\# 1. x');
  });

  it('refuses a bad link resolver', () => {
    expect(() => renderMarkdown(getGuidancePage('after-mediation'), { linkResolver: 'x' as never })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
