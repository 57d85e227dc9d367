import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getFaq } from '../content/getFaq.js';
import { getGuidancePage } from '../content/getGuidancePage.js';
import { listFaqs } from '../content/listFaqs.js';
import { getOrganisation } from '../directory/getOrganisation.js';
import { listOrganisations } from '../directory/listOrganisations.js';
import { getLegislation } from '../legislation/getLegislation.js';
import { listLegislation } from '../legislation/listLegislation.js';
import type { GuidancePage } from '../schemas/guidancePage.js';
import { toJsonLd } from './toJsonLd.js';
import type { JsonLd } from './toJsonLd.js';

/** Every object in a JSON-LD tree that has an `@id`. */
function nodesWithId(value: unknown, out: { '@id': string; '@type'?: string }[] = []): { '@id': string; '@type'?: string }[] {
  if (Array.isArray(value)) value.forEach((v) => nodesWithId(v, out));
  else if (typeof value === 'object' && value !== null) {
    if (typeof (value as Record<string, unknown>)['@id'] === 'string') out.push(value as { '@id': string });
    Object.values(value).forEach((v) => nodesWithId(v, out));
  }
  return out;
}

/** A node's id may appear more than once only for the same thing (the same @type), as a reference. */
function idsAreUnique(doc: JsonLd): boolean {
  const types = new Map<string, string | undefined>();
  for (const node of nodesWithId(doc)) {
    if (types.has(node['@id']) && types.get(node['@id']) !== node['@type']) return false;
    types.set(node['@id'], node['@type']);
  }
  return true;
}

const answers = (doc: JsonLd): string[] => (doc['mainEntity'] as { acceptedAnswer: { text: string } }[]).map((q) => q.acceptedAnswer.text);
const MARKDOWN = /^\s*[-*+] |^\s*\d+\. |^#|\*\*|\]\(|^>/m;

/**
 * Type-checks JSON-LD documents against schema.org's vocabulary as the schema-dts package types it (Google's
 * TypeScript types generated from schema.org): every property must exist on the @type and hold a value of its range
 * (a publisher is an Organization, not a string; a ContactPoint has no free-text hoursAvailable).
 */
function schemaOrgErrors(docs: { type: string; doc: JsonLd }[]): { doc: number; message: string }[] {
  const dir = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'jsonld-check');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'docs.ts');
  const types = [...new Set(docs.map((d) => d.type))];
  const source = [`import type { ${types.join(', ')}, WithContext } from 'schema-dts';`, ...docs.map((d, i) => `export const doc${i}: WithContext<${d.type}> = ${JSON.stringify(d.doc)};`)].join('\n');
  writeFileSync(file, source);
  const program = ts.createProgram([file], { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, types: [] });
  // Document i is on line i + 2 of the file.
  return ts.getPreEmitDiagnostics(program).map((d) => ({
    doc: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line - 1 : -1,
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n').slice(0, 300),
  }));
}

