// Internal: a structural check of a document before any renderer walks it (issue 14), so that forged or damaged
// content (a heading of level 9, a text node without text, a block of an unknown type, a cycle) gets INVALID_ARGUMENT
// naming where it is, instead of a TypeError from inside a renderer or an <hNaN> element.
import { _isPlainDate } from '../_lib/plainDate.js';
import { GuidanceError } from '../errors.js';

const MAX_DEPTH = 12;
const REF_KINDS = new Set(['organisation', 'legislation', 'faq', 'page', 'glossary', 'flow-node']);

function bad(path: string, expected: string): never {
  throw new GuidanceError('INVALID_ARGUMENT', `content${path} must be ${expected}; renderers take content from this library (a page, an FAQ, an outcome or a nextSteps result).`, {
    argument: `content${path}`,
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function string(value: unknown, path: string): void {
  if (typeof value !== 'string') bad(path, 'text');
}

function array(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) bad(path, 'a list');
  return value;
}

function inline(node: unknown, path: string, depth: number): void {
  if (depth > MAX_DEPTH) bad(path, `nested at most ${MAX_DEPTH} deep`);
  if (!isObject(node)) bad(path, 'an inline node');
  switch (node['type']) {
    case 'text':
      return string(node['value'], `${path}.value`);
    case 'link':
      string(node['href'], `${path}.href`);
      break;
    case 'ref':
      if (typeof node['kind'] !== 'string' || !REF_KINDS.has(node['kind'])) bad(`${path}.kind`, `one of ${[...REF_KINDS].join(', ')}`);
      string(node['id'], `${path}.id`);
      break;
    case 'strong':
    case 'emphasis':
      break;
    default:
      bad(`${path}.type`, 'text, strong, emphasis, link or ref');
  }
  array(node['children'], `${path}.children`).forEach((child, i) => inline(child, `${path}.children[${i}]`, depth + 1));
}

function run(value: unknown, path: string, depth: number): void {
  array(value, path).forEach((node, i) => inline(node, `${path}[${i}]`, depth + 1));
}

/** Checks blocks (of a page, an FAQ answer or a built document) deeply; throws INVALID_ARGUMENT at the first problem. */
export function _checkBlocks(blocks: unknown, path: string, depth = 0): void {
  if (depth > MAX_DEPTH) bad(path, `nested at most ${MAX_DEPTH} deep`);
  array(blocks, path).forEach((block, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(block)) bad(at, 'a block');
    switch (block['type']) {
      case 'heading':
        if (block['level'] !== 2 && block['level'] !== 3 && block['level'] !== 4) bad(`${at}.level`, '2, 3 or 4');
        return run(block['content'], `${at}.content`, depth);
      case 'paragraph':
      case 'warning':
        return run(block['content'], `${at}.content`, depth);
      case 'inset':
        return array(block['content'], `${at}.content`).forEach((r, j) => run(r, `${at}.content[${j}]`, depth));
      case 'list':
        return array(block['items'], `${at}.items`).forEach((r, j) => run(r, `${at}.items[${j}]`, depth));
      case 'faq':
        string(block['question'], `${at}.question`);
        return _checkBlocks(block['answer'], `${at}.answer`, depth + 1);
      default:
        bad(`${at}.type`, 'heading, paragraph, warning, inset, list or faq');
    }
  });
}

/** A step's council contacts (set by localise), when it has any. */
function contacts(value: unknown, path: string): void {
  if (value === undefined) return;
  array(value, path).forEach((contact, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(contact)) bad(at, "a council's contact");
    string(contact['name'], `${at}.name`);
    for (const key of ['url', 'phone', 'email'] as const) if (contact[key] !== undefined) string(contact[key], `${at}.${key}`);
  });
}

/** Checks the fields of a renderable that the document builder reads, before it reads them. */
export function _checkRenderable(content: Record<string, unknown>, kind: 'page' | 'faq' | 'outcome' | 'next-steps'): void {
  if (kind === 'page') {
    if (!_isPlainDate(content['lastReviewed'])) bad('.lastReviewed', 'a date written as YYYY-MM-DD');
    if (content['summary'] !== undefined) string(content['summary'], '.summary');
    return _checkBlocks(content['body'], '.body');
  }
  if (kind === 'faq') return _checkBlocks(content['answer'], '.answer');
  if (kind === 'outcome') {
    string(content['title'], '.title');
    string(content['id'], '.id');
    array(content['steps'], '.steps').forEach((step, i) => {
      if (!isObject(step)) bad(`.steps[${i}]`, 'a step');
      string(step['text'], `.steps[${i}].text`);
      array(step['organisations'], `.steps[${i}].organisations`).forEach((id, j) => string(id, `.steps[${i}].organisations[${j}]`));
      contacts(step['contacts'], `.steps[${i}].contacts`);
    });
    return;
  }
  const outcome = content['outcome'] as Record<string, unknown>;
  string(outcome['title'], '.outcome.title');
  string(outcome['id'], '.outcome.id');
  array(content['steps'], '.steps').forEach((step, i) => {
    const at = `.steps[${i}]`;
    if (!isObject(step)) bad(at, 'a step');
    string(step['text'], `${at}.text`);
    array(step['dueDates'], `${at}.dueDates`).forEach((due, j) => {
      if (!isObject(due)) bad(`${at}.dueDates[${j}]`, 'a due date');
      string(due['label'], `${at}.dueDates[${j}].label`);
      if (due['dueDate'] !== null && due['dueDate'] !== 'immediately' && !_isPlainDate(due['dueDate'])) bad(`${at}.dueDates[${j}].dueDate`, 'a date, "immediately" or null');
    });
    array(step['organisations'], `${at}.organisations`).forEach((org, j) => {
      if (!isObject(org)) bad(`${at}.organisations[${j}]`, 'an organisation');
      string(org['id'], `${at}.organisations[${j}].id`);
      string(org['name'], `${at}.organisations[${j}].name`);
    });
    contacts(step['contacts'], `${at}.contacts`);
    array(step['legislation'], `${at}.legislation`).forEach((law, j) => {
      if (!isObject(law)) bad(`${at}.legislation[${j}]`, 'a legal reference');
      string(law['id'], `${at}.legislation[${j}].id`);
      string(law['citation'], `${at}.legislation[${j}].citation`);
    });
  });
}
