// The renderers give exactly what they gave on main at 357782a, before the speed and size work of issue 15: the same
// string, or the same error (name, code, message and argument), for every input tried. The oracle is a copy of the
// renderers as they were then (tests/_support/renderOnMain). Two domains:
// - everything the library publishes: every page, FAQ and flow outcome, every nextSteps result of the enumerated
//   paths, and localised pages and outcomes, in every style and heading level, in Markdown and as text;
// - generated documents (fast-check): hostile text, link targets and ids, forged and missing fields anywhere,
//   dates in and out of range, bad options and custom link resolvers, unfrozen, frozen on the surface and deep-frozen.
// Each package item is rendered more than once, so that the check the renderers remember (src/render/_document.ts)
// is exercised after it has been remembered too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowIds } from '../../src/_generated/ids.js';
import { getFaq } from '../../src/content/getFaq.js';
import { getGuidancePage } from '../../src/content/getGuidancePage.js';
import { listFaqs } from '../../src/content/listFaqs.js';
import { listGuidancePages } from '../../src/content/listGuidancePages.js';
import { localise } from '../../src/content/localise.js';
import { listOrganisations } from '../../src/directory/listOrganisations.js';
import { getFlow } from '../../src/faq/getFlow.js';
import { nextSteps } from '../../src/faq/nextSteps.js';
import { listLegislation } from '../../src/legislation/listLegislation.js';
import { renderHtml } from '../../src/render/renderHtml.js';
import { renderMarkdown } from '../../src/render/renderMarkdown.js';
import { renderText } from '../../src/render/renderText.js';
import { enumeratePaths, PATHS_TODAY, toSituation } from '../_support/flowPaths.js';
import * as before from '../_support/renderOnMain/index.js';
import { LOCAL_DETAILS } from './fixtures.js';

/** What a call gives: its string, or the error it throws, described by everything a caller can see of it. */
function outcome(call: () => string): unknown {
  try {
    return { value: call() };
  } catch (error) {
    const e = error as { name?: unknown; message?: unknown; code?: unknown; argument?: unknown };
    return { error: { name: e.name, message: e.message, code: e.code, argument: e.argument } };
  }
}

/**
 * The one intended change since 357782a: a node of the wrong type now names what is allowed where it is ("must be
 * text" inside strong or emphasis, "must be text, strong or emphasis" inside a link or a reference), where the
 * message before always listed every inline type. Read back in the old words, everything else must be the same.
 */
function sameWords(result: unknown): unknown {
  const error = (result as { error?: { message?: unknown; argument?: unknown } }).error;
  if (error === undefined || typeof error.message !== 'string' || typeof error.argument !== 'string' || !error.argument.endsWith('.type')) return result;
  return { error: { ...error, message: error.message.replace(/ must be (text|text, strong or emphasis); /, ' must be text, strong, emphasis, link or ref; ') } };
}

type Options = Record<string, unknown> | null | undefined | string;

