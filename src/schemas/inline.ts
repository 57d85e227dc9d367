import { z } from 'zod';
import { HttpsUrl } from './url.js';

/**
 * The kinds of thing an internal reference can point to. `glossary` is a term in the glossary (see
 * `listGlossary`): content links a term there at its first use.
 *
 * @example
 * RefKind.options //=> ['organisation', 'legislation', 'faq', 'page', 'glossary']
 */
export const RefKind = z
  .enum(['organisation', 'legislation', 'faq', 'page', 'glossary'])
  .meta({ id: 'RefKind', description: 'What an internal reference points to.' });

/**
 * What an internal reference points to.
 *
 * @example
 * const kind: RefKind = 'legislation';
 * kind //=> 'legislation'
 */
export type RefKind = z.infer<typeof RefKind>;

/**
 * An address a link may use: `https:` web pages, `mailto:` email addresses and `tel:` phone numbers. Nothing else.
 *
 * @example
 * LinkHref.safeParse('tel:+443000000000').success //=> true
 * LinkHref.safeParse('javascript:alert(1)').success //=> false
 */
export const LinkHref = z
  .union([
    HttpsUrl,
    z.string().regex(/^mailto:[^\s<>"'@]+@[^\s<>"'@]+\.[^\s<>"'@]+$/, 'Expected mailto:name@example.org'),
    z.string().regex(/^tel:\+?[0-9]{6,15}$/, 'Expected tel: and digits, for example tel:+443001234567'),
  ], { error: 'Expected an https:, mailto: or tel: address (no other kind of link is allowed)' })
  .meta({ id: 'LinkHref', description: 'An https:, mailto: or tel: address.' });

/**
 * An https:, mailto: or tel: address.
 *
 * @example
 * const href: LinkHref = 'mailto:sen@example.gov.uk';
 * href //=> 'mailto:sen@example.gov.uk'
 */
export type LinkHref = z.infer<typeof LinkHref>;

/**
 * Plain text inside a block.
 *
 * @example
 * TextNode.parse({ type: 'text', value: 'Hello' }).value //=> 'Hello'
 */
export const TextNode = z
  .object({ type: z.literal('text'), value: z.string().min(1) })
  .strict()
  .meta({ id: 'TextNode', description: 'Plain text.' });

/**
 * Plain text.
 *
 * @example
 * const node: TextNode = { type: 'text', value: 'Hello' };
 * node.value //=> 'Hello'
 */
export type TextNode = z.infer<typeof TextNode>;

/**
 * Text with strong importance (rendered bold).
 *
 * @example
 * StrongNode.parse({ type: 'strong', children: [{ type: 'text', value: '2 months' }] }).type //=> 'strong'
 */
export const StrongNode = z
  .object({ type: z.literal('strong'), children: z.array(TextNode).min(1) })
  .strict()
  .meta({ id: 'StrongNode', description: 'Text with strong importance.' });

/**
 * Text with strong importance.
 *
 * @example
 * const node: StrongNode = { type: 'strong', children: [{ type: 'text', value: 'now' }] };
 * node.children.length //=> 1
 */
export type StrongNode = z.infer<typeof StrongNode>;

/**
 * Emphasised text (rendered italic).
 *
 * @example
 * EmphasisNode.parse({ type: 'emphasis', children: [{ type: 'text', value: 'not' }] }).type //=> 'emphasis'
 */
export const EmphasisNode = z
  .object({ type: z.literal('emphasis'), children: z.array(TextNode).min(1) })
  .strict()
  .meta({ id: 'EmphasisNode', description: 'Emphasised text.' });

/**
 * Emphasised text.
 *
 * @example
 * const node: EmphasisNode = { type: 'emphasis', children: [{ type: 'text', value: 'not' }] };
 * node.type //=> 'emphasis'
 */
export type EmphasisNode = z.infer<typeof EmphasisNode>;

