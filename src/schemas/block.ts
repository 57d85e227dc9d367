import { z } from 'zod';
import { Slug } from './ids.js';
import { RichText } from './inline.js';

/**
 * A heading inside a page or an answer. Level 2 is the highest a block may use: the page title is level 1.
 *
 * @example
 * HeadingBlock.parse({ type: 'heading', id: 'get-help', level: 2, content: [{ type: 'text', value: 'Get help' }] }).level //=> 2
 */
export const HeadingBlock = z
  .object({
    type: z.literal('heading'),
    id: Slug,
    level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
    content: RichText,
  })
  .strict()
  .meta({ id: 'HeadingBlock', description: 'A heading, level 2 to 4 (the page title is level 1).' });

/**
 * A heading.
 *
 * @example
 * const block: HeadingBlock = { type: 'heading', id: 'get-help', level: 2, content: [{ type: 'text', value: 'Get help' }] };
 * block.level //=> 2
 */
export type HeadingBlock = z.infer<typeof HeadingBlock>;

/**
 * A paragraph of rich text.
 *
 * @example
 * ParagraphBlock.parse({ type: 'paragraph', id: 'intro', content: [{ type: 'text', value: 'Hello.' }] }).id //=> 'intro'
 */
export const ParagraphBlock = z
  .object({ type: z.literal('paragraph'), id: Slug, content: RichText })
  .strict()
  .meta({ id: 'ParagraphBlock', description: 'A paragraph.' });

/**
 * A paragraph.
 *
 * @example
 * const block: ParagraphBlock = { type: 'paragraph', id: 'intro', content: [{ type: 'text', value: 'Hello.' }] };
 * block.type //=> 'paragraph'
 */
export type ParagraphBlock = z.infer<typeof ParagraphBlock>;

/**
 * A bulleted or numbered list; each item is a run of rich text.
 *
 * @example
 * ListBlock.parse({ type: 'list', id: 'steps', ordered: true, items: [[{ type: 'text', value: 'Write to the council.' }]] }).items.length //=> 1
 */
export const ListBlock = z
  .object({ type: z.literal('list'), id: Slug, ordered: z.boolean(), items: z.array(RichText).min(1) })
  .strict()
  .meta({ id: 'ListBlock', description: 'A bulleted (ordered: false) or numbered (ordered: true) list.' });

/**
 * A bulleted or numbered list.
 *
 * @example
 * const block: ListBlock = { type: 'list', id: 'steps', ordered: false, items: [[{ type: 'text', value: 'One' }]] };
 * block.ordered //=> false
 */
export type ListBlock = z.infer<typeof ListBlock>;

/**
 * Text set apart from the rest of the page, for something the reader should notice (GOV.UK "inset text").
 * Each entry in `content` is one paragraph.
 *
 * @example
 * InsetBlock.parse({ type: 'inset', id: 'note', content: [[{ type: 'text', value: 'Keep a copy.' }]] }).type //=> 'inset'
 */
export const InsetBlock = z
  .object({ type: z.literal('inset'), id: Slug, content: z.array(RichText).min(1) })
  .strict()
  .meta({ id: 'InsetBlock', description: 'A callout set apart from the text; each entry is one paragraph.' });

/**
 * A callout set apart from the text.
 *
 * @example
 * const block: InsetBlock = { type: 'inset', id: 'note', content: [[{ type: 'text', value: 'Keep a copy.' }]] };
 * block.content.length //=> 1
 */
export type InsetBlock = z.infer<typeof InsetBlock>;

/**
 * A warning: something that could cost the reader a right if they miss it, such as a deadline (GOV.UK "warning text").
 *
 * @example
 * WarningBlock.parse({ type: 'warning', id: 'deadline', content: [{ type: 'text', value: 'Act now.' }] }).type //=> 'warning'
 */
export const WarningBlock = z
  .object({ type: z.literal('warning'), id: Slug, content: RichText })
  .strict()
  .meta({ id: 'WarningBlock', description: 'A warning about something that could cost the reader a right.' });

/**
 * A warning.
 *
 * @example
 * const block: WarningBlock = { type: 'warning', id: 'deadline', content: [{ type: 'text', value: 'Act now.' }] };
 * block.type //=> 'warning'
 */
export type WarningBlock = z.infer<typeof WarningBlock>;

/**
 * Any block that can appear in a page body or an FAQ answer.
 *
 * @example
 * ContentBlock.safeParse({ type: 'paragraph', id: 'p', content: [{ type: 'text', value: 'Hi' }] }).success //=> true
 */
export const ContentBlock = z
  .discriminatedUnion('type', [HeadingBlock, ParagraphBlock, ListBlock, InsetBlock, WarningBlock])
  .meta({ id: 'ContentBlock', description: 'A heading, paragraph, list, inset or warning.' });

/**
 * A heading, paragraph, list, inset or warning.
 *
 * @example
 * const block: ContentBlock = { type: 'paragraph', id: 'p', content: [{ type: 'text', value: 'Hi' }] };
 * block.id //=> 'p'
 */
export type ContentBlock = z.infer<typeof ContentBlock>;

/**
 * A question and its answer placed in a page. The build copies the question and answer from the FAQ named by
 * `faqId`, so a page is complete on its own.
 *
 * @example
 * FaqBlock.parse({
 *   type: 'faq', id: 'faq-x', faqId: 'x', question: 'Why?',
 *   answer: [{ type: 'paragraph', id: 'a', content: [{ type: 'text', value: 'Because.' }] }],
 * }).faqId //=> 'x'
 */
export const FaqBlock = z
  .object({
    type: z.literal('faq'),
    id: Slug,
    faqId: Slug,
    question: z.string().min(1),
    answer: z.array(ContentBlock).min(1),
  })
  .strict()
  .meta({ id: 'FaqBlock', description: 'A question and answer placed in a page (copied from the FAQ faqId).' });

/**
 * A question and answer placed in a page.
 *
 * @example
 * const block: FaqBlock = { type: 'faq', id: 'faq-x', faqId: 'x', question: 'Why?', answer: [{ type: 'paragraph', id: 'a', content: [{ type: 'text', value: 'Because.' }] }] };
 * block.question //=> 'Why?'
 */
export type FaqBlock = z.infer<typeof FaqBlock>;

/**
 * Any block of a page body: a content block or an FAQ item.
 *
 * @example
 * PageBlock.safeParse({ type: 'warning', id: 'w', content: [{ type: 'text', value: 'Careful' }] }).success //=> true
 */
export const PageBlock = z
  .discriminatedUnion('type', [HeadingBlock, ParagraphBlock, ListBlock, InsetBlock, WarningBlock, FaqBlock])
  .meta({ id: 'PageBlock', description: 'A block of a page body.' });

/**
 * A block of a page body.
 *
 * @example
 * const block: PageBlock = { type: 'warning', id: 'w', content: [{ type: 'text', value: 'Careful' }] };
 * block.type //=> 'warning'
 */
export type PageBlock = z.infer<typeof PageBlock>;