/** How the calls ended since it was last cleared: a string, or the error's name and code. */
const tally = new Map<string, number>();
function count(result: unknown): void {
  const error = (result as { error?: { name: unknown; code: unknown } }).error;
  const key = error === undefined ? 'string' : `${String(error.name)} ${String(error.code)}`;
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

/** Every renderer with `options`, now and before, compared; `label` names the case in a failure. */
function same(content: unknown, label: string, html: Options[], markdown: Options[], text: Options[]): void {
  const cases: [string, (c: never, o: never) => string, (c: never, o: never) => string, Options[]][] = [
    ['renderHtml', renderHtml, before.renderHtml, html],
    ['renderMarkdown', renderMarkdown, before.renderMarkdown, markdown],
    ['renderText', renderText, before.renderText, text],
  ];
  for (const [name, now, then, list] of cases) {
    for (const options of list) {
      const args = (options === undefined ? [content] : [content, options]) as [never, never];
      const expected = outcome(() => then(...args));
      count(expected);
      expect(sameWords(outcome(() => now(...args))), `${name} of ${label} with ${String(JSON.stringify(options))}`).toEqual(expected);
    }
  }
}

const HTML_OPTIONS: Options[] = [undefined, ...['plain', 'govuk'].flatMap((style) => [1, 2, 3, 4].map((headingLevel) => ({ style, headingLevel })))];
/** A custom resolver that gives every kind of target, some of them refused. */
const resolver = (ref: { kind: string; id: string }): string | undefined =>
  [`#faq-${ref.id}`, `/${ref.kind}/${ref.id}`, 'javascript:alert(1)', undefined, `https://example.org/${encodeURIComponent(ref.id)}`, `https://x.org/${ref.id}`][ref.id.length % 6];
const MARKDOWN_OPTIONS: Options[] = [undefined, { linkResolver: resolver }];
const TEXT_OPTIONS: Options[] = [undefined, { width: 20 }, { width: 72 }, { width: 400 }];


const outcomes = flowIds.flatMap((id) => getFlow(id).nodes.filter((node) => node.type === 'outcome'));

describe('the renderers give what they gave on main (357782a), for all published content', () => {
  it('every guidance page, twice, and localised', () => {
    const pages = listGuidancePages();
    expect(pages.length).toBeGreaterThan(3);
    for (const { id } of pages) {
      const page = getGuidancePage(id as never);
      for (let time = 1; time <= 2; time++) same(page, `page ${id} (time ${time})`, [...HTML_OPTIONS, { style: 'govuk', linkResolver: resolver }], MARKDOWN_OPTIONS, TEXT_OPTIONS);
      same(localise(page, LOCAL_DETAILS), `page ${id} localised`, HTML_OPTIONS, MARKDOWN_OPTIONS, TEXT_OPTIONS);
    }
  });

  it('every FAQ, twice', () => {
    const faqs = listFaqs();
    expect(faqs.length).toBeGreaterThan(5);
    for (const { id } of faqs) {
      for (let time = 1; time <= 2; time++) same(getFaq(id as never), `FAQ ${id} (time ${time})`, [...HTML_OPTIONS, { linkResolver: resolver }], MARKDOWN_OPTIONS, TEXT_OPTIONS);
    }
  });

  it('every flow outcome, as published and localised', () => {
    expect(outcomes.length).toBeGreaterThan(5);
    for (const node of outcomes) {
      same(node, `outcome ${node.id}`, HTML_OPTIONS, MARKDOWN_OPTIONS, TEXT_OPTIONS);
      same(localise(node, LOCAL_DETAILS), `outcome ${node.id} localised`, HTML_OPTIONS, MARKDOWN_OPTIONS, TEXT_OPTIONS);
    }
  });

  it('the nextSteps result of every enumerated path, and some of them localised', () => {
    const paths = enumeratePaths();
    expect(paths.length).toBeGreaterThan(500);
    paths.forEach((path, i) => {
      const result = nextSteps(toSituation(path.state.answers), { today: PATHS_TODAY });
      // Every path in both styles; every fifth path in every option, and localised.
      const all = i % 5 === 0;
      same(result, `nextSteps of path ${i}`, all ? HTML_OPTIONS : [undefined, { style: 'govuk' }], all ? MARKDOWN_OPTIONS : [undefined], all ? TEXT_OPTIONS : [undefined]);
      if (all) same(localise(result, LOCAL_DETAILS), `nextSteps of path ${i} localised`, HTML_OPTIONS, MARKDOWN_OPTIONS, TEXT_OPTIONS);
    });
  });
});

// Generated documents: with every field of the right type, and with junk in any field or fields missing, so that
// every check and every path past the checks is compared, including the fields the checks do not look at.
const junk = fc.constantFrom<unknown>(null, undefined, 0, 42, -1, Number.NaN, true, '', 'x', '__proto__', 'toString', [], {}, { type: 'bogus' }, [null], [[]]);
const hostileText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='x", '&amp;&lt;', '</article>', '[x](javascript:alert(1))', '**b** _e_ `c`', '# h', '1. list', '- item', '\u0000\u202e\u007f', 'a\tb\nc\rd', 'word '.repeat(40)),
);
const href = fc.oneof(
  fc.constantFrom('javascript:alert(1)', 'data:text/html,x', '//evil.example', 'http://x.org', ' https://x.org', 'https://x.org/"onclick="1', 'https:x.org', 'https:/x.org', 'HTTPS://OK.EXAMPLE.ORG', 'mailto:a@b.org', 'tel:+441632960000', '#faq-x', '#1', '/local', 'glossary.html#term-x', 'https://user:pw@x.org', 'https://x.org:8080/a', 'https://www.gov.uk/bank-holidays'),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  hostileText,
);
const ids = [...listOrganisations().map((o) => o.id), ...listLegislation().map((l) => l.id), ...listFaqs().map((f) => f.id), ...listGuidancePages().map((p) => p.id)];
const refId = fc.oneof(fc.constantFrom(...ids, 'no-such-id', '__proto__', 'toString', ''), hostileText);
const refKind = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('organisation', 'legislation', 'faq', 'page', 'glossary', 'flow-node') }, { weight: 1, arbitrary: fc.constantFrom('Organisation', 'law', '') });
const date = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: Date.UTC(2014, 0, 1), max: Date.UTC(2099, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10)) },
  fc.constantFrom('2013-12-31', '2000-01-01', '2100-01-01', '9999-12-31', '0001-01-01', '2026-02-30', '2026-13-01', '2026-1-01', ' 2026-01-01', '2026-01-01T00:00'),
);
/** A deterministic custom resolver picked by the test: hostile targets, refusals and good ones. */
const customResolver = fc.array(fc.option(href, { nil: undefined }), { minLength: 1, maxLength: 4 }).map((targets) => (ref: { kind: string; id: string }) => targets[(ref.id.length + ref.kind.length) % targets.length]);
/** Fields a document may leave out even when it is well formed. */
const OPTIONAL = new Set(['summary', 'contacts', 'url', 'phone', 'email', 'linkResolver']);

