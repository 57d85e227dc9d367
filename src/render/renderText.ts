import { GuidanceError } from '../errors.js';
import { _resolveRef } from '../_lib/resolveRef.js';
import { _wrap } from '../_lib/wrap.js';
import type { ContentBlock, PageBlock } from '../schemas/block.js';
import type { Faq } from '../schemas/faq.js';
import type { GuidancePage } from '../schemas/guidancePage.js';
import type { InlineNode, PhrasingNode } from '../schemas/inline.js';

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

function _isPage(value: unknown): value is GuidancePage {
  return typeof value === 'object' && value !== null && Array.isArray((value as GuidancePage).body) && typeof (value as GuidancePage).title === 'string';
}

function _isFaq(value: unknown): value is Faq {
  return typeof value === 'object' && value !== null && Array.isArray((value as Faq).answer) && typeof (value as Faq).question === 'string';
}

/**
 * Renders a guidance page or an FAQ as plain text, for terminals, email and SMS. Lines wrap at `width` columns;
 * links become numbered footnotes listed at the end, so no address is lost.
 *
 * @param content - A page (from {@link getGuidancePage}) or an FAQ (from {@link getFaq}).
 * @param options - `width`: the line length (default 80).
 * @throws {@link GuidanceError} `INVALID_ARGUMENT` when `content` is neither a page nor an FAQ, or `width` is out of range.
 *
 * @example
 * const text = renderText(getFaq('council-not-done-what-it-agreed'), { width: 60 });
 * text.split('\n')[0] //=> 'My council has not done what it agreed at mediation. What'
 * text.includes('[1] https://www.lgo.org.uk') //=> true
 */
export function renderText(content: GuidancePage | Faq, options: RenderTextOptions = {}): string {
  const width = options.width ?? 80;
  if (!Number.isInteger(width) || width < 20 || width > 400) {
    throw new GuidanceError('INVALID_ARGUMENT', `options.width must be a whole number from 20 to 400 (got ${String(width)}).`, {
      argument: 'options.width',
    });
  }
  const notes = new _Footnotes();
  const parts: string[] = [];
  if (_isPage(content)) {
    parts.push(`${_wrap(content.title, width)}\n${'='.repeat(Math.min(content.title.length, width))}`);
    parts.push(_wrap(content.summary, width));
    for (const block of content.body) parts.push(_block(block, width, notes));
    parts.push(_wrap(`Last reviewed ${content.lastReviewed}. Applies in England.`, width));
  } else if (_isFaq(content)) {
    parts.push(_wrap(content.question, width) + '\n' + '='.repeat(Math.min(content.question.length, width)));
    for (const block of content.answer) parts.push(_block(block, width, notes));
  } else {
    throw new GuidanceError('INVALID_ARGUMENT', 'renderText expects a guidance page (getGuidancePage) or an FAQ (getFaq).', {
      argument: 'content',
    });
  }
  if (notes.urls.length > 0) {
    parts.push(['Links', ...notes.urls.map((url, i) => `[${i + 1}] ${url}`)].join('\n'));
  }
  return parts.join('\n\n') + '\n';
}
