import { instruments } from '../_generated/instruments.js';
import { legislation } from '../_generated/legislation.js';
import { organisations } from '../_generated/organisations.js';
import { GuidanceError } from '../errors.js';
import { _HTTPS_URL_MAX_LENGTH, _HTTPS_URL_PATTERN, _SAFE_TEXT_PATTERN } from '../_lib/patterns.js';
import { _stableUuid } from '../_lib/stableUuid.js';
import { _internationalPhone } from '../_lib/ukPhone.js';
import type { ContentBlock, PageBlock } from '../schemas/block.js';
import type { Faq } from '../schemas/faq.js';
import type { GuidancePage } from '../schemas/guidancePage.js';
import type { InlineNode, PhrasingNode } from '../schemas/inline.js';
import type { LegalReference } from '../schemas/legislation.js';
import type { Organisation } from '../schemas/organisation.js';
import { formatCitation } from '../legislation/formatCitation.js';
import { _escapeHtml } from './_escape.js';
import { _defaultResolver, _isAllowedHref } from './_links.js';

/**
 * A JSON-LD object (schema.org vocabulary), ready for `JSON.stringify` into a
 * `<script type="application/ld+json">` element (use {@link toJsonLdScript} for that).
 *
 * @example
 * const doc: JsonLd = { '@context': 'https://schema.org', '@type': 'Legislation' };
 * doc['@type'] //=> 'Legislation'
 */
export type JsonLd = { '@context'?: string; '@type': string } & Record<string, unknown>;

/**
 * Options for {@link toJsonLd}.
 *
 * @example
 * const options: ToJsonLdOptions = { url: 'https://www.kent.gov.uk/after-mediation', publisher: { name: 'Kent County Council' } };
 * options.publisher?.name //=> 'Kent County Council'
 */
export interface ToJsonLdOptions {
  /** The `https://` address where you publish the page or FAQ: it becomes its `@id` and `url`. */
  url?: string;
  /** Who publishes it (for example your council), as a schema.org `Organization`. */
  publisher?: { name: string; url?: string };
  /** The language of the text, as a BCP 47 tag. Default `en-GB`. */
  inLanguage?: string;
  /** Answer text as plain `text` (default) or as `html` (paragraphs, lists, links and bold only). */
  answerFormat?: 'text' | 'html';
}

const LEGISLATION_TYPE = { act: 'Act of Parliament', 'statutory-instrument': 'Statutory instrument', 'statutory-guidance': 'Statutory guidance' } as const;
const JURISDICTION = { england: 'England', 'england-and-wales': 'England and Wales' } as const;
const HTTPS_URL = /* @__PURE__ */ new RegExp(_HTTPS_URL_PATTERN);
const SAFE_TEXT = /* @__PURE__ */ new RegExp(_SAFE_TEXT_PATTERN);
const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/;

function _invalid(argument: string, expected: string): never {
  throw new GuidanceError('INVALID_ARGUMENT', `toJsonLd ${argument} must be ${expected}.`, { argument });
}

function _checkUrl(value: unknown, argument: string): string {
  if (typeof value !== 'string' || value.length > _HTTPS_URL_MAX_LENGTH || !HTTPS_URL.test(value)) _invalid(argument, 'an https:// web address such as "https://www.example.gov.uk/send"');
  return value;
}

function _checkOptions(options: unknown): ToJsonLdOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) _invalid('options', 'an object such as { url, publisher, inLanguage }');
  const o = options as Record<string, unknown>;
  if (o['url'] !== undefined) _checkUrl(o['url'], 'options.url');
  if (o['publisher'] !== undefined) {
    const p = o['publisher'] as Record<string, unknown> | null;
    if (typeof p !== 'object' || p === null) _invalid('options.publisher', 'an object such as { name: "Kent County Council" }');
    const name = p['name'];
    if (typeof name !== 'string' || name.length === 0 || name.length > 200 || !SAFE_TEXT.test(name)) _invalid('options.publisher.name', 'a name of 1 to 200 characters with no <, > or control characters');
    if (p['url'] !== undefined) _checkUrl(p['url'], 'options.publisher.url');
  }
  if (o['inLanguage'] !== undefined && (typeof o['inLanguage'] !== 'string' || !LANGUAGE.test(o['inLanguage']))) _invalid('options.inLanguage', 'a language tag such as "en-GB"');
  if (o['answerFormat'] !== undefined && o['answerFormat'] !== 'text' && o['answerFormat'] !== 'html') _invalid('options.answerFormat', '"text" or "html"');
  return o as ToJsonLdOptions;
}