/** The documents and options: with junk in any field and fields missing (`withJunk`), or well formed. */
function arbitraries(withJunk: boolean) {
  const maybe = <T,>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> => (withJunk ? fc.oneof({ weight: 15, arbitrary }, { weight: 1, arbitrary: junk }) : arbitrary);
  /** A record: with junk, any field but `required` may be missing; well formed, only the optional ones. */
  const record = (model: Record<string, fc.Arbitrary<unknown>>, required: string[] = Object.keys(model)): fc.Arbitrary<Record<string, unknown>> =>
    fc.record(model, { requiredKeys: withJunk ? required : Object.keys(model).filter((key) => !OPTIONAL.has(key)) });
  const orJunk = withJunk ? [junk] : [];

  // Nested as the schemas allow (and the check now insists): any inline node in a run; text, strong or emphasis
  // inside a link or a reference; only text inside strong or emphasis. Junk can still be anywhere.
  const textNode = record({ type: fc.constant('text'), value: maybe(hostileText) }, ['type']);
  const textChildren = maybe(fc.array(fc.oneof({ weight: 6, arbitrary: textNode }, ...orJunk), { maxLength: 3 }));
  const strongOrEmphasis = record({ type: fc.constantFrom('strong', 'emphasis'), children: textChildren });
  const phrasingChildren = maybe(fc.array(fc.oneof({ weight: 6, arbitrary: textNode }, strongOrEmphasis, ...orJunk), { maxLength: 3 }));
  const inline = fc.oneof(
    { weight: 6, arbitrary: textNode },
    strongOrEmphasis,
    record({ type: fc.constant('link'), href: maybe(href), children: phrasingChildren }, ['type']),
    record({ type: fc.constant('ref'), kind: maybe(refKind), id: maybe(refId), children: phrasingChildren }, ['type']),
    ...orJunk,
  );
  const run = maybe(fc.array(inline, { maxLength: 4 }));
  const blockId = maybe(hostileText);
  const { block } = fc.letrec<{ block: unknown }>((tie) => ({
    block: fc.oneof(
      { depthSize: 'small' },
      record({ type: fc.constant('heading'), id: blockId, level: withJunk ? maybe(fc.constantFrom(2, 3, 4, 1, 5, '2')) : fc.constantFrom(2, 3, 4), content: run }, ['type', 'content']),
      { weight: 3, arbitrary: record({ type: fc.constantFrom('paragraph', 'warning'), id: blockId, content: run }, ['type', 'content']) },
      record({ type: fc.constant('inset'), id: blockId, content: maybe(fc.array(run, { maxLength: 3 })) }),
      record({ type: fc.constant('list'), id: blockId, ordered: maybe(fc.boolean()), items: maybe(fc.array(run, { maxLength: 3 })) }, ['type', 'items']),
      record({ type: fc.constant('faq'), id: blockId, faqId: maybe(refId), question: maybe(hostileText), answer: maybe(fc.array(tie('block'), { maxLength: 3 })) }),
      ...orJunk,
    ),
  }));
  const blocks = maybe(fc.array(block, { maxLength: 5 }));
  const phone = fc.oneof(fc.constantFrom('01632 960000', '+44 1632 960000', '0800 123 4567', '999'), hostileText);
  const contact = maybe(record({ name: maybe(hostileText), url: maybe(href), phone: maybe(phone), email: maybe(fc.oneof(fc.constant('a@b.org'), hostileText)) }, ['name']));
  const contacts = maybe(fc.array(contact, { maxLength: 2 }));

  const page = record({ id: refId, title: maybe(hostileText), summary: maybe(hostileText), lastReviewed: maybe(date), body: blocks }, ['title', 'lastReviewed', 'body']);
  const faq = record({ id: refId, question: maybe(hostileText), answer: blocks });
  const step = record({ text: maybe(hostileText), organisations: maybe(fc.array(maybe(refId), { maxLength: 3 })), contacts }, ['text', 'organisations']);
  const outcome = record({ type: fc.constant('outcome'), id: maybe(refId), title: maybe(hostileText), summary: maybe(hostileText), steps: maybe(fc.array(maybe(step), { maxLength: 4 })) }, ['type', 'title', 'steps']);
  const dueDate = maybe(record({ label: maybe(hostileText), dueDate: maybe(fc.oneof(date, fc.constantFrom(null, 'immediately'))), sentence: maybe(hostileText) }));
  const resultStep = record(
    {
      text: maybe(hostileText),
      dueDates: maybe(fc.array(dueDate, { maxLength: 3 })),
      organisations: maybe(fc.array(maybe(record({ id: maybe(refId), name: maybe(hostileText) })), { maxLength: 2 })),
      legislation: maybe(fc.array(maybe(record({ id: maybe(refId), citation: maybe(hostileText) })), { maxLength: 2 })),
      contacts,
    },
    ['text', 'dueDates', 'organisations', 'legislation'],
  );
  const result = record({
    outcome: maybe(record({ id: maybe(refId), title: maybe(hostileText), summary: maybe(hostileText) }, ['id', 'title'])),
    state: maybe(fc.constant({ flowId: 'after-mediation', answers: {}, today: '2026-11-28' })),
    steps: maybe(fc.array(maybe(resultStep), { maxLength: 4 })),
  });

  const htmlLevel = withJunk ? fc.constantFrom(1, 2, 3, 4, 0, 5, 2.5) : fc.constantFrom(1, 2, 3, 4);
  const htmlOptions = fc.oneof(
    { weight: 6, arbitrary: fc.record({ style: maybe(fc.constantFrom('plain', 'govuk')), headingLevel: maybe(htmlLevel), linkResolver: maybe(customResolver) }, { requiredKeys: [] }) },
    fc.constantFrom<Options>(undefined, ...(withJunk ? [null, 'govuk'] : [])),
  );
  const markdownOptions = fc.oneof({ weight: 4, arbitrary: fc.record({ linkResolver: maybe(customResolver) }, { requiredKeys: [] }) }, fc.constantFrom<Options>(undefined, ...(withJunk ? [null] : [])));
  const textWidth = withJunk ? fc.constantFrom(20, 40, 72, 80, 400, 19, 401, 50.5) : fc.integer({ min: 20, max: 400 });
  const textOptions = fc.oneof({ weight: 4, arbitrary: fc.record({ width: maybe(textWidth) }, { requiredKeys: [] }) }, fc.constantFrom<Options>(undefined, ...(withJunk ? [null] : [])));
  return { documents: { page, faq, outcome, 'nextSteps result': result }, htmlOptions, markdownOptions, textOptions };
}

