import { instruments } from '../_generated/instruments.js';
import { GuidanceError } from '../errors.js';
import { _resolveRef } from '../_lib/resolveRef.js';
import type { ContentBlock, PageBlock } from '../schemas/block.js';
import type { Faq } from '../schemas/faq.js';
import type { GuidancePage } from '../schemas/guidancePage.js';
import type { InlineNode, PhrasingNode } from '../schemas/inline.js';
import type { LegalReference } from '../schemas/legislation.js';
import type { Organisation } from '../schemas/organisation.js';
import { formatCitation } from '../legislation/formatCitation.js';

/**
 * A JSON-LD object (schema.org vocabulary), ready for `JSON.stringify` into a
 * `<script type="application/ld+json">` element.
 *
 * @example
 * const doc: JsonLd = { '@context': 'https://schema.org', '@type': 'Legislation' };
 * doc['@type'] //=> 'Legislation'
 */
export type JsonLd = { '@context'?: string; '@type': string } & Record<string, unknown>;

const LEGISLATION_TYPE = { act: 'Act of Parliament', 'statutory-instrument': 'Statutory instrument', 'statutory-guidance': 'Statutory guidance' } as const;
const JURISDICTION = { england: 'England', 'england-and-wales': 'England and Wales' } as const;

function _phrasing(nodes: readonly (InlineNode | PhrasingNode)[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : _phrasing(n.children))).join('');
}

function _blockText(block: PageBlock | ContentBlock): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'warning':
      return _phrasing(block.content);
    case 'inset':
      return block.content.map(_phrasing).join('\n\n');
    case 'list':
      return block.items.map((item) => `- ${_phrasing(item)}`).join('\n');
    case 'faq':
      return `${block.question}\n\n${block.answer.map(_blockText).join('\n\n')}`;
  }
}