/** The `@id` of a legal reference: its address, with the paragraph as an anchor where the Code is one document. */
function _legislationId(ref: LegalReference): string {
  return ref.kind === 'paragraph' ? `${ref.url}#paragraph-${ref.number}` : ref.url;
}

function _organisationId(org: Pick<Organisation, 'uuid'>): string {
  return `urn:uuid:${org.uuid}`;
}

/** `GovernmentOrganization` for public bodies, `Organization` for the rest, the same wherever the body appears. */
function _organisationType(org: Pick<Organisation, 'kind'>): 'GovernmentOrganization' | 'Organization' {
  return org.kind === 'tribunal' || org.kind === 'ombudsman' || org.kind === 'government' || org.kind === 'local-authority' ? 'GovernmentOrganization' : 'Organization';
}

function _phrasingText(nodes: readonly (InlineNode | PhrasingNode)[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : _phrasingText(n.children))).join('');
}

/** Plain text: paragraphs apart, each list item on its own line ("Step 1: " for numbered steps), no Markdown. */
function _blockText(block: PageBlock | ContentBlock): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return _phrasingText(block.content);
    case 'warning':
      return `Warning: ${_phrasingText(block.content)}`;
    case 'inset':
      return block.content.map(_phrasingText).join('\n\n');
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `Step ${i + 1}: ` : ''}${_phrasingText(item)}`).join('\n');
    case 'faq':
      return `${block.question}\n\n${block.answer.map(_blockText).join('\n\n')}`;
  }
}

function _phrasingHtml(nodes: readonly PhrasingNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? _escapeHtml(n.value) : `<${n.type === 'strong' ? 'strong' : 'em'}>${n.children.map((c) => _escapeHtml(c.value)).join('')}</${n.type === 'strong' ? 'strong' : 'em'}>`)).join('');
}

function _inlineHtml(nodes: readonly InlineNode[]): string {
  return nodes
    .map((n) => {
      if (n.type !== 'link' && n.type !== 'ref') return _phrasingHtml([n]);
      const href = n.type === 'link' ? n.href : _defaultResolver({ kind: n.kind, id: n.id });
      const inner = _phrasingHtml(n.children);
      return _isAllowedHref(href) && !href.startsWith('#') && !href.startsWith('/') ? `<a href="${_escapeHtml(href)}">${inner}</a>` : inner;
    })
    .join('');
}

/** HTML with the tags search engines accept in an answer: p, ul, ol, li, a (absolute addresses only), strong, em. */
function _blockHtml(block: PageBlock | ContentBlock): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return `<p>${_inlineHtml(block.content)}</p>`;
    case 'warning':
      return `<p><strong>Warning: ${_inlineHtml(block.content)}</strong></p>`;
    case 'inset':
      return block.content.map((run) => `<p>${_inlineHtml(run)}</p>`).join('');
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${_inlineHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'faq':
      return `<p><strong>${_escapeHtml(block.question)}</strong></p>${block.answer.map(_blockHtml).join('')}`;
  }
}

function _mentions(blocks: readonly (PageBlock | ContentBlock)[]): JsonLd[] {
  const seen = new Map<string, JsonLd>();
  const visit = (nodes: readonly InlineNode[]): void => {
    for (const node of nodes) {
      if (node.type !== 'ref') continue;
      const own = (record: object): boolean => Object.prototype.hasOwnProperty.call(record, node.id);
      if (node.kind === 'organisation' && own(organisations)) {
        const org = organisations[node.id as keyof typeof organisations];
        const id = _organisationId(org);
        if (!seen.has(id)) seen.set(id, { '@type': _organisationType(org), '@id': id, name: org.name, ...(org.website === undefined ? {} : { url: org.website }) });
      } else if (node.kind === 'legislation' && own(legislation)) {
        const ref = legislation[node.id as keyof typeof legislation];
        const id = _legislationId(ref);
        if (!seen.has(id)) seen.set(id, { '@type': 'Legislation', '@id': id, name: formatCitation(ref.id as never), url: ref.url });
      }
    }
  };
  const walk = (list: readonly (PageBlock | ContentBlock)[]): void => {
    for (const block of list) {
      if (block.type === 'faq') walk(block.answer);
      else if (block.type === 'inset') block.content.forEach(visit);
      else if (block.type === 'list') block.items.forEach(visit);
      else visit(block.content);
    }
  };
  walk(blocks);
  return [...seen.values()];
}

function _question(id: string, question: string, answer: readonly ContentBlock[], format: 'text' | 'html'): JsonLd {
  const text = format === 'html' ? answer.map(_blockHtml).join('') : answer.map(_blockText).join('\n\n');
  return { '@type': 'Question', '@id': id, name: question, acceptedAnswer: { '@type': 'Answer', '@id': `${id}-answer`, text } };
}

function _publisher(options: ToJsonLdOptions): Record<string, unknown> {
  if (options.publisher === undefined) return {};
  const { name, url } = options.publisher;
  return { publisher: { '@type': 'Organization', ...(url === undefined ? {} : { '@id': url, url }), name } };
}

/**
 * Describes a guidance page, an FAQ, a legal reference or an organisation as schema.org JSON-LD, for search engines
 * and other machines: a page becomes a `WebPage` (or an `FAQPage` when it holds questions), an FAQ a `FAQPage` with
 * one `Question`, a legal reference a `Legislation`, and an organisation an `Organization` (a
 * `GovernmentOrganization` for public bodies). Organisations and legal references a page mentions are listed in
 * `mentions`.
 *
 * Every item has its own `@id`: the page's address (`options.url`) or `urn:uuid:` and its content id; each question
 * the page's id and its anchor (`#faq-…`, as `renderHtml` writes it); a legal reference its legislation.gov.uk or
 * GOV.UK address, with `#paragraph-11.1` for paragraphs of the Code of Practice (one document); an organisation
 * `urn:uuid:` and its uuid. A page's dates come from its change history: `datePublished` the first entry,
 * `dateModified` the latest, and `lastReviewed` the last review. Answer text is plain text, or HTML with
 * `answerFormat: 'html'`; never Markdown.
 *
 * @param options - `url`, `publisher` (for example your council), `inLanguage`, `answerFormat`.
 * @throws {@link GuidanceError} `INVALID_ARGUMENT` for anything else, or a bad option.
 *
 * @example
 * const law = toJsonLd(getLegislation('send-regs-2014/reg-42'));
 * law['@type'] //=> 'Legislation'
 * law.legislationIdentifier //=> 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42'
 * toJsonLd(getLegislation('send-code-2015/para-11.1'))['@id'] //=> 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25#paragraph-11.1'
 * const page = toJsonLd(getGuidancePage('after-mediation'), { url: 'https://www.kent.gov.uk/after-mediation', publisher: { name: 'Kent County Council' } });
 * page['@id'] //=> 'https://www.kent.gov.uk/after-mediation'
 * page.publisher //=> { '@type': 'Organization', name: 'Kent County Council' }
 * toJsonLd(getOrganisation('lgsco'))['@type'] //=> 'GovernmentOrganization'
 */
