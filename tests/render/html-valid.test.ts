// Every HTML output passes the HTML validator (html-validate's recommended rules, which include heading order),
// inside a minimal document, in both styles and at every heading level.
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/renderHtml.js';
import { FIXTURES } from './fixtures.js';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-trailing-whitespace': 'off' } });

function documentFor(fragment: string, headingLevel: number): string {
  const lead = Array.from({ length: headingLevel - 1 }, (_, i) => `<h${i + 1}>Context ${i + 1}</h${i + 1}>`).join('');
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Test</title></head><body><main>${lead}${fragment}</main></body></html>`;
}

describe.each(Object.entries(FIXTURES))('%s', (_name, content) => {
  for (const style of ['plain', 'govuk'] as const) {
    for (const headingLevel of [1, 2, 3]) {
      it(`${style}, heading level ${headingLevel}: valid HTML with a correct heading order`, async () => {
        const report = await validator.validateString(documentFor(renderHtml(content, { style, headingLevel }), headingLevel));
        const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
        expect(messages).toEqual([]);
      });
    }
  }
});
