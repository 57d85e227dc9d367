// Test-only: plain-English measures of content. The Flesch-Kincaid formula and the syllable counter are wooorm's
// maintained packages (flesch-kincaid, syllable); this file only splits text into sentences and words and extracts
// what a reader sees from the library's content types.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { ContentBlock, PageBlock } from '../../src/schemas/block.js';
import type { InlineNode, PhrasingNode } from '../../src/schemas/inline.js';

/** The text of a run of inline nodes, as a reader sees it. */
export function phrasing(nodes: readonly (InlineNode | PhrasingNode)[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : phrasing(n.children))).join('');
}

/** Every run of inline nodes in a block, in reading order (an FAQ block gives its answer's runs). */
export function runs(block: PageBlock | ContentBlock): InlineNode[][] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'warning':
      return [block.content];
    case 'inset':
      return block.content;
    case 'list':
      return block.items;
    case 'faq':
      return block.answer.flatMap(runs);
  }
}

/** The texts a reader sees in a block: each heading, paragraph or list item is one text. */
export function blockTexts(block: PageBlock | ContentBlock): string[] {
  return [...(block.type === 'faq' ? [block.question] : []), ...runs(block).map(phrasing)];
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /(?<![\w'’])(e\.g|i\.e|reg|regs|s|ss|r|para|paras|SI|c|v|No(?=\.\s\d))\.\s/g;

/**
 * Splits one text (a paragraph, a list item, a heading) into sentences. A text without a full stop, such as a
 * heading or a short list item, is one sentence. A colon or semicolon also ends a sentence: GOV.UK lists and
 * "Contact: ..." lines read that way.
 */
export function sentences(text: string): string[] {
  return text
    .replace(ABBREVIATIONS, '$1 ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9("'])|(?<=[:;])\s+/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z0-9]/.test(s));
}

/** The words of a sentence: runs of letters or digits (a date or number counts as words). */
export function words(sentence: string): string[] {
  return sentence.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
}

/** Syllables of one word. A number of 1 or 2 digits counts 1, a longer one 2; an abbreviation is read letter by letter unless it reads as a word. */
export function syllables(word: string): number {
  if (/^[0-9]+$/.test(word)) return word.length <= 2 ? 1 : 2;
  // An abbreviation in capitals is read letter by letter (EHC: 3) unless it reads as a word (SEND: 1).
  if (/^[A-Z]{2,}$/.test(word)) return READ_AS_WORD.has(word) ? Math.max(1, syllable(word.toLowerCase())) : word.length;
  return Math.max(1, syllable(word));
}
const READ_AS_WORD = new Set(['SEND', 'SEN', 'IPSEA', 'GOV']);

/** Counts over a list of texts. */
export function counts(texts: readonly string[]): { sentence: number; word: number; syllable: number } {
  const all = texts.flatMap(sentences);
  const ws = all.flatMap(words);
  return { sentence: all.length, word: ws.length, syllable: ws.reduce((sum, w) => sum + syllables(w), 0) };
}

/** The Flesch-Kincaid grade level of a list of texts, taken together (not rounded). */
export function grade(texts: readonly string[]): number {
  const c = counts(texts);
  return c.word === 0 ? 0 : fleschKincaid(c);
}