export function toJsonLd(content: GuidancePage | Faq | LegalReference | Organisation, options: ToJsonLdOptions = {}): JsonLd {
  if (typeof content !== 'object' || content === null) {
    throw new GuidanceError('INVALID_ARGUMENT', 'toJsonLd expects a guidance page, an FAQ, a legal reference or an organisation.', { argument: 'content' });
  }
  const opts = _checkOptions(options);
  const inLanguage = opts.inLanguage ?? 'en-GB';
  const format = opts.answerFormat ?? 'text';
  if ('helpsWith' in content && 'uuid' in content) {
    const org = content;
    const contactPoint = org.contacts.flatMap((c): JsonLd[] => {
      if (c.type === 'phone') {
        const telephone = _internationalPhone(c.value);
        return telephone === undefined ? [] : [{ '@type': 'ContactPoint', contactType: c.label, telephone, ...(c.hours === undefined ? {} : { description: `Opening hours: ${c.hours}` }) }];
      }
      return c.type === 'email' ? [{ '@type': 'ContactPoint', contactType: c.label, email: c.value }] : [];
    });
    return {
      '@context': 'https://schema.org',
      '@type': _organisationType(org),
      '@id': _organisationId(org),
      name: org.name,
      ...(org.aliases.length > 0 ? { alternateName: [...org.aliases] } : {}),
      description: org.summary,
      ...(org.website === undefined ? {} : { url: org.website }),
      ...(org.area === undefined ? {} : { areaServed: org.area === 'england' ? 'England' : org.area === 'england-and-wales' ? 'England and Wales' : 'Local' }),
      ...(contactPoint.length > 0 ? { contactPoint } : {}),
    };
  }
  if ('kind' in content && 'instrument' in content && typeof content.url === 'string') {
    const ref = content;
    const instrument = instruments[ref.instrument as keyof typeof instruments];
    if (!instrument) throw new GuidanceError('INVALID_ARGUMENT', `Unknown instrument "${String(ref.instrument).slice(0, 60)}".`, { argument: 'content.instrument' });
    const id = _legislationId(ref);
    return {
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': id,
      name: formatCitation(ref.id as never, 'full'),
      alternateName: formatCitation(ref.id as never, 'short'),
      headline: ref.heading,
      abstract: ref.summary,
      inLanguage,
      url: ref.url,
      legislationIdentifier: id,
      legislationJurisdiction: JURISDICTION[ref.jurisdiction],
      legislationType: LEGISLATION_TYPE[instrument.type],
      ...(instrument.made === undefined ? {} : { legislationDate: instrument.made }),
      isPartOf: {
        '@type': 'Legislation',
        '@id': instrument.url,
        name: instrument.title,
        legislationIdentifier: instrument.url,
        ...(instrument.number === undefined ? {} : { alternateName: instrument.number }),
      },
    };
  }
  if ('body' in content && Array.isArray(content.body)) {
    const page = content;
    const id = opts.url ?? `urn:uuid:${page.contentId}`;
    const dates = page.changeHistory.map((c) => c.date).sort();
    const questions = page.body.filter((b): b is Extract<PageBlock, { type: 'faq' }> => b.type === 'faq');
    return {
      '@context': 'https://schema.org',
      '@type': questions.length > 0 ? 'FAQPage' : 'WebPage',
      '@id': id,
      ...(opts.url === undefined ? {} : { url: opts.url }),
      name: page.title,
      description: page.summary,
      inLanguage,
      datePublished: dates[0] ?? page.firstPublished,
      dateModified: dates[dates.length - 1] ?? page.lastUpdated,
      lastReviewed: page.lastReviewed,
      ..._publisher(opts),
      spatialCoverage: { '@type': 'Place', name: 'England' },
      citation: page.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url, publisher: { '@type': 'Organization', name: s.publisher } })),
      ...(questions.length > 0 ? { mainEntity: questions.map((q) => _question(`${id}#faq-${q.faqId}`, q.question, q.answer, format)) } : {}),
      mentions: _mentions(page.body),
    };
  }
  if ('question' in content && Array.isArray(content.answer)) {
    const faq = content;
    const id = opts.url ?? `urn:uuid:${_stableUuid(`faq/${faq.id}`)}`;
    return {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      '@id': id,
      ...(opts.url === undefined ? {} : { url: opts.url }),
      name: faq.question,
      inLanguage,
      lastReviewed: faq.lastReviewed,
      ..._publisher(opts),
      mainEntity: [_question(`${id}#faq-${faq.id}`, faq.question, faq.answer, format)],
      mentions: _mentions(faq.answer),
    };
  }
  throw new GuidanceError('INVALID_ARGUMENT', 'toJsonLd expects a guidance page, an FAQ, a legal reference or an organisation.', { argument: 'content' });
}
