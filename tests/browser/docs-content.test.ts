/// <reference lib="dom" />
// What the documentation site (built by `npm run docs` into docs/site/) teaches, checked over HTTP in Debian's
// Chromium, as a reader would see it:
// - the GOV.UK-styled pages load GOV.UK Frontend's fonts (no 404 or failed request in the network log);
// - the decision flow diagrams can be read at 100% zoom (text at least 12 px as drawn), each with the same stage as text;
// - every example in the API reference starts with its import line, importing names the package exports;
// - no empty paragraphs, and no paragraph ending in a colon with nothing after it;
// - screenshots of the main pages in docs/screenshots/, taken afresh on every run.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as schemas from '../../src/schemas/index.js';
import { getFlow } from '../../src/faq/getFlow.js';
import { launch } from './_browser.js';

const site = join(import.meta.dirname, '..', '..', 'docs', 'site');
const screenshots = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const built = existsSync(join(site, 'index.html'));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}
const files = built ? htmlFiles(site) : [];
const text = (html: string) =>
  html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.json': 'application/json', '.ico': 'image/x-icon' };

/** Serves docs/site as a web server would: 404 for anything missing. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(site, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(site) || !existsSync(file)) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('documentation site: examples and sentences', () => {
  it('has been built (run `npm run docs` first)', () => {
    expect(built, `no site at ${site}: run npm run docs`).toBe(true);
  });

  const api = files.filter((f) => relative(site, f).startsWith('api'));
  const examples = api.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<div class="tsd-tag-example">([\s\S]*?)<\/div>/g)].flatMap((section) =>
      [...(section[1] as string).matchAll(/<pre><code[^>]*>([\s\S]*?)<\/code>/g)].map((code) => ({ file: relative(site, file), code: text(code[1] as string) })),
    ),
  );

  it('every example in the API reference starts with an import line, of names the package exports', () => {
    expect(examples.length).toBeGreaterThan(150);
    const problems: string[] = [];
    for (const { file, code } of examples) {
      const first = /^import \{([^}]+)\} from '(send-mediation-guidance(?:\/schemas)?)';/.exec(code);
      if (!first) {
        problems.push(`${file}: ${code.split('\n')[0]}`);
        continue;
      }
      const module: Record<string, unknown> = first[2] === 'send-mediation-guidance' ? root : schemas;
      for (const name of (first[1] as string).split(',').map((n) => n.trim())) {
        // Types leave no trace at run time; their pages exist in the reference.
        if (name.startsWith('type ')) {
          if (!api.some((f) => f.endsWith(`.${name.slice(5)}.html`))) problems.push(`${file}: no page for the type ${name.slice(5)}`);
        } else if (!(name in module) && !api.some((f) => f.endsWith(`.${name}.html`))) {
          problems.push(`${file}: ${first[2]} does not export ${name}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('each function page imports the function it documents', () => {
    const functions = api.filter((f) => relative(site, f).startsWith(join('api', 'functions')));
    expect(functions.length).toBeGreaterThan(40);
    const missing = functions.filter((file) => {
      const name = /\.(\w+)\.html$/.exec(file)?.[1] as string;
      return !examples.some((e) => e.file === relative(site, file) && new RegExp(`^import \\{[^}]*\\b${name}\\b`).test(e.code));
    });
    expect(missing.map((f) => relative(site, f))).toEqual([]);
  });

  it('names the modules as they are imported, not "index"', () => {
    const modules = readFileSync(join(site, 'api', 'modules.html'), 'utf8');
    expect(modules).toContain('>send-mediation-guidance<');
    expect(modules).toContain('>send-mediation-guidance/schemas<');
    expect(modules).not.toMatch(/>index</);
  });

  it('writes no function\'s return type out in full: each is a name, linked to its page', () => {
    const spelled = api
      .filter((f) => relative(site, f).startsWith(join('api', 'functions')))
      .filter((file) => text(/<h4 class="tsd-returns-title"[^>]*>([\s\S]*?)<\/h4>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '').includes('{'));
    expect(spelled.map((f) => relative(site, f))).toEqual([]);
  });

  it('links a named return type instead of spelling it out', () => {
    const page = readFileSync(join(site, 'api', 'functions', 'send-mediation-guidance.appealDeadline.html'), 'utf8');
    expect(page).toMatch(/href="[^"]*types\/send-mediation-guidance\.AppealDeadline\.html"/);
    expect(text(page)).not.toContain('basis: "mediation-certificate"');
  });

  it('has no empty paragraph, and no paragraph that ends in a colon with nothing after it', () => {
    const problems: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const match of html.matchAll(/<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/g)) {
        const content = text(match[1] as string).trim();
        const after = html.slice((match.index ?? 0) + match[0].length).trimStart();
        if (content === '' && !/<(img|svg|input|button)/.test(match[1] as string)) problems.push(`${relative(site, file)}: an empty paragraph`);
        else if (content.endsWith(':') && !/^<(ul|ol|pre|table|figure|dl|details|blockquote|div)\b/.test(after)) {
          problems.push(`${relative(site, file)}: "${content.slice(-80)}" is followed by ${after.slice(0, 40) || 'nothing'}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the check for dangling sentences finds one (so a pass means something)', () => {
    const html = '<p>Generated from the data:</p><h2>Next</h2>';
    const content = text(/<p>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '');
    const after = html.slice(html.indexOf('</p>') + 4);
    expect(content.endsWith(':') && !/^<(ul|ol|pre|table|figure|dl|details|blockquote|div)\b/.test(after)).toBe(true);
  });
});

describe.runIf(built)('documentation site in the browser, over HTTP', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = await serve();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** Opens a page and records every response of 400 or more, and every request that failed. */
  async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; failures: string[]; fonts: string[] }> {
    const page = await browser.newPage({ viewport });
    const failures: string[] = [];
    const fonts: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
      else if (/\.woff2?$/.test(response.url())) fonts.push(response.url());
    });
    page.on('requestfailed', (request) => failures.push(`failed ${request.url()}`));
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return { page, failures, fonts };
  }

  const govukPages = files.filter((f) => f.endsWith('-govuk.html')).map((f) => relative(site, f));

  it('has GOV.UK-styled pages to check', () => {
    expect(govukPages.length).toBeGreaterThanOrEqual(5);
  });

  it.each(govukPages)('%s: GOV.UK Frontend fonts load, nothing 404s', async (path) => {
    const { page, failures, fonts } = await open(path);
    const loaded = await page.evaluate(() => document.fonts.check('19px "GDS Transport"'));
    await page.close();
    expect(failures).toEqual([]);
    expect(fonts.some((url) => /\/assets\/fonts\/.+\.woff2$/.test(url)), 'a GOV.UK font was fetched').toBe(true);
    expect(loaded, 'GDS Transport is ready to use').toBe(true);
  });

  it('a missing font would be caught (the check can fail)', async () => {
    const { page, failures } = await open('assets/fonts/no-such-font.woff2');
    await page.close();
    expect(failures.some((f) => f.startsWith('404 '))).toBe(true);
  });

  const flow = getFlow('after-mediation');
  const diagrams = built ? readdirSync(site).filter((f) => /^flow-\d+\.svg$/.test(f)) : [];

  it('draws the flow in stages, and every question in exactly one of them', () => {
    expect(diagrams.length).toBeGreaterThanOrEqual(2);
    const drawn = diagrams.map((file) => readFileSync(join(site, file), 'utf8').replace(/&#45;/g, '-'));
    for (const node of flow.nodes.filter((n) => n.type === 'question')) {
      expect(drawn.filter((svg) => svg.includes(`<title>${node.id}</title>`)).length, node.id).toBe(1);
    }
    for (const node of flow.nodes.filter((n) => n.type === 'outcome')) {
      expect(drawn.some((svg) => svg.includes(`<title>${node.id}</title>`)), node.id).toBe(true);
    }
  });

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`decision flow at ${viewport.width} px wide, 100% zoom: text in every diagram is at least 12 px, with a text version`, async () => {
      const { page, failures } = await open('decision-flow.html', viewport);
      const measured = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLImageElement>('figure img[src^="flow-"]')).map((img) => ({
          src: img.getAttribute('src') as string,
          width: img.getBoundingClientRect().width,
          column: (img.closest('.scroll') as HTMLElement).clientWidth,
          textVersion: img.closest('figure')?.nextElementSibling?.tagName === 'DETAILS' ? (img.closest('figure')?.nextElementSibling?.textContent ?? '') : '',
        })),
      );
      await page.close();
      expect(failures).toEqual([]);
      expect(measured.map((m) => m.src).sort()).toEqual([...diagrams].sort());
      for (const m of measured) {
        const svg = readFileSync(join(site, m.src), 'utf8').replace(/&#45;/g, '-');
        const viewBoxWidth = Number(/viewBox="[\d.-]+ [\d.-]+ ([\d.]+) /.exec(svg)?.[1]);
        const smallest = Math.min(...[...svg.matchAll(/font-size="([\d.]+)"/g)].map((x) => Number(x[1])));
        const px = (smallest * m.width) / viewBoxWidth;
        expect(px, `${m.src}: smallest text ${px.toFixed(1)} px`).toBeGreaterThanOrEqual(12);
        if (viewport.width >= 1024) expect(m.width, `${m.src} fits the column without scrolling`).toBeLessThanOrEqual(m.column);
        const questions = [...svg.matchAll(/<title>([\w-]+)<\/title>/g)].map((x) => x[1]);
        for (const id of questions) {
          const node = flow.nodes.find((n) => n.id === id);
          if (node?.type === 'question') expect(m.textVersion, `${m.src}: the text version has "${node.text}"`).toContain(node.text);
        }
      }
    });
  }

  describe('screenshots of the main pages, for the docs (docs/screenshots/)', () => {
    const shots: [string, string][] = [
      ['home', 'index.html'],
      ['getting-started', 'getting-started.html'],
      ['after-mediation-govuk', 'content/after-mediation-govuk.html'],
      ['decision-flow', 'decision-flow.html#stage-1'],
      ['api-nextSteps', 'api/functions/send-mediation-guidance.nextSteps.html'],
    ];
    it.each(shots)('%s', async (name, path) => {
      mkdirSync(screenshots, { recursive: true });
      const { page, failures } = await open(path);
      await page.screenshot({ path: join(screenshots, `${name}.png`) });
      await page.close();
      expect(failures).toEqual([]);
    });

    it('are linked from the getting-started page', () => {
      const page = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'getting-started.md'), 'utf8');
      for (const [name] of shots) expect(page).toContain(`(screenshots/${name}.png)`);
    });
  });
});