function _mentions(blocks: readonly (PageBlock | ContentBlock)[]): JsonLd[] {
  const seen = new Map<string, JsonLd>();
  const visit = (nodes: readonly InlineNode[]): void => {
    for (const node of nodes) {
      if (node.type !== 'ref' || (node.kind !== 'organisation' && node.kind !== 'legislation')) continue;
      const key = `${node.kind}:${node.id}`;
      const resolved = _resolveRef(node.kind, node.id);
      if (seen.has(key) || !resolved) continue;
      seen.set(key, {
        '@type': node.kind === 'organisation' ? 'Organization' : 'Legislation',
        name: node.kind === 'legislation' ? formatCitation(node.id as never) : resolved.title,
        ...(resolved.url === undefined ? {} : { url: resolved.url }),
      });
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

function _answer(question: string, answer: readonly ContentBlock[]): JsonLd {
  return { '@type': 'Question', name: question, acceptedAnswer: { '@type': 'Answer', text: answer.map(_blockText).join('\n\n') } };
}

/**
 * Describes a guidance page, an FAQ, a legal reference or an organisation as schema.org JSON-LD, for search engines
 * and other machines: a page becomes a `WebPage` (or an `FAQPage` when it holds questions), an FAQ a `FAQPage` with
 * one `Question`, a legal reference a `Legislation` whose identifier is its legislation.gov.uk or GOV.UK address, and
 * an organisation an `Organization` (a `GovernmentOrganization` for the tribunal and the Ombudsman).
 * Organisations and legal references a page mentions are listed as `Organization` and `Legislation`.
 *
 * @throws {@link GuidanceError} `INVALID_ARGUMENT` for anything else.
 *
 * @example
 * const law = toJsonLd(getLegislation('send-regs-2014/reg-42'));
 * law['@type'] //=> 'Legislation'
 * law.legislationIdentifier //=> 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/42'
 * toJsonLd(getGuidancePage('after-mediation'))['@type'] //=> 'FAQPage'
 * toJsonLd(getOrganisation('lgsco'))['@type'] //=> 'GovernmentOrganization'
 */
export function toJsonLd(content: GuidancePage | Faq | LegalReference | Organisation): JsonLd {
  if (typeof content !== 'object' || content === null) {
    throw new GuidanceError('INVALID_ARGUMENT', 'toJsonLd expects a guidance page, an FAQ, a legal reference or an organisation.', { argument: 'content' });
  }
  if ('helpsWith' in content && 'uuid' in content) {
    const org = content;
    const government = org.kind === 'tribunal' || org.kind === 'ombudsman' || org.kind === 'government' || org.kind === 'local-authority';
    const phones = org.contacts.filter((c) => c.type === 'phone');
    const emails = org.contacts.filter((c) => c.type === 'email');
    return {
      '@context': 'https://schema.org',
      '@type': government ? 'GovernmentOrganization' : 'Organization',
      '@id': `urn:uuid:${org.uuid}`,
      name: org.name,
      ...(org.aliases.length > 0 ? { alternateName: [...org.aliases] } : {}),
      description: org.summary,
      ...(org.website === undefined ? {} : { url: org.website }),
      ...(org.area === undefined ? {} : { areaServed: org.area === 'england' ? 'England' : org.area === 'england-and-wales' ? 'England and Wales' : 'Local' }),
      ...(phones.length + emails.length > 0
        ? {
            contactPoint: [
              ...phones.map((c) => ({ '@type': 'ContactPoint', contactType: c.label, telephone: `+44 ${c.value.slice(1)}`, ...(c.hours === undefined ? {} : { hoursAvailable: c.hours }) })),
              ...emails.map((c) => ({ '@type': 'ContactPoint', contactType: c.label, email: c.value })),
            ],
          }
        : {}),
    };
  }
  if ('kind' in content && 'instrument' in content && typeof content.url === 'string') {
    const ref = content;
    const instrument = instruments[ref.instrument as keyof typeof instruments];
    if (!instrument) throw new GuidanceError('INVALID_ARGUMENT', `Unknown instrument "${ref.instrument}".`, { argument: 'content.instrument' });
    return {
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': ref.url,
      name: formatCitation(ref.id as never, 'full'),
      alternateName: formatCitation(ref.id as never, 'short'),
      headline: ref.heading,
      abstract: ref.summary,
      inLanguage: 'en-GB',
      legislationIdentifier: ref.url,
      legislationJurisdiction: JURISDICTION[ref.jurisdiction],
      legislationType: LEGISLATION_TYPE[instrument.type],
      ...(instrument.made === undefined ? {} : { legislationDate: instrument.made }),
      isPartOf: {
        '@type': 'Legislation',
        name: instrument.title,
        legislationIdentifier: instrument.url,
        ...(instrument.number === undefined ? {} : { alternateName: instrument.number }),
      },
    };
  }
  if ('body' in content && Array.isArray(content.body)) {
    const page = content;
    const questions = page.body.filter((b): b is Extract<PageBlock, { type: 'faq' }> => b.type === 'faq');
    return {
      '@context': 'https://schema.org',
      '@type': questions.length > 0 ? 'FAQPage' : 'WebPage',
      '@id': `urn:uuid:${page.contentId}`,
      name: page.title,
      description: page.summary,
      inLanguage: 'en-GB',
      datePublished: page.firstPublished,
      dateModified: page.lastUpdated,
      lastReviewed: page.lastReviewed,
      spatialCoverage: { '@type': 'Place', name: 'England' },
      citation: page.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url, publisher: s.publisher })),
      ...(questions.length > 0 ? { mainEntity: questions.map((q) => _answer(q.question, q.answer)) } : {}),
      mentions: _mentions(page.body),
    };
  }
  if ('question' in content && Array.isArray(content.answer)) {
    const faq = content;
    return {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: 'en-GB',
      lastReviewed: faq.lastReviewed,
      mainEntity: [_answer(faq.question, faq.answer)],
      mentions: _mentions(faq.answer),
    };
  }
  throw new GuidanceError('INVALID_ARGUMENT', 'toJsonLd expects a guidance page, an FAQ, a legal reference or an organisation.', { argument: 'content' });
}
