// Every legal claim in the content links to its legal reference, and every citation written into the text is one
// the library recognises and links.
import { describe, expect, it } from 'vitest';
import { listFaqs } from '../src/content/listFaqs.js';
import { listGuidancePages } from '../src/content/listGuidancePages.js';
import { findCitations } from '../src/legislation/findCitations.js';
import type { ContentBlock, PageBlock } from '../src/schemas/block.js';
import type { InlineNode, PhrasingNode } from '../src/schemas/inline.js';

const LEGAL_CLAIM = /\b(the law|regulations? \d|rule \d|section \d|Act \d{4}|legally binding)\b/i;

function runs(block: PageBlock | ContentBlock): InlineNode[][] {
  if (block.type === 'faq') return block.answer.flatMap(runs);
  if (block.type === 'inset') return block.content;
  if (block.type === 'list') return block.items;
  return [block.content];
}

function text(nodes: readonly (InlineNode | PhrasingNode)[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : text(n.children))).join('');
}

const blocks = [
  ...listGuidancePages().flatMap((page) => page.body.map((block) => ({ where: `${page.id}#${block.id}`, block }))),
  ...listFaqs().flatMap((faq) => faq.answer.map((block) => ({ where: `faq:${faq.id}#${block.id}`, block }))),
];

describe('legal claims in the content', () => {
  it.each(blocks.map(({ where, block }) => [where, block] as const))('%s: each run that makes a legal claim links to the law', (_where, block) => {
    for (const run of runs(block)) {
      if (!LEGAL_CLAIM.test(text(run))) continue;
      expect(run.some((node) => node.type === 'ref' && node.kind === 'legislation'), text(run)).toBe(true);
    }
  });

  it.each(blocks.map(({ where, block }) => [where, block] as const))('%s: every citation in the text is a link to that reference', (_where, block) => {
    for (const run of runs(block)) {
      for (const node of run) {
        if (node.type === 'text') expect(findCitations(node.value), node.value).toEqual([]);
        if (node.type === 'ref' && node.kind === 'legislation') {
          for (const found of findCitations(text(node.children))) expect(found.reference.id).toBe(node.id);
        }
      }
    }
  });
});