/**
 * What a link or reference may contain: text, strong or emphasised text (no nested links).
 *
 * @example
 * PhrasingNode.safeParse({ type: 'text', value: 'IPSEA' }).success //=> true
 */
export const PhrasingNode = z
  .discriminatedUnion('type', [TextNode, StrongNode, EmphasisNode])
  .meta({ id: 'PhrasingNode', description: 'Text that may sit inside a link.' });

/**
 * Text that may sit inside a link.
 *
 * @example
 * const node: PhrasingNode = { type: 'text', value: 'IPSEA' };
 * node.type //=> 'text'
 */
export type PhrasingNode = z.infer<typeof PhrasingNode>;

/**
 * A link to a page outside the library (an `https:`, `mailto:` or `tel:` address).
 *
 * @example
 * LinkNode.parse({ type: 'link', href: 'https://www.gov.uk', children: [{ type: 'text', value: 'GOV.UK' }] }).href //=> 'https://www.gov.uk'
 */
export const LinkNode = z
  .object({ type: z.literal('link'), href: LinkHref, children: z.array(PhrasingNode).min(1) })
  .strict()
  .meta({ id: 'LinkNode', description: 'A link to an external https:, mailto: or tel: address.' });

/**
 * A link to an external address.
 *
 * @example
 * const node: LinkNode = { type: 'link', href: 'https://www.gov.uk', children: [{ type: 'text', value: 'GOV.UK' }] };
 * node.href //=> 'https://www.gov.uk'
 */
export type LinkNode = z.infer<typeof LinkNode>;

/**
 * A reference to something else the library publishes (an organisation, a legal reference, an FAQ, a page or a
 * glossary term), by id. Renderers turn it into a link with a link resolver; the build checks that the id exists.
 *
 * @example
 * RefNode.parse({ type: 'ref', kind: 'organisation', id: 'ipsea', children: [{ type: 'text', value: 'IPSEA' }] }).id //=> 'ipsea'
 */
export const RefNode = z
  .object({
    type: z.literal('ref'),
    kind: RefKind,
    id: z.string().min(1),
    children: z.array(PhrasingNode).min(1),
  })
  .strict()
  .meta({ id: 'RefNode', description: 'A reference to an organisation, legal reference, FAQ, page or glossary term, by id.' });

/**
 * A reference to another item of the library's content, by id.
 *
 * @example
 * const node: RefNode = { type: 'ref', kind: 'faq', id: 'not-satisfied-with-outcome', children: [{ type: 'text', value: 'see below' }] };
 * node.kind //=> 'faq'
 */
export type RefNode = z.infer<typeof RefNode>;

/**
 * Any inline node: the rich text inside paragraphs, list items, headings and callouts.
 *
 * @example
 * InlineNode.safeParse({ type: 'strong', children: [{ type: 'text', value: 'in writing' }] }).success //=> true
 */
export const InlineNode = z
  .discriminatedUnion('type', [TextNode, StrongNode, EmphasisNode, LinkNode, RefNode])
  .meta({ id: 'InlineNode', description: 'Rich text: text, strong, emphasis, external link or internal reference.' });

/**
 * Rich text: text, strong, emphasis, external link or internal reference.
 *
 * @example
 * const node: InlineNode = { type: 'text', value: 'Hello' };
 * node.type //=> 'text'
 */
export type InlineNode = z.infer<typeof InlineNode>;

/**
 * A run of rich text: one or more inline nodes.
 *
 * @example
 * RichText.safeParse([{ type: 'text', value: 'Write to the council.' }]).success //=> true
 * RichText.safeParse([]).success //=> false
 */
export const RichText = z
  .array(InlineNode)
  .min(1)
  .meta({ id: 'RichText', description: 'One or more inline nodes.' });

/**
 * One or more inline nodes.
 *
 * @example
 * const text: RichText = [{ type: 'text', value: 'Write to the council.' }];
 * text.length //=> 1
 */
export type RichText = z.infer<typeof RichText>;
