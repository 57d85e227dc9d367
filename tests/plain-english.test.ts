// A plain English check over all the content in data/: sentences of at most 25 words, no passive constructions
// where an active one is easy, and no jargon without an explanation in the same item.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../scripts/lib/loadData.js';
import type { ContentBlock, PageBlock } from '../src/schemas/block.js';
import type { InlineNode, PhrasingNode } from '../src/schemas/inline.js';

const { content } = loadData(join(import.meta.dirname, '..', 'data'));

function phrasing(nodes: readonly (InlineNode | PhrasingNode)[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : phrasing(n.children))).join('');
}
function blockText(block: PageBlock | ContentBlock): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'warning':
      return [phrasing(block.content)];
    case 'inset':
      return block.content.map(phrasing);
    case 'list':
      return block.items.map(phrasing);
    case 'faq':
      return [block.question, ...block.answer.flatMap(blockText)];
  }
}

/** Every item of content, as its id and the texts a reader sees. */
const ITEMS: [string, string[]][] = [
  ...content.pages.map((p): [string, string[]] => [`page ${p.id}`, [p.title, p.summary, ...p.body.flatMap(blockText)]]),
  ...content.faqs.map((f): [string, string[]] => [`faq ${f.id}`, [f.question, ...f.answer.flatMap(blockText)]]),
  ...content.organisations.map((o): [string, string[]] => [`organisation ${o.id}`, [o.summary]]),
  ...content.legislation.map((l): [string, string[]] => [`legislation ${l.id}`, [l.summary, ...(l.parts ?? []).map((p) => p.summary)]]),
  ...content.flows.map((flow): [string, string[]] => [
    `flow ${flow.id}`,
    flow.nodes.flatMap((n) => (n.type === 'question' ? [n.text, ...(n.hint ? [n.hint] : []), ...(n.options ?? []).map((o) => o.label)] : [n.title, n.summary, ...n.steps.map((s) => s.text)])),
  ]),
];

function sentences(text: string): string[] {
  return text
    .replace(/\b(e\.g|i\.e|reg|s|r|para|No|SI|c)\.\s/g, '$1 ')
    .split(/(?<=[.!?])\s+(?=[A-Z(])|(?<=[:;])\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const wordCount = (sentence: string) => sentence.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;

// "to be" + past participle, where an active sentence is usually easy to write.
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(\w+ed|made|given|sent|taken|done|told|held|paid|known|kept|written|brought|found|shown|seen)\b/i;
// Passives we keep on purpose, and why.
const ALLOWED_PASSIVES: Record<string, string> = {
  'must be written down': 'the law says the agreement is recorded in writing; who writes it does not matter',
  'is hosted by': 'describes the network; the host is named',
  'was issued': 'the certificate: the issuer (the adviser or mediator) is not the point',
  'is treated as': 'reg. 45: the law itself treats the appeal as decided',
  'was not verified': 'describes the library\'s own checking',
  'be recorded in': 'the law\'s own requirement',
};

// Words a parent may not know, and what must appear in the same item to explain them.
const JARGON: [RegExp, RegExp, string][] = [
  [/\bEHCP?\b/, /education, health and care \(EHC\)/i, 'EHC must be spelled out as "education, health and care (EHC) plan" in the same item'],
  [/\bSEN\b(?! team)/, /special educational needs \(SEN\)|special educational needs/i, 'SEN needs "special educational needs" in the same item'],
  [/\bIASS?\b/, /information, advice and support/i, 'IAS needs "information, advice and support" in the same item'],
  [/\bLA\b/, /local authority \(LA\)/i, 'write "council", not LA'],
  [/\bSENCO\b/, /special educational needs co-ordinator/i, 'SENCO needs spelling out'],
  [/\bmaladministration\b/i, /\bfault\b/i, 'maladministration needs "fault" nearby'],
  [/\b(?:pursuant|notwithstanding|aforementioned|hereby|therein|forthwith)\b/i, /^$/, 'legal jargon: use plain words'],
];

describe('plain English in data/', () => {
  it.each(ITEMS)('%s: sentences of at most 25 words', (_id, texts) => {
    const long = texts.flatMap(sentences).filter((s) => wordCount(s) > 25);
    expect(long).toEqual([]);
  });

  it.each(ITEMS)('%s: no passive where an active sentence is easy', (_id, texts) => {
    const passives = texts
      .flatMap(sentences)
      .filter((s) => PASSIVE.test(s) && !Object.keys(ALLOWED_PASSIVES).some((phrase) => s.includes(phrase)));
    expect(passives).toEqual([]);
  });

  it.each(ITEMS)('%s: jargon is explained', (_id, texts) => {
    const all = texts.join(' ');
    const unexplained = JARGON.filter(([word, explanation]) => word.test(all) && !explanation.test(all)).map(([, , why]) => why);
    expect(unexplained).toEqual([]);
  });

  it('catches what it should (the check can fail)', () => {
    expect(sentences('One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six.').filter((s) => wordCount(s) > 25)).toHaveLength(1);
    expect(PASSIVE.test('The letter was sent by the council.')).toBe(true);
    expect(JARGON[0]?.[0].test('Ask about your EHCP')).toBe(true);
  });
});
