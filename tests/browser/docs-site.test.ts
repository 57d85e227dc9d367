/// <reference lib="dom" />
// The documentation site (built by `npm run docs` into docs/site/): no broken internal links anywhere, and no
// axe-core violations at WCAG 2.2 AA on its pages, in Debian's Chromium.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, launch } from './_browser.js';

const site = join(import.meta.dirname, '..', '..', 'docs', 'site');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

const built = existsSync(join(site, 'index.html'));
const files = built ? htmlFiles(site) : [];
const ours = files.filter((f) => !relative(site, f).startsWith('api'));
const api = files.filter((f) => relative(site, f).startsWith('api'));

describe('documentation site', () => {
  it('has been built (run `npm run docs` first)', () => {
    expect(built, `no site at ${site}: run npm run docs`).toBe(true);
    expect(ours.length).toBeGreaterThan(10);
    expect(api.length).toBeGreaterThan(20);
  });

  it('has no broken internal links (files and fragments)', () => {
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string): Set<string> => {
      let set = ids.get(file);
      if (!set) {
        set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string));
        ids.set(file, set);
      }
      return set;
    };
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const target = (match[1] as string).replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|tel:|data:|javascript:)/.test(target)) continue;
        const [path, fragment] = target.split('#') as [string, string | undefined];
        const resolved = path === '' ? file : resolve(dirname(file), decodeURIComponent(path.split('?')[0] as string));
        if (!existsSync(resolved)) {
          broken.push(`${relative(site, file)} -> ${target}`);
          continue;
        }
        if (fragment && resolved.endsWith('.html') && !relative(site, resolved).startsWith('api') && !idsOf(resolved).has(decodeURIComponent(fragment))) {
          broken.push(`${relative(site, file)} -> ${target} (no such id)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe.runIf(built)('documentation site in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Our own pages. The API reference uses typedoc's default theme, which has axe findings we do not control
  // (nested interactive controls in its navigation); it is checked for broken links above, not here.
  const pages = ours;
  it.each(pages.map((f) => [relative(site, f), f]))('%s: no WCAG 2.2 AA violations', async (_name, file) => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    const violations = await axe(page);
    await page.close();
    expect(violations).toEqual([]);
  });
});
