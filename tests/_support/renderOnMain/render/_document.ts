// Internal: every renderable thing (a page, an FAQ, a flow outcome, a nextSteps result) as one document shape, so
// that every renderer handles them the same way.
import { _resolveRef } from '../_lib/resolveRef.js';
import { _telUri } from '../_lib/ukPhone.js';
import { GuidanceError } from '../../../../src/errors.js';
import { _checkRenderable } from './_checkDocument.js';
import type { ContentBlock, PageBlock } from '../../../../src/schemas/block.js';
import type { Faq } from '../../../../src/schemas/faq.js';
import type { LocalContact, OutcomeNode } from '../../../../src/schemas/flow.js';
import type { GuidancePage } from '../../../../src/schemas/guidancePage.js';
import type { InlineNode, TextNode } from '../../../../src/schemas/inline.js';
import type { NextStepsResult } from '../../../../src/faq/nextSteps.js';

import { formatDate } from './formatDate.js';
import type { Renderable } from './renderHtml.js';
export type { Renderable };

/**
 * The steps of a nextSteps result: an ordered list whose items carry their dates. One date is part of the item's
 * text; several dates are a list inside the item.
 */
export interface _StepsBlock {
  type: 'steps';
  id: string;
  items: { content: InlineNode[]; dates: InlineNode[][] }[];
}

export interface _Document {
  kind: 'page' | 'faq' | 'outcome' | 'next-steps';
  title: string;
  summary: string | undefined;
  blocks: (PageBlock | ContentBlock | _StepsBlock)[];
  footer: string | undefined;
}

const text = (value: string): TextNode => ({ type: 'text', value });

function _isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Appends " Label: a, b." to a run, each item an internal reference; nothing when there are no items. */
function _refList(run: InlineNode[], label: string, separator: string, kind: 'organisation' | 'legislation', items: readonly { id: string; text: string }[], contacts: readonly LocalContact[] = []): void {
  if (items.length === 0 && contacts.length === 0) return;
  run.push(text(` ${label}: `));
  // A council's own contacts (from localise) come first: they are the ones the step is about.
  contacts.forEach((contact, i) => {
    if (i > 0) run.push(text(separator));
    run.push(contact.url === undefined ? text(contact.name) : { type: 'link', href: contact.url, children: [text(contact.name)] });
    const ways: InlineNode[] = [];
    if (contact.phone !== undefined) ways.push({ type: 'link', href: _telUri(contact.phone) ?? `tel:${contact.phone.replace(/[^\d+]/g, '')}`, children: [text(contact.phone.replace(/ /g, '\u00a0'))] });
    if (contact.email !== undefined) ways.push({ type: 'link', href: `mailto:${contact.email}`, children: [text(contact.email)] });
    if (ways.length > 0) {
      run.push(text(' ('));
      ways.forEach((way, j) => run.push(...(j > 0 ? [text(', ')] : []), way));
      run.push(text(')'));
    }
  });
  items.forEach((item, i) => {
    if (i > 0 || contacts.length > 0) run.push(text(separator));
    run.push({ type: 'ref', kind, id: item.id, children: [text(item.text)] });
  });
  run.push(text('.'));
}

export function _toDocument(content: unknown): _Document {
  if (_isObject(content) && Array.isArray(content['body']) && typeof content['title'] === 'string') {
    _checkRenderable(content, 'page');
    const page = content as unknown as GuidancePage;
    return { kind: 'page', title: page.title, summary: page.summary, blocks: page.body, footer: `Last reviewed ${formatDate(page.lastReviewed, { weekday: true })}. Applies in England.` };
  }
  if (_isObject(content) && Array.isArray(content['answer']) && typeof content['question'] === 'string') {
    _checkRenderable(content, 'faq');
    const faq = content as unknown as Faq;
    return { kind: 'faq', title: faq.question, summary: undefined, blocks: faq.answer, footer: undefined };
  }
  if (_isObject(content) && content['type'] === 'outcome' && Array.isArray(content['steps'])) {
    _checkRenderable(content, 'outcome');
    const outcome = content as unknown as OutcomeNode;
    const items: InlineNode[][] = outcome.steps.map((step) => {
      const run: InlineNode[] = [text(step.text)];
      _refList(run, 'Contact', ', ', 'organisation', step.organisations.map((id) => ({ id, text: _resolveRef('organisation', id)?.title ?? id })), step.contacts);
      return run;
    });
    return { kind: 'outcome', title: outcome.title, summary: outcome.summary, blocks: [{ type: 'list', id: `${outcome.id}-steps`, ordered: true, items }], footer: undefined };
  }
  if (_isObject(content) && _isObject(content['outcome']) && Array.isArray(content['steps']) && _isObject(content['state'])) {
    _checkRenderable(content, 'next-steps');
    const result = content as unknown as NextStepsResult;
    const items = result.steps.map((step) => {
      const run: InlineNode[] = [text(step.text)];
      const sentences = step.dueDates.map((due): InlineNode => ({ type: 'strong', children: [text(due.sentence)] }));
      const first = sentences[0];
      if (sentences.length === 1 && first !== undefined) run.push(text(' '), first);
      _refList(run, 'Contact', ', ', 'organisation', step.organisations.map((org) => ({ id: org.id, text: org.name })), step.contacts);
      _refList(run, 'The law', '; ', 'legislation', step.legislation.map((law) => ({ id: law.id, text: law.citation })));
      return { content: run, dates: sentences.length > 1 ? sentences.map((sentence) => [sentence]) : [] };
    });
    return {
      kind: 'next-steps',
      title: result.outcome.title,
      summary: result.outcome.summary,
      blocks: [{ type: 'steps', id: `${result.outcome.id}-steps`, items }],
      footer: undefined,
    };
  }
  throw new GuidanceError('INVALID_ARGUMENT', 'Expected a guidance page, an FAQ, a flow outcome or a nextSteps result.', { argument: 'content' });
}
