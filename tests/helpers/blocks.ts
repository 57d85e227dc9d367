// Test-only: finding blocks in pages and FAQs by id, and reading what they say and link to.
import type { ContentBlock, PageBlock } from '../../src/schemas/block.js';
import { blockTexts, runs } from './readability.js';

export type Block = PageBlock | ContentBlock;

/** Every block, with the blocks inside FAQ items, in reading order. */
export function allBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b) => (b.type === 'faq' ? [b, ...allBlocks(b.answer)] : [b]));
}

/** The block with this id, anywhere in `blocks` (inside FAQ items too); throws when there is none. */
export function blockOf(blocks: readonly Block[], id: string): Block {
  const found = allBlocks(blocks).find((b) => b.id === id);
  if (!found) throw new Error(`no block "${id}"`);
  return found;
}

/** What the block says, as a reader sees it (an FAQ item: its question and answer). */
export const textOf = (b: Block): string => blockTexts(b).join(' ');

/** The internal references in a block, as "kind:id". */
export const refsOf = (b: Block): string[] => runs(b).flatMap((run) => run.flatMap((n) => (n.type === 'ref' ? [`${n.kind}:${n.id}`] : [])));

/** The external link addresses in a block. */
export const linksOf = (b: Block): string[] => runs(b).flatMap((run) => run.flatMap((n) => (n.type === 'link' ? [n.href] : [])));
