import { GuidanceError } from '../errors.js';
import type { ContentBlock, PageBlock } from '../schemas/block.js';
import type { InlineNode, PhrasingNode, RefKind } from '../schemas/inline.js';
import type { Faq } from '../schemas/faq.js';
import type { OutcomeNode } from '../schemas/flow.js';
import type { GuidancePage } from '../schemas/guidancePage.js';
import type { NextStepsResult } from '../faq/nextSteps.js';
import { _toDocument, type _StepsBlock } from './_document.js';

/**
 * Anything the renderers accept: a guidance page, an FAQ, a flow outcome node or a {@link nextSteps} result.
 *
 * @example
 * const content: Renderable = getFaq('council-not-done-what-it-agreed');
 * 'question' in content //=> true
 */
export type Renderable = GuidancePage | Faq | OutcomeNode | NextStepsResult;
import { _escapeHtml as esc } from './_escape.js';
import { _defaultResolver, _isAllowedHref } from './_links.js';

/**
 * Options for {@link renderHtml}.
 *
 * @example
 * const options: RenderHtmlOptions = { style: 'govuk', headingLevel: 2 };
 * options.style //=> 'govuk'
 */
export interface RenderHtmlOptions {
  /** `'plain'`: semantic HTML with no classes. `'govuk'`: GOV.UK Frontend classes and components. Default `'plain'`. */
  style?: 'plain' | 'govuk';
  /** The level of the title heading, 1 to 4 (default 1). Headings inside follow from it, so the order stays correct. */
  headingLevel?: number;
  /**
   * Turns internal references (organisations, legal references, FAQs, pages) into link targets. Return `undefined`
   * for plain text. The default links organisations to their website, the law to legislation.gov.uk or GOV.UK, and
   * FAQs to `#faq-ID`. Only `https:`, `mailto:`, `tel:`, `#fragment` and `/path` targets are ever emitted; anything
   * else becomes plain text.
   */
  linkResolver?: (ref: { kind: RefKind; id: string }) => string | undefined;
}

interface _Context {
  govuk: boolean;
  base: number;
  resolve: (ref: { kind: RefKind; id: string }) => string | undefined;
}

/** A class attribute, written out whole (` class="govuk-body"`) so that no text is built for it: GOV.UK style only. */
function cls(ctx: _Context, attribute: string): string {
  return ctx.govuk ? attribute : '';
}

/** A text, strong or emphasis node (the children of a strong or emphasis node are text). */
function phrase(node: PhrasingNode): string {
  if (node.type === 'text') return esc(node.value);
  let inner = '';
  for (const child of node.children) inner += esc(child.value);
  return node.type === 'strong' ? `<strong>${inner}</strong>` : `<em>${inner}</em>`;
}

/** The children of a link or reference. */
function phrasing(nodes: readonly PhrasingNode[]): string {
  let out = '';
  for (const node of nodes) out += phrase(node);
  return out;
}

function link(ctx: _Context, href: string | undefined, inner: string, external: boolean): string {
  if (!_isAllowedHref(href)) return inner;
  return `<a${cls(ctx, ' class="govuk-link"')} href="${esc(href)}"${external && href.startsWith('https:') ? ' rel="noreferrer"' : ''}>${inner}</a>`;
}

function inline(ctx: _Context, nodes: readonly InlineNode[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += esc(node.value);
        break;
      case 'strong':
      case 'emphasis':
        out += phrase(node);
        break;
      case 'link':
        out += link(ctx, node.href, phrasing(node.children), true);
        break;
      case 'ref':
        out += link(ctx, ctx.resolve({ kind: node.kind, id: node.id }), phrasing(node.children), node.kind !== 'faq');
        break;
    }
  }
  return out;
}

/** Each run of inline nodes as an element `<tag>...</tag>`, one after another. */
function runs(ctx: _Context, tag: string, items: readonly (readonly InlineNode[])[]): string {
  let out = '';
  for (const item of items) out += `<${tag}>${inline(ctx, item)}</${tag}>`;
  return out;
}

const GOVUK_HEADING = [' class="govuk-heading-xl"', ' class="govuk-heading-l"', ' class="govuk-heading-m"', ' class="govuk-heading-s"', ' class="govuk-heading-s"', ' class="govuk-heading-s"'];

function heading(ctx: _Context, level: number, content: string, id?: string): string {
  const h = Math.min(6, level);
  return `<h${h}${id === undefined ? '' : ` id="${esc(id)}"`}${cls(ctx, GOVUK_HEADING[h - 1] as string)}>${content}</h${h}>`;
}