/** The document as given, frozen on the surface only, or deep-frozen, each a copy so that fast-check's value is untouched. */
const freezing = fc.constantFrom('none', 'surface', 'deep');
function prepare(document: unknown, how: string): unknown {
  const copy: unknown = structuredClone(document);
  if (how === 'surface' && typeof copy === 'object' && copy !== null) Object.freeze(copy);
  if (how === 'deep') {
    const freeze = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      Object.freeze(value);
      Object.values(value).forEach(freeze);
    };
    freeze(copy);
  }
  return copy;
}

describe('the renderers give what they gave on main (357782a), for generated documents (property)', () => {
  for (const withJunk of [false, true]) {
    const { documents, htmlOptions, markdownOptions, textOptions } = arbitraries(withJunk);
    const all: Record<string, fc.Arbitrary<unknown>> = withJunk ? { ...documents, 'anything else': junk } : documents;
    for (const [kind, document] of Object.entries(all)) {
      it(`${kind}${withJunk ? ', with junk in any field' : ''}: the same string or the same error, for any options`, () => {
        tally.clear();
        fc.assert(
          fc.property(document, freezing, htmlOptions, markdownOptions, textOptions, (doc, how, html, md, text) => {
            const content = prepare(doc, how);
            // Twice: a render must not change what the next one gives.
            for (let time = 1; time <= 2; time++) same(content, `a generated ${kind} (${how} frozen, time ${time})`, [html as Options], [md as Options], [text as Options]);
          }),
          { numRuns: kind === 'anything else' ? 50 : 300 },
        );
        // The domain reaches what it is for: well formed, mostly rendered; with junk, refused as well as rendered.
        const calls = [...tally.values()].reduce((a, b) => a + b, 0);
        const strings = tally.get('string') ?? 0;
        if (kind === 'anything else') expect(strings).toBe(0);
        else if (withJunk) expect(Math.min(strings, tally.get('GuidanceError INVALID_ARGUMENT') ?? 0), JSON.stringify([...tally])).toBeGreaterThan(calls / 20);
        else expect(strings, JSON.stringify([...tally])).toBeGreaterThan(calls / 2);
      });
    }
  }
});
