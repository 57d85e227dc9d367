/// <reference lib="dom" />
// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, and axe-core.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with "apt-get install chromium" (or set CHROMIUM_PATH); .ci/run does this.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const GOVUK_CSS = readFileSync(require.resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core at WCAG 2.2 AA (and the 2.0 and 2.1 A and AA rules it builds on). */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/** A whole page around a fragment; GOV.UK Frontend's stylesheet and template classes for the govuk style. */
export function documentFor(fragment: string, style: 'plain' | 'govuk', title = 'Test page'): string {
  if (style === 'plain') {
    return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${fragment}</main></body></html>`;
  }
  return `<!DOCTYPE html><html lang="en-GB" class="govuk-template"><head><meta charset="utf-8"><title>${title}</title><style>${GOVUK_CSS}</style></head><body class="govuk-template__body govuk-frontend-supported"><div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">${fragment}</main></div></body></html>`;
}