/** The steps of a nextSteps result: a numbered list; several dates of one step are a bulleted list inside it. */
function steps(ctx: _Context, b: _StepsBlock): string {
  let items = '';
  for (const item of b.items) {
    const dates = item.dates.length === 0 ? '' : `<ul${cls(ctx, ' class="govuk-list govuk-list--bullet"')}>${runs(ctx, 'li', item.dates)}</ul>`;
    items += `<li>${inline(ctx, item.content)}${dates}</li>`;
  }
  return `<ol${cls(ctx, ' class="govuk-list govuk-list--number"')}>${items}</ol>`;
}

function block(ctx: _Context, b: PageBlock | ContentBlock, depth: number): string {
  switch (b.type) {
    case 'heading':
      return heading(ctx, ctx.base + depth + b.level - 1, inline(ctx, b.content), b.id);
    case 'paragraph':
      return `<p${cls(ctx, ' class="govuk-body"')}>${inline(ctx, b.content)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const items = runs(ctx, 'li', b.items);
      return `<${tag}${cls(ctx, b.ordered ? ' class="govuk-list govuk-list--number"' : ' class="govuk-list govuk-list--bullet"')}>${items}</${tag}>`;
    }
    case 'inset': {
      const paragraphs = runs(ctx, 'p', b.content);
      return ctx.govuk ? `<div class="govuk-inset-text">${paragraphs}</div>` : `<aside aria-label="Note">${paragraphs}</aside>`;
    }
    case 'warning':
      return ctx.govuk
        ? `<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> ${inline(ctx, b.content)}</strong></div>`
        : `<p><strong>Warning: ${inline(ctx, b.content)}</strong></p>`;
    case 'faq': {
      let answer = '';
      for (const inner of b.answer) answer += block(ctx, inner, depth + 1);
      if (ctx.govuk) {
        return `<details class="govuk-details" id="faq-${esc(b.faqId)}"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">${esc(b.question)}</span></summary><div class="govuk-details__text">${answer}</div></details>`;
      }
      return `<section id="faq-${esc(b.faqId)}">${heading(ctx, ctx.base + depth + 1, esc(b.question))}${answer}</section>`;
    }
  }
}

/**
 * Renders a guidance page, an FAQ, a flow outcome or a {@link nextSteps} result as an HTML fragment (an
 * `<article>`), ready to place in a page. Every string is escaped, only allow-listed elements, attributes and link
 * schemes are emitted, and text a council supplied through {@link localise} is treated like any other text.
 *
 * With `style: 'govuk'`, the output uses GOV.UK Frontend's classes and components (headings, body, lists, inset
 * text, warning text, details for FAQs, links), so a site built on GOV.UK Frontend can drop it in.
 *
 * @throws {@link GuidanceError} `INVALID_ARGUMENT` for content it cannot render, or a bad option.
 *
 * @example
 * const html = renderHtml(getFaq('mediation-agreement-time-limits'), { style: 'govuk', headingLevel: 2 });
 * html.startsWith('<article class="govuk-!-margin-bottom-6"><h2 class="govuk-heading-l">') //=> true
 * renderHtml(getGuidancePage('after-mediation')).includes('<h1>After your mediation</h1>') //=> true
 */
export function renderHtml(content: Renderable, options: RenderHtmlOptions = {}): string {
  if (typeof options !== 'object' || options === null) {
    throw new GuidanceError('INVALID_ARGUMENT', 'options must be an object (or left out).', { argument: 'options' });
  }
  const style = options.style ?? 'plain';
  if (style !== 'plain' && style !== 'govuk') {
    throw new GuidanceError('INVALID_ARGUMENT', `options.style must be "plain" or "govuk"; got ${JSON.stringify(style)}.`, { argument: 'options.style' });
  }
  const base = options.headingLevel ?? 1;
  if (!Number.isInteger(base) || base < 1 || base > 4) {
    throw new GuidanceError('INVALID_ARGUMENT', `options.headingLevel must be a whole number from 1 to 4; got ${String(base)}.`, { argument: 'options.headingLevel' });
  }
  if (options.linkResolver !== undefined && typeof options.linkResolver !== 'function') {
    throw new GuidanceError('INVALID_ARGUMENT', 'options.linkResolver must be a function.', { argument: 'options.linkResolver' });
  }
  const doc = _toDocument(content);
  const ctx: _Context = { govuk: style === 'govuk', base, resolve: options.linkResolver ?? _defaultResolver };
  let out = heading(ctx, base, esc(doc.title));
  if (doc.summary !== undefined) out += `<p${cls(ctx, ' class="govuk-body-l"')}>${esc(doc.summary)}</p>`;
  for (const b of doc.blocks) out += b.type === 'steps' ? steps(ctx, b) : block(ctx, b, 0);
  if (doc.footer !== undefined) out += `<p${cls(ctx, ' class="govuk-body-s"')}>${esc(doc.footer)}</p>`;
  return `<article${ctx.govuk ? ' class="govuk-!-margin-bottom-6"' : ''}>${out}</article>`;
}