describe('toJsonLd', () => {
  it('describes a legal reference as schema.org Legislation', () => {
    expect(toJsonLd(getLegislation('send-regs-2014/reg-42'))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42',
      name: 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530), regulation 42',
      alternateName: 'SEND Regulations 2014, reg. 42',
      headline: 'Steps to be taken by a local authority or commissioning body following mediation',
      abstract: getLegislation('send-regs-2014/reg-42').summary,
      inLanguage: 'en-GB',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42',
      legislationIdentifier: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42',
      legislationJurisdiction: 'England',
      legislationType: 'Statutory instrument',
      legislationDate: '2014-06-04',
      isPartOf: {
        '@type': 'Legislation',
        '@id': 'https://www.legislation.gov.uk/uksi/2014/1530',
        name: 'The Special Educational Needs and Disability Regulations 2014',
        legislationIdentifier: 'https://www.legislation.gov.uk/uksi/2014/1530',
        alternateName: 'SI 2014/1530',
      },
    });
  });

  it('gives every legal reference its own @id: Code of Practice paragraphs get an anchor on the one document', () => {
    const refs = listLegislation();
    const ids = refs.map((ref) => toJsonLd(ref)['@id']);
    expect(new Set(ids).size).toBe(refs.length);
    expect(toJsonLd(getLegislation('send-code-2015/para-11.6'))['@id']).toBe('https://www.gov.uk/government/publications/send-code-of-practice-0-to-25#paragraph-11.6');
    for (const ref of refs) {
      const doc = toJsonLd(ref);
      expect(doc['legislationIdentifier']).toBe(doc['@id']);
      expect(doc['url']).toBe(ref.url);
      expect(['Act of Parliament', 'Statutory instrument', 'Statutory guidance']).toContain(doc['legislationType']);
      expect(['England', 'England and Wales']).toContain(doc['legislationJurisdiction']);
    }
  });

  it('gives every organisation its own @id and its phones in international form', () => {
    const ids = listOrganisations().map((org) => toJsonLd(org)['@id']);
    expect(new Set(ids).size).toBe(ids.length);
    const lgsco = toJsonLd(getOrganisation('lgsco'));
    expect(lgsco['@id']).toBe(`urn:uuid:${getOrganisation('lgsco').uuid}`);
    expect(lgsco['contactPoint']).toContainEqual(expect.objectContaining({ '@type': 'ContactPoint', telephone: '+44 300 061 0614' }));
  });

  it('describes the page as an FAQPage: questions with their own @id, mentions with theirs, no id shared by two things', () => {
    const doc = toJsonLd(getGuidancePage('after-mediation'));
    expect(doc['@type']).toBe('FAQPage');
    expect(doc['@id']).toBe('urn:uuid:4b5306e5-c279-403a-be8d-d0c915766a80');
    const questions = doc['mainEntity'] as { '@id': string; name: string }[];
    expect(questions).toHaveLength(4);
    expect(questions[0]?.['@id']).toBe('urn:uuid:4b5306e5-c279-403a-be8d-d0c915766a80#faq-not-satisfied-with-outcome');
    const mentions = doc['mentions'] as { '@type': string; '@id': string; name: string }[];
    expect(mentions).toContainEqual({ '@type': 'Legislation', '@id': 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42', name: 'SEND Regulations 2014, reg. 42', url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42' });
    expect(mentions.some((m) => m['@type'] === 'Organization' && m['@id'] === `urn:uuid:${getOrganisation('ipsea').uuid}`)).toBe(true);
    // A body is described with the same @type wherever it appears.
    const tribunal = mentions.find((m) => m['@id'] === `urn:uuid:${getOrganisation('send-tribunal').uuid}`);
    expect(tribunal?.['@type']).toBe(toJsonLd(getOrganisation('send-tribunal'))['@type']);
    expect(idsAreUnique(doc)).toBe(true);
    expect(new Set(nodesWithId(doc).map((n) => n['@id'])).size).toBe(nodesWithId(doc).length);
  });

  it('takes the page address, the publisher and the language from the options', () => {
    const doc = toJsonLd(getGuidancePage('after-mediation'), { url: 'https://www.kent.gov.uk/send/after-mediation', publisher: { name: 'Kent County Council', url: 'https://www.kent.gov.uk' }, inLanguage: 'en' });
    expect(doc['@id']).toBe('https://www.kent.gov.uk/send/after-mediation');
    expect(doc['url']).toBe('https://www.kent.gov.uk/send/after-mediation');
    expect(doc['publisher']).toEqual({ '@type': 'Organization', '@id': 'https://www.kent.gov.uk', url: 'https://www.kent.gov.uk', name: 'Kent County Council' });
    expect(doc['inLanguage']).toBe('en');
    expect((doc['mainEntity'] as { '@id': string }[])[1]?.['@id']).toBe('https://www.kent.gov.uk/send/after-mediation#faq-council-not-done-what-it-agreed');
    const faq = toJsonLd(getFaq('not-satisfied-with-outcome'), { url: 'https://www.kent.gov.uk/send/faq' });
    expect(faq['@id']).toBe('https://www.kent.gov.uk/send/faq');
  });

  it('refuses bad options with INVALID_ARGUMENT, naming the option', () => {
    const page = getGuidancePage('after-mediation');
    for (const [options, argument] of [
      [{ url: 'javascript:alert(1)' }, 'options.url'],
      [{ url: 'http://example.org' }, 'options.url'],
      [{ publisher: 'Kent' }, 'options.publisher'],
      [{ publisher: { name: '' } }, 'options.publisher.name'],
      [{ publisher: { name: 'Kent <b>' } }, 'options.publisher.name'],
      [{ publisher: { name: 'Kent', url: 'https:evil.example' } }, 'options.publisher.url'],
      [{ inLanguage: 'english please' }, 'options.inLanguage'],
      [{ answerFormat: 'markdown' }, 'options.answerFormat'],
      [null, 'options'],
    ] as const) {
      expect(() => toJsonLd(page, options as never), JSON.stringify(options)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument }));
    }
  });

  it('takes a page’s dates from its change history: first published, last changed, last reviewed', () => {
    const page: GuidancePage = structuredClone(getGuidancePage('after-mediation'));
    page.changeHistory = [
      { date: '2027-03-02', note: 'Added the complaints step.' },
      { date: '2026-11-28', note: 'First published.' },
    ];
    page.lastReviewed = '2027-04-01';
    const doc = toJsonLd(page);
    expect([doc['datePublished'], doc['dateModified'], doc['lastReviewed']]).toEqual(['2026-11-28', '2027-03-02', '2027-04-01']);
  });

  it('writes each source’s publisher as an Organization', () => {
    const citations = toJsonLd(getGuidancePage('after-mediation'))['citation'] as { publisher: unknown }[];
    expect(citations.length).toBeGreaterThan(0);
    for (const citation of citations) expect(citation.publisher).toEqual({ '@type': 'Organization', name: expect.any(String) });
  });

  it('writes answers as plain text with no Markdown, or as HTML with only the tags search engines read', () => {
    const all = [...listFaqs().map((f) => toJsonLd(f)), toJsonLd(getGuidancePage('after-mediation'))];
    for (const text of all.flatMap(answers)) expect(text).not.toMatch(MARKDOWN);
    const list = answers(toJsonLd(getFaq('council-not-done-what-it-agreed')))[0] as string;
    expect(list.startsWith('Step 1: Write to the special educational needs')).toBe(true);
    expect(list).toContain('\nStep 2: If you get no reply');
    const html = answers(toJsonLd(getFaq('council-not-done-what-it-agreed'), { answerFormat: 'html' }))[0] as string;
    expect(html.startsWith('<ol><li>Write to the special educational needs')).toBe(true);
    for (const doc of [...listFaqs().map((f) => toJsonLd(f, { answerFormat: 'html' })), toJsonLd(getGuidancePage('after-mediation'), { answerFormat: 'html' })]) {
      for (const text of answers(doc)) {
        for (const tag of text.match(/<\/?([a-z0-9]+)/g) ?? []) expect(['p', 'ul', 'ol', 'li', 'a', 'strong', 'em']).toContain(tag.replace(/[</]/g, ''));
        for (const href of text.match(/href="[^"]*"/g) ?? []) expect(href).toMatch(/^href="(https:|mailto:|tel:)/);
      }
    }
  });

  it('escapes page text in HTML answers', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (value) => {
        const page: GuidancePage = structuredClone(getGuidancePage('after-mediation'));
        const faq = page.body.find((b) => b.type === 'faq');
        if (faq?.type !== 'faq') return false;
        faq.answer = [{ type: 'paragraph', id: 'p', content: [{ type: 'text', value }] }];
        const html = answers(toJsonLd(page, { answerFormat: 'html' }))[0] as string;
        return !/<(?!\/?p>)/.test(html);
      }),
    );
  });

  it('meets schema.org’s expectations for FAQPage, WebPage, Legislation and Organization (schema-dts types)', () => {
    const page = getGuidancePage('after-mediation');
    const noQuestions: GuidancePage = { ...structuredClone(page), body: page.body.filter((b) => b.type !== 'faq') };
    // One document of each shape (type-checking every one takes too long): the page with every option, a page
    // without questions, an FAQ, an Act, a statutory instrument, a Code paragraph, a charity and a public body.
    const docs = [
      { type: 'FAQPage', doc: toJsonLd(page, { url: 'https://www.kent.gov.uk/send', publisher: { name: 'Kent County Council', url: 'https://www.kent.gov.uk' }, answerFormat: 'html' }) },
      { type: 'WebPage', doc: toJsonLd(noQuestions) },
      { type: 'FAQPage', doc: toJsonLd(getFaq('council-not-done-what-it-agreed')) },
      ...(['cfa-2014/s-51', 'send-regs-2014/reg-42', 'send-code-2015/para-11.6'] as const).map((id) => ({ type: 'Legislation', doc: toJsonLd(getLegislation(id)) })),
      ...(['ipsea', 'lgsco'] as const).map((id) => ({ type: toJsonLd(getOrganisation(id))['@type'], doc: toJsonLd(getOrganisation(id)) })),
    ];
    expect(docs.map((d) => d.doc['@type'])).toEqual(docs.map((d) => d.type));
    // The check can fail: the last document, a citation with a made-up property, is refused, and only it.
    const bad = { ...toJsonLd(page), citation: [{ '@type': 'CreativeWork', name: 'x', hoursAvailable: '9am to 5pm' }] };
    const errors = schemaOrgErrors([...docs, { type: 'FAQPage', doc: bad }]);
    expect(errors.filter((e) => e.doc !== docs.length)).toEqual([]);
    expect(errors.filter((e) => e.doc === docs.length).length).toBeGreaterThan(0);
  }, 60_000);

  it('refuses anything else', () => {
    expect(() => toJsonLd({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => toJsonLd(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
