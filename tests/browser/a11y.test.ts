/// <reference lib="dom" />
// Each HTML output, in both styles, in a real browser: no axe-core violations at WCAG 2.2 AA, FAQ details open
// with the keyboard, and a screenshot in test-results/screenshots/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/renderHtml.js';
import { FIXTURES } from '../render/fixtures.js';
import { axe, documentFor, launch } from './_browser.js';

const shots = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(FIXTURES))('%s', (name, content) => {
  for (const style of ['plain', 'govuk'] as const) {
    it(`${style}: no WCAG 2.2 AA violations`, async () => {
      const page = await browser.newPage();
      await page.setContent(documentFor(renderHtml(content, { style }), style));
      const violations = await axe(page);
      await page.screenshot({ path: join(shots, `${name}.${style}.png`), fullPage: true });
      await page.close();
      expect(violations).toEqual([]);
    });
  }

  it('govuk: every FAQ opens with the keyboard (Tab to it, then Enter)', async () => {
    const page = await browser.newPage();
    await page.setContent(documentFor(renderHtml(content, { style: 'govuk' }), 'govuk'));
    const count = await page.locator('details').count();
    for (let i = 0; i < count; i++) {
      // Tab until the i-th summary has focus.
      let focused = false;
      for (let tabs = 0; tabs < 60 && !focused; tabs++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate((index) => document.activeElement === document.querySelectorAll('summary')[index], i);
      }
      expect(focused, `summary ${i} reachable by Tab`).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate((index) => (document.querySelectorAll('details')[index] as HTMLDetailsElement).open, i)).toBe(true);
    }
    await page.close();
  });
});

describe('the accessibility check itself', () => {
  it('reports a real violation (a link with no text), so a pass means something', async () => {
    const page = await browser.newPage();
    await page.setContent(documentFor('<p><a href="https://www.gov.uk"></a></p>', 'plain'));
    const violations = await axe(page);
    await page.close();
    expect(violations.map((v) => v.id)).toContain('link-name');
  });
});
