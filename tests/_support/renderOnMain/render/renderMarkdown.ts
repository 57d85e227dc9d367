import type { ContentBlock, PageBlock } from '../../../../src/schemas/block.js';
import type { InlineNode, PhrasingNode, RefKind } from '../../../../src/schemas/inline.js';
import { GuidanceError } from '../../../../src/errors.js';
import { _toDocument, type Renderable, type _StepsBlock } from './_document.js';
import { _defaultResolver, _isAllowedHref } from './_links.js';

/**
 * Options for {@link renderMarkdown}.
 *
 * @example
 * const options: RenderMarkdownOptions = { linkResolver: () => undefined };
 * typeof options.linkResolver //=> 'function'
 */
export interface RenderMarkdownOptions {
  /** As for {@link renderHtml}: turns internal references into link targets, or `undefined` for plain text. */
  linkResolver?: (ref: { kind: RefKind; id: string }) => string | undefined;
}

/** Escapes text so CommonMark reads it as text: no emphasis, links, HTML, code or headings from the content. */
function esc(value: string): string {
  return value.replace(/[\\`*_[\]<>#!|~&]/g, (c) => `\\${c}`).replace(/^(\s*)([-+]|\d+[.)])(\s)/gm, '$1\\$2$3');
}

function phrasing(nodes: readonly PhrasingNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return esc(node.value);
      const inner = node.children.map((c) => esc(c.value)).join('');
      return node.type === 'strong' ? `**${inner}**` : `*${inner}*`;
    })
    .join('');
}

function link(href: string | undefined, text: string): string {
  if (!_isAllowedHref(href)) return text;
  return `[${text}](<${href}>)`;
}

function inline(nodes: readonly InlineNode[], resolve: (ref: { kind: RefKind; id: string }) => string | undefined): string {
  return nodes
    .map((node) => {
      if (node.type === 'link') return link(node.href, phrasing(node.children));
      if (node.type === 'ref') return link(resolve({ kind: node.kind, id: node.id }), phrasing(node.children));
      return phrasing([node]);
    })
    .join('');
}

/** The steps of a nextSteps result: a numbered list; several dates of one step are a nested bulleted list. */
function steps(b: _StepsBlock, resolve: (ref: { kind: RefKind; id: string }) => string | undefined): string {
  return b.items
    .map((item, i) => {
      const marker = `${i + 1}. `;
      const pad = ' '.repeat(marker.length);
      return [`${marker}${inline(item.content, resolve)}`, ...item.dates.map((d) => `${pad}- ${inline(d, resolve)}`)].join('\n');
    })
    .join('\n');
}

function block(b: PageBlock | ContentBlock, depth: number, resolve: (ref: { kind: RefKind; id: string }) => string | undefined): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(Math.min(6, depth + b.level))} ${inline(b.content, resolve)}`;
    case 'paragraph':
      return inline(b.content, resolve);
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(item, resolve)}`).join('\n');
    case 'inset':
      return b.content.map((run) => `> ${inline(run, resolve)}`).join('\n>\n');
    case 'warning':
      return `> **Warning:** ${inline(b.content, resolve)}`;
    case 'faq':
      return [`${'#'.repeat(Math.min(6, depth + 2))} ${esc(b.question)}`, ...b.answer.map((inner) => block(inner, depth + 1, resolve))].join('\n\n');
  }
}

/**
 * Renders a guidance page, an FAQ, a flow outcome or a {@link nextSteps} result as CommonMark. Text is escaped so
 * it cannot turn into markup; links use only the allowed targets (`https:`, `mailto:`, `tel:`, `#fragment`,
 * `/path`).
 *
 * @throws {@link GuidanceError} `INVALID_ARGUMENT` for content it cannot render.
 *
 * @example
 * const md = renderMarkdown(getFaq('council-not-done-what-it-agreed'));
 * md.split('\n')[0] //=> '# My council has not done what it agreed at mediation. What can I do?'
 * md.includes('[Local Government and Social Care Ombudsman](<https://www.lgo.org.uk>)') //=> true
 */
export function renderMarkdown(content: Renderable, options: RenderMarkdownOptions = {}): string {
  if (typeof options !== 'object' || options === null) {
    throw new GuidanceError('INVALID_ARGUMENT', 'options must be an object (or left out).', { argument: 'options' });
  }
  if (options.linkResolver !== undefined && typeof options.linkResolver !== 'function') {
    throw new GuidanceError('INVALID_ARGUMENT', 'options.linkResolver must be a function.', { argument: 'options.linkResolver' });
  }
  const resolve = options.linkResolver ?? _defaultResolver;
  const doc = _toDocument(content);
  const parts = [`# ${esc(doc.title)}`];
  if (doc.summary !== undefined) parts.push(esc(doc.summary));
  for (const b of doc.blocks) parts.push(b.type === 'steps' ? steps(b, resolve) : block(b, 0, resolve));
  if (doc.footer !== undefined) parts.push(`*${esc(doc.footer)}*`);
  return `${parts.join('\n\n')}\n`;
}
