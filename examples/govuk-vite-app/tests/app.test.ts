/// <reference lib="dom" />
// The example app as a parent uses it: built with `npm run build`, served from dist/ on 127.0.0.1, driven in
// Debian's Chromium (playwright-core). Every outcome of the flow is reached by clicking; axe-core finds no
// WCAG 2.2 AA violation on any kind of screen; no console errors, no failed requests, and the GOV.UK fonts load.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
  answer,
  appealDeadline,
  currentNode,
  formatDate,
  getFlow,
  nextSteps,
  startFlow,
  type FlowState,
  type QuestionNode,
} from 'send-mediation-guidance';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const appDir = join(import.meta.dirname, '..');
const distDir = join(appDir, 'dist');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TODAY = '2026-11-29';
const flow = getFlow('after-mediation');
const questions = new Map(flow.nodes.filter((n): n is QuestionNode => n.type === 'question').map((n) => [n.id, n]));

type Answer = string | string[];
// One path of answers to each outcome, written as a parent would answer (option values, dates as YYYY-MM-DD).
const mediated = (rest: [string, Answer][]): [string, Answer][] => [['meeting-type', 'mediation'], ['mediation-date', '2026-11-20'], ...rest];
const appealBase: [string, Answer][] = [
  ['mediation-result', 'none-agreed'],
  ['mediation-subject', ['plan-contents']],
  ['satisfied', 'no'],
  ['decision-letter-date', '2026-09-01'],
];
const agreedBase: [string, Answer][] = [
  ['mediation-result', 'all-agreed'],
  ['mediation-subject', ['plan-contents']],
  ['agreement-written', 'yes'],
  ['agreement-date', '2026-11-20'],
  ['agreed-actions', ['amend-plan', 'other']],
  ['council-done-it', 'no'],
];
const PATHS: Record<string, [string, Answer][]> = {
  appeal: mediated([...appealBase, ['certificate-status', 'received'], ['certificate-date', '2026-11-23']]),
  'appeal-get-certificate': mediated([...appealBase, ['certificate-status', 'waiting']]),
  'appeal-contact-adviser': [
    ['meeting-type', 'disagreement-resolution'],
    ['mediation-date', '2026-11-20'],
    ...appealBase.slice(0, -1),
    // Disagreement resolution gives no extra time: 2 months from this letter run to 20 December 2026.
    ['decision-letter-date', '2026-10-20'],
    ['dr-certificate', 'not-asked'],
  ],
  'late-appeal': [
    ['meeting-type', 'mediation'],
    ['mediation-date', '2025-01-20'],
    ['mediation-result', 'none-agreed'],
    ['mediation-subject', ['refusal-to-assess']],
    ['satisfied', 'no'],
    ['decision-letter-date', '2025-01-06'],
    ['certificate-status', 'received'],
    ['certificate-date', '2025-01-22'],
  ],
  'health-social-care': mediated([['mediation-result', 'none-agreed'], ['mediation-subject', ['health-care', 'social-care']], ['satisfied', 'no']]),
  'get-written-agreement': mediated([['mediation-result', 'all-agreed'], ['mediation-subject', ['plan-contents']], ['agreement-written', 'no']]),
  'chase-council': mediated([...agreedBase, ['not-done-by', ['council']], ['written-to-council', 'no']]),
  'formal-complaint': mediated([...agreedBase, ['not-done-by', ['council']], ['written-to-council', 'yes'], ['complained', 'no']]),
  ombudsman: mediated([...agreedBase, ['not-done-by', ['council', 'nhs']], ['written-to-council', 'yes'], ['complained', 'yes']]),
  'nhs-not-done': mediated([...agreedBase, ['not-done-by', ['nhs']]]),
  'get-advice': [['meeting-type', 'not-sure']],
  'agreement-carried-out': mediated([...agreedBase.slice(0, -1), ['council-done-it', 'yes']]),
  'nothing-more-to-do': mediated([['mediation-result', 'none-agreed'], ['mediation-subject', ['school-named']], ['satisfied', 'yes']]),
};

