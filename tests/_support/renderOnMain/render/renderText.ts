import { GuidanceError } from '../../../../src/errors.js';
import { _resolveRef } from '../_lib/resolveRef.js';
import { _wrap } from '../_lib/wrap.js';
import type { ContentBlock, PageBlock } from '../../../../src/schemas/block.js';
import { _toDocument, type Renderable, type _StepsBlock } from './_document.js';
import type { InlineNode, PhrasingNode } from '../../../../src/schemas/inline.js';

/**
 * Options for {@link renderText}.
 *
 * @example
 * const options: RenderTextOptions = { width: 60 };
 * options.width //=> 60
 */
export interface RenderTextOptions {
  /** The line length to wrap at, from 20 to 400 columns. Default 80. */
  width?: number;
}

class _Footnotes {
  readonly urls: string[] = [];
  number(url: string): number {
    const existing = this.urls.indexOf(url);
    if (existing >= 0) return existing + 1;
    this.urls.push(url);
    return this.urls.length;
  }
}

function _phrasing(nodes: readonly PhrasingNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : _phrasing(node.children))).join('');
}

function _inline(nodes: readonly InlineNode[], notes: _Footnotes): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.value;
        case 'strong':
        case 'emphasis':
          return _phrasing(node.children);
        case 'link': {
          const text = _phrasing(node.children);
          return `${text} [${notes.number(node.href)}]`;
        }
        case 'ref': {
          const text = _phrasing(node.children);
          const url = _resolveRef(node.kind, node.id)?.url;
          return url === undefined ? text : `${text} [${notes.number(url)}]`;
        }
      }
    })
    .join('');
}

/** The steps of a nextSteps result: numbered; several dates of one step are a list under it. */
function _steps(block: _StepsBlock, width: number, notes: _Footnotes): string {
  return block.items
    .map((item, index) => {
      const marker = `${index + 1}. `;
      const pad = ' '.repeat(marker.length);
      return [_wrap(_inline(item.content, notes), width, marker, pad), ...item.dates.map((d) => _wrap(_inline(d, notes), width, `${pad}- `, `${pad}  `))].join('\n');
    })
    .join('\n');
}

function _block(block: PageBlock | ContentBlock, width: number, notes: _Footnotes): string {
  switch (block.type) {
    case 'heading': {
      const text = _inline(block.content, notes);
      return `${_wrap(text, width)}\n${(block.level === 2 ? '-' : '.').repeat(Math.min(text.length, width))}`;
    }
    case 'paragraph':
      return _wrap(_inline(block.content, notes), width);
    case 'warning':
      return _wrap(`Warning: ${_inline(block.content, notes)}`, width, '! ', '! ');
    case 'inset':
      return block.content.map((run) => _wrap(_inline(run, notes), width, '| ', '| ')).join('\n|\n');
    case 'list':
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${index + 1}. ` : '- ';
          return _wrap(_inline(item, notes), width, marker, ' '.repeat(marker.length));
        })
        .join('\n');
    case 'faq': {
      const heading = `${_wrap(block.question, width)}\n${'-'.repeat(Math.min(block.question.length, width))}`;
      return [heading, ...block.answer.map((inner) => _block(inner, width, notes))].join('\n\n');
    }
  }
}

/**
 * Renders a guidance page, an FAQ, a flow outcome or a {@link nextSteps} result as plain text, for terminals, email
 * and SMS. Lines wrap at `width` columns; links become numbered footnotes listed at the end, so no address is lost.
 *
 * @param content - A page (from {@link getGuidancePage}), an FAQ (from {@link getFaq}), an outcome node or a
 * nextSteps result.
 * @param options - `width`: the line length (default 80).
 * @throws {@link GuidanceError} `INVALID_ARGUMENT` when `content` is none of those, or `width` is out of range.
 *
 * @example
 * const text = renderText(getFaq('council-not-done-what-it-agreed'), { width: 60 });
 * text.split('\n')[0] //=> 'My council has not done what it agreed at mediation. What'
 * text.includes('[1] https://www.lgo.org.uk') //=> true
 */
export function renderText(content: Renderable, options: RenderTextOptions = {}): string {
  if (typeof options !== 'object' || options === null) {
    throw new GuidanceError('INVALID_ARGUMENT', 'options must be an object (or left out).', { argument: 'options' });
  }
  const width = options.width ?? 80;
  if (!Number.isInteger(width) || width < 20 || width > 400) {
    throw new GuidanceError('INVALID_ARGUMENT', `options.width must be a whole number from 20 to 400 (got ${String(width)}).`, {
      argument: 'options.width',
    });
  }
  const doc = _toDocument(content);
  const notes = new _Footnotes();
  const parts: string[] = [`${_wrap(doc.title, width)}\n${'='.repeat(Math.min(doc.title.length, width))}`];
  if (doc.summary !== undefined) parts.push(_wrap(doc.summary, width));
  for (const block of doc.blocks) parts.push(block.type === 'steps' ? _steps(block, width, notes) : _block(block, width, notes));
  if (doc.footer !== undefined) parts.push(_wrap(doc.footer, width));
  if (notes.urls.length > 0) {
    parts.push(['Links', ...notes.urls.map((url, i) => `[${i + 1}] ${url}`)].join('\n'));
  }
  return parts.join('\n\n') + '\n';
}
