// Build-time only: turns the Markdown-inline strings that content designers write in data/ into the library's
// inline nodes. Allowed: text, **strong**, *emphasis*, [links](https://...), and internal references written as
// [text](org:ID), [text](law:ID), [text](faq:ID), [text](page:ID) or [text](term:ID) (a glossary term). Anything else (HTML, images, code, line breaks)
// is an error, so nothing unvetted reaches a renderer.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { InlineNode, PhrasingNode, RefKind, TextNode } from '../../src/schemas/inline.js';

export class InlineError extends Error {}

export const REF_PREFIXES: Readonly<Record<string, RefKind>> = {
  org: 'organisation',
  law: 'legislation',
  faq: 'faq',
  page: 'page',
  term: 'glossary',
};

type MdNode = { type: string; value?: string; url?: string; children?: MdNode[] };

function flattenText(nodes: MdNode[], where: string): TextNode[] {
  return nodes.map((node) => {
    if (node.type !== 'text' || typeof node.value !== 'string') {
      throw new InlineError(`${where}: only plain text may sit inside **strong** or *emphasis* (found ${node.type})`);
    }
    return { type: 'text', value: node.value };
  });
}

function phrasing(nodes: MdNode[], where: string): PhrasingNode[] {
  return nodes.map((node): PhrasingNode => {
    switch (node.type) {
      case 'text':
        return { type: 'text', value: node.value ?? '' };
      case 'strong':
        return { type: 'strong', children: flattenText(node.children ?? [], where) };
      case 'emphasis':
        return { type: 'emphasis', children: flattenText(node.children ?? [], where) };
      default:
        throw new InlineError(`${where}: a link may contain only text, **strong** or *emphasis* (found ${node.type})`);
    }
  });
}

function convert(node: MdNode, where: string): InlineNode {
  switch (node.type) {
    case 'text':
    case 'strong':
    case 'emphasis':
      return phrasing([node], where)[0] as InlineNode;
    case 'link': {
      const url = node.url ?? '';
      const prefix = /^([a-z]+):(.*)$/.exec(url);
      const kind = prefix ? REF_PREFIXES[prefix[1] as string] : undefined;
      const children = phrasing(node.children ?? [], where);
      if (children.length === 0) throw new InlineError(`${where}: the link to "${url}" has no text`);
      if (kind && prefix) return { type: 'ref', kind, id: prefix[2] as string, children };
      return { type: 'link', href: url, children };
    }
    default:
      throw new InlineError(
        `${where}: "${node.type}" is not allowed in content; use plain text, **strong**, *emphasis* or [a link](https://...)`,
      );
  }
}

/** Parses one Markdown-inline string into inline nodes. `where` names the file and field for error messages. */
export function parseInline(source: unknown, where: string): InlineNode[] {
  if (typeof source !== 'string' || source.trim() === '') {
    throw new InlineError(`${where}: expected non-empty text`);
  }
  const tree = fromMarkdown(source.trim()) as unknown as MdNode;
  const blocks = tree.children ?? [];
  if (blocks.some((block) => block.type === 'html')) {
    throw new InlineError(`${where}: "html" is not allowed in content; use plain text, **strong**, *emphasis* or [a link](https://...)`);
  }
  if (blocks.length !== 1 || blocks[0]?.type !== 'paragraph') {
    throw new InlineError(`${where}: expected one paragraph of text (found ${blocks.map((b) => b.type).join(', ') || 'nothing'})`);
  }
  const nodes = (blocks[0].children ?? []).map((child) => convert(child, where));
  // Merge neighbouring text nodes (Markdown splits text around some punctuation) and normalise white space.
  const merged: InlineNode[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else merged.push(node);
  }
  for (const node of merged) {
    if (node.type === 'text') node.value = node.value.replace(/\s+/g, ' ');
  }
  return merged.filter((node) => node.type !== 'text' || node.value !== '');
}