/** The state the library reaches with these answers (to know what the page must show). */
function stateOf(path: [string, Answer][]): FlowState {
  return path.reduce((state, [id, value]) => answer(state, id, value), startFlow('after-mediation', { today: TODAY }));
}

// --- serving dist/ and driving Chromium -------------------------------------------------------------------------
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('Not found');
      return;
    }
    // Hashed bundles, fonts and images may be cached, as any static host would let them be; index.html may not.
    const cache = pathname.startsWith('/assets/') ? 'public, max-age=3600' : 'no-cache';
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let server: Server;
let browser: Browser;
let base: string;
const problems: string[] = [];
const fontsLoaded = new Set<string>();

beforeAll(async () => {
  execFileSync('npm', ['run', 'build'], { cwd: appDir, stdio: 'pipe' });
  server = await serve(distDir);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

let context: BrowserContext;
/** A new tab (so a new, empty sessionStorage: the flow starts afresh) in one browser profile that keeps its cache. */
async function newPage(): Promise<Page> {
  context ??= await browser.newContext();
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message} (${page.url()})`));
  page.on('requestfailed', (request) => {
    // A request cut short because the parent moved to the next screen (net::ERR_ABORTED) is not a failure;
    // a file that is missing still shows up below as an HTTP 404.
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    if (response.url().includes('/assets/fonts/') && response.status() === 200) fontsLoaded.add(new URL(response.url()).pathname);
  });
  return page;
}

afterEach(() => {
  const found = problems.splice(0);
  expect(found, 'console errors, failed requests or HTTP errors').toEqual([]);
});

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

const checked = new Map<string, number>();
/** Runs axe-core at WCAG 2.2 AA (with the 2.0 and 2.1 A and AA rules) and records which kind of screen it checked. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  expect(violations, `${screen} at ${page.url()}`).toEqual([]);
  checked.set(screen, (checked.get(screen) ?? 0) + 1);
}

const h1 = (page: Page): Promise<string> => page.locator('h1').innerText();

/** Answers the question on screen as a parent would: clicks the labels, types the date, presses Continue. */
async function answerOnScreen(page: Page, id: string, value: Answer): Promise<void> {
  const node = questions.get(id);
  if (node === undefined) throw new Error(`no question ${id}`);
  expect(await h1(page)).toBe(node.text);
  if (node.kind === 'date') {
    const [year, month, day] = (value as string).split('-');
    await page.getByLabel('Day', { exact: true }).fill(String(Number(day)));
    await page.getByLabel('Month', { exact: true }).fill(String(Number(month)));
    await page.getByLabel('Year', { exact: true }).fill(String(year));
  } else {
    for (const v of Array.isArray(value) ? value : [value]) {
      const label = node.options?.find((o) => o.value === v)?.label;
      if (label === undefined) throw new Error(`${id} has no option ${v}`);
      await page.getByLabel(label, { exact: true }).check();
    }
  }
  await Promise.all([page.waitForURL((url) => !url.searchParams.has('id') || url.searchParams.get('id') !== id), page.getByRole('button', { name: 'Continue' }).click()]);
}

function screenKind(id: string): string {
  const kind = questions.get(id)?.kind;
  return kind === 'multiple' ? 'question: checkboxes' : kind === 'date' ? 'question: date input' : 'question: radios';
}

describe('the after-mediation flow, one question a screen', () => {
  it('has a path in this test to every outcome of the flow (13 when this test was written)', () => {
    const outcomes = flow.nodes.filter((n) => n.type === 'outcome').map((n) => n.id);
    expect(outcomes).toHaveLength(13);
    expect(Object.keys(PATHS).sort()).toEqual([...outcomes].sort());
    for (const [outcome, path] of Object.entries(PATHS)) expect(currentNode(stateOf(path)).id, outcome).toBe(outcome);
  });

  it.each(Object.entries(PATHS))('reaches "%s" by clicking, with check your answers, the steps and the dates', async (outcome, path) => {
    const page = await newPage();
    await page.goto(`${base}/?today=${TODAY}`);
    await page.getByRole('button', { name: 'Start now' }).click();
    for (const [id, value] of path) {
      if (!checked.has(screenKind(id))) await expectAccessible(page, screenKind(id));
      await answerOnScreen(page, id, value);
    }

    // Check your answers: one row a question, each with a Change link, answers read back in words.
    expect(await h1(page)).toBe('Check your answers');
    expect(await page.locator('.govuk-summary-list__row').count()).toBe(path.length);
    expect(await page.getByRole('link', { name: /^Change/ }).count()).toBe(path.length);
    for (const [id, value] of path) {
      const node = questions.get(id) as QuestionNode;
      const row = page.locator('.govuk-summary-list__row', { has: page.locator('dt', { hasText: node.text }) });
      const expected = node.kind === 'date' ? [formatDate(value as string)] : (Array.isArray(value) ? value : [value]).map((v) => node.options?.find((o) => o.value === v)?.label as string);
      for (const text of expected) expect(await row.locator('.govuk-summary-list__value').innerText()).toContain(text);
    }
    if (!checked.has('check your answers')) await expectAccessible(page, 'check your answers');
    await page.getByRole('button', { name: 'See what to do next' }).click();

    // The outcome: its title, every step, and every due date written by formatDate.
    await page.locator('main[data-outcome]').waitFor();
    expect(await page.locator('main').getAttribute('data-outcome')).toBe(outcome);
    const result = nextSteps(stateOf(path), { today: TODAY });
    expect(await h1(page)).toBe(result.outcome.title);
    const text = await page.locator('main').innerText();
    for (const step of result.steps) {
      expect(text).toContain(step.text.slice(0, 60));
      for (const due of step.dueDates) {
        expect(text).toContain(due.sentence);
        if (due.dueDate !== null && due.dueDate !== 'immediately') {
          const row = page.locator('#your-dates + .govuk-summary-list .govuk-summary-list__row', { has: page.locator('dt', { hasText: due.label }) });
          expect(await row.first().innerText()).toContain(formatDate(due.dueDate, { weekday: true }));
        }
      }
    }
    await expectAccessible(page, `outcome: ${outcome}`);
    await page.close();
  });

  it('goes back a question with the answer kept, and a Change link comes back to check your answers', async () => {
    const page = await newPage();
    await page.goto(`${base}/?today=${TODAY}`);
    await page.getByRole('button', { name: 'Start now' }).click();
    for (const [id, value] of PATHS['appeal-get-certificate'] ?? []) await answerOnScreen(page, id, value);
    expect(await h1(page)).toBe('Check your answers');

    // Back from check your answers: the last question, with its answer selected.
    await page.getByRole('link', { name: 'Back' }).click();
    expect(await h1(page)).toBe(questions.get('certificate-status')?.text);
    expect(await page.getByLabel('No, not yet', { exact: true }).isChecked()).toBe(true);
    await page.getByRole('link', { name: 'Back' }).click();
    expect(await h1(page)).toBe(questions.get('decision-letter-date')?.text);
    expect(await page.getByLabel('Day', { exact: true }).inputValue()).toBe('1');
    expect(await page.getByLabel('Month', { exact: true }).inputValue()).toBe('9');

    // Change "Are you happy with the outcome?" to Yes: the answers after it no longer apply and are dropped.
    await page.goto(`${base}/?screen=check-answers&today=${TODAY}`);
    await page.getByRole('link', { name: `Change your answer to: ${questions.get('satisfied')?.text}` }).click();
    expect(await page.getByRole('link', { name: 'Back' }).getAttribute('href')).toContain('screen=check-answers');
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/screen=check-answers/);
    expect(await page.locator('.govuk-summary-list__row').count()).toBe(5);
    await page.getByRole('button', { name: 'See what to do next' }).click();
    await page.locator('main[data-outcome]').waitFor();
    expect(await page.locator('main').getAttribute('data-outcome')).toBe('nothing-more-to-do');
    await page.close();
  });

  it('shows GOV.UK error messages: nothing chosen, a date that is not real, a date after today', async () => {
    const page = await newPage();
    await page.goto(`${base}/?today=${TODAY}`);
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Select one option');
    expect(await page.locator('.govuk-error-message').innerText()).toContain('Select one option');
    await expectAccessible(page, 'question with an error');
    await answerOnScreen(page, 'meeting-type', 'mediation');

    await page.getByLabel('Day', { exact: true }).fill('31');
    await page.getByLabel('Month', { exact: true }).fill('2');
    await page.getByLabel('Year', { exact: true }).fill('2026');
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('must be a real date');
    await expectAccessible(page, 'date input with an error');

    await page.getByLabel('Day', { exact: true }).fill('1');
    await page.getByLabel('Month', { exact: true }).fill('12');
    await page.getByRole('button', { name: 'Continue' }).click();
    // The library refuses a meeting after today (DATE_ORDER); the page says so and keeps what was typed.
    await expect.poll(() => page.locator('.govuk-error-summary').innerText()).toContain('after today (Sunday 29 November 2026)');
    expect(await page.getByLabel('Month', { exact: true }).inputValue()).toBe('12');
    await page.getByRole('link', { name: /after today/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mediation-date-day');
    await page.close();
  });
});

describe('the rest of the app', () => {
  it('renders the guidance page with GOV.UK Frontend and its fonts', async () => {
    const page = await newPage();
    await page.goto(`${base}/?today=${TODAY}`);
    await expectAccessible(page, 'start page');
    await page.getByRole('link', { name: 'After your mediation', exact: true }).last().click();
    await page.waitForURL(/screen=guidance/);
    expect(await h1(page)).toBe('After your mediation');
    expect(await page.locator('main .govuk-body').count()).toBeGreaterThan(3);
    // The stylesheet is applied (GOV.UK's font stack), and the font files were fetched and used.
    expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily)).toContain('GDS Transport');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('bold 48px "GDS Transport"'))).toBe(true);
    expect([...fontsLoaded].some((path) => path.endsWith('.woff2'))).toBe(true);
    await expectAccessible(page, 'guidance page');
    await page.close();
  });

  it('works out the last day to appeal with appealDeadline, written by formatDate, with its reasons', async () => {
    const page = await newPage();
    await page.goto(`${base}/?screen=appeal-deadline&today=${TODAY}`);
    await expectAccessible(page, 'appeal deadline form');
    await page.getByRole('button', { name: 'Work out the date' }).click();
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Enter the date of the decision letter');
    await expectAccessible(page, 'appeal deadline form with an error');

    const letter = page.getByRole('group', { name: /decision/ });
    await letter.getByLabel('Day', { exact: true }).fill('1');
    await letter.getByLabel('Month', { exact: true }).fill('9');
    await letter.getByLabel('Year', { exact: true }).fill('2026');
    const certificate = page.getByRole('group', { name: /certificate/ });
    await certificate.getByLabel('Day', { exact: true }).fill('20');
    await certificate.getByLabel('Month', { exact: true }).fill('11');
    await certificate.getByLabel('Year', { exact: true }).fill('2026');
    await page.getByRole('button', { name: 'Work out the date' }).click();
    await page.locator('.govuk-panel').waitFor();

    const expected = appealDeadline({ decisionLetterDate: '2026-09-01', mediationCertificateDate: '2026-11-20' });
    // Worked example: 1 month after a certificate of 20 November 2026 ends on Sunday 20 December, so the next working day.
    expect(expected.lastDay).toBe('2026-12-21');
    expect(await page.locator('.govuk-panel').innerText()).toContain(`${formatDate(expected.lastDay, { weekday: true })}, by 5pm`);
    const reasons = await page.locator('main ol').innerText();
    for (const step of expected.steps) expect(reasons).toContain(step.description);
    await expectAccessible(page, 'appeal deadline result');
    await page.close();
  });

  it('checked every kind of screen with axe', () => {
    const kinds = [...checked.keys()];
    for (const kind of ['start page', 'guidance page', 'question: radios', 'question: checkboxes', 'question: date input', 'question with an error', 'date input with an error', 'check your answers', 'appeal deadline form', 'appeal deadline form with an error', 'appeal deadline result']) {
      expect(kinds).toContain(kind);
    }
    expect(kinds.filter((k) => k.startsWith('outcome: '))).toHaveLength(13);
  });
});
