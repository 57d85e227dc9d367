// Internal: a structural check of a document before any renderer walks it (issue 14), so that forged or damaged
// content (a heading of level 9, a text node without text, a block of an unknown type, a cycle) gets INVALID_ARGUMENT
// naming where it is, instead of a TypeError from inside a renderer or an <hNaN> element.
//
// Every render runs it, so it is written to cost little when the content is sound: the path to the node being
// checked is kept as a stack of segments and turned into text (".body[3].content[0].href") only when a check fails.
import { _isPlainDate } from '../_lib/plainDate.js';
import { GuidanceError } from '../errors.js';

const MAX_DEPTH = 12;
const REF_KINDS = new Set(['organisation', 'legislation', 'faq', 'page', 'glossary', 'flow-node']);

/** Where the check is: property names (".body") and list indexes, outermost first. */
type Path = (string | number)[];

function bad(path: Path, expected: string): never {
  const at = `content${path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : segment)).join('')}`;
  throw new GuidanceError('INVALID_ARGUMENT', `${at} must be ${expected}; renderers take content from this library (a page, an FAQ, an outcome or a nextSteps result).`, {
    argument: at,
  });
}

/**
 * Whether a value is a plain list. A list whose iterator is not the standard one is refused: the renderers walk lists
 * with `for...of`, so such a list could give them other nodes than the ones checked here.
 */
function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value) && value[Symbol.iterator] === Array.prototype[Symbol.iterator];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks `record[key]` is text; the path names the key only when it is not. */
function string(record: Record<string, unknown>, key: string, path: Path): void {
  if (typeof record[key] !== 'string') {
    path.push(`.${key}`);
    bad(path, 'text');
  }
}

/** `record[key]` as a list; throws naming the key when it is not one. */
function array(record: Record<string, unknown>, key: string, path: Path): readonly unknown[] {
  const value = record[key];
  if (!isList(value)) {
    path.push(`.${key}`);
    bad(path, 'a list');
  }
  return value;
}

/** Calls `check` on each item of `record[key]` (a list), with the path pointing at the item. */
function each(record: Record<string, unknown>, key: string, path: Path, check: (item: unknown, path: Path) => void): void {
  const items = array(record, key, path);
  path.push(`.${key}`, 0);
  for (let i = 0; i < items.length; i++) {
    path[path.length - 1] = i;
    check(items[i], path);
  }
  path.pop();
  path.pop();
}

/**
 * What an inline node may be, by where it is (as the schemas say): anything in a run; text, strong or emphasis inside
 * a link or a reference; only text inside strong or emphasis. The renderers rely on it: they write a strong node's
 * children as text.
 */
const INLINE = 'text, strong, emphasis, link or ref';
const PHRASING = 'text, strong or emphasis';
const TEXT = 'text';

function inline(node: unknown, path: Path, depth: number, allowed: string = INLINE): void {
  if (depth > MAX_DEPTH) bad(path, `nested at most ${MAX_DEPTH} deep`);
  if (!isObject(node)) bad(path, 'an inline node');
  let inner = PHRASING;
  switch (node['type']) {
    case 'text':
      return string(node, 'value', path);
    case 'link':
      if (allowed !== INLINE) bad([...path, '.type'], allowed);
      string(node, 'href', path);
      break;
    case 'ref':
      if (allowed !== INLINE) bad([...path, '.type'], allowed);
      if (typeof node['kind'] !== 'string' || !REF_KINDS.has(node['kind'])) bad([...path, '.kind'], `one of ${[...REF_KINDS].join(', ')}`);
      string(node, 'id', path);
      break;
    case 'strong':
    case 'emphasis':
      if (allowed === TEXT) bad([...path, '.type'], allowed);
      inner = TEXT;
      break;
    default:
      bad([...path, '.type'], allowed);
  }
  const children = array(node, 'children', path);
  path.push('.children', 0);
  for (let i = 0; i < children.length; i++) {
    path[path.length - 1] = i;
    inline(children[i], path, depth + 1, inner);
  }
  path.pop();
  path.pop();
}

/** A run of inline nodes at `path` (the path points at the run itself). */
function run(value: unknown, path: Path, depth: number): void {
  if (!isList(value)) bad(path, 'a list');
  path.push(0);
  for (let i = 0; i < value.length; i++) {
    path[path.length - 1] = i;
    inline(value[i], path, depth + 1);
  }
  path.pop();
}

/** A run of inline nodes in `record[key]`. */
function runAt(record: Record<string, unknown>, key: string, path: Path, depth: number): void {
  path.push(`.${key}`);
  run(record[key], path, depth);
  path.pop();
}

function blocks(value: unknown, path: Path, depth: number): void {
  if (depth > MAX_DEPTH) bad(path, `nested at most ${MAX_DEPTH} deep`);
  if (!isList(value)) bad(path, 'a list');
  path.push(0);
  for (let i = 0; i < value.length; i++) {
    path[path.length - 1] = i;
    const block: unknown = value[i];
    if (!isObject(block)) bad(path, 'a block');
    switch (block['type']) {
      case 'heading':
        if (block['level'] !== 2 && block['level'] !== 3 && block['level'] !== 4) bad([...path, '.level'], '2, 3 or 4');
        runAt(block, 'content', path, depth);
        break;
      case 'paragraph':
      case 'warning':
        runAt(block, 'content', path, depth);
        break;
      case 'inset':
        each(block, 'content', path, (item, at) => run(item, at, depth));
        break;
      case 'list':
        each(block, 'items', path, (item, at) => run(item, at, depth));
        break;
      case 'faq':
        string(block, 'question', path);
        path.push('.answer');
        blocks(block['answer'], path, depth + 1);
        path.pop();
        break;
      default:
        bad([...path, '.type'], 'heading, paragraph, warning, inset, list or faq');
    }
  }
  path.pop();
}

/** Checks blocks (of a page, an FAQ answer or a built document) deeply; throws INVALID_ARGUMENT at the first problem. */
export function _checkBlocks(value: unknown, at: string, depth = 0): void {
  blocks(value, [at], depth);
}

/** A step's council contacts (set by localise), when it has any. */
function contacts(step: Record<string, unknown>, path: Path): void {
  if (step['contacts'] === undefined) return;
  each(step, 'contacts', path, (contact, at) => {
    if (!isObject(contact)) bad(at, "a council's contact");
    string(contact, 'name', at);
    for (const key of ['url', 'phone', 'email'] as const) if (contact[key] !== undefined) string(contact, key, at);
  });
}

/** Checks the fields of a renderable that the document builder reads, before it reads them. */
export function _checkRenderable(content: Record<string, unknown>, kind: 'page' | 'faq' | 'outcome' | 'next-steps'): void {
  const path: Path = [];
  if (kind === 'page') {
    if (!_isPlainDate(content['lastReviewed'])) bad(['.lastReviewed'], 'a date written as YYYY-MM-DD');
    if (content['summary'] !== undefined) string(content, 'summary', path);
    return _checkBlocks(content['body'], '.body');
  }
  if (kind === 'faq') return _checkBlocks(content['answer'], '.answer');
  if (kind === 'outcome') {
    string(content, 'title', path);
    string(content, 'id', path);
    return each(content, 'steps', path, (step, at) => {
      if (!isObject(step)) bad(at, 'a step');
      string(step, 'text', at);
      each(step, 'organisations', at, (id, atId) => {
        if (typeof id !== 'string') bad(atId, 'text');
      });
      contacts(step, at);
    });
  }
  const outcome = content['outcome'] as Record<string, unknown>;
  path.push('.outcome');
  string(outcome, 'title', path);
  string(outcome, 'id', path);
  path.length = 0;
  each(content, 'steps', path, (step, at) => {
    if (!isObject(step)) bad(at, 'a step');
    string(step, 'text', at);
    each(step, 'dueDates', at, (due, atDue) => {
      if (!isObject(due)) bad(atDue, 'a due date');
      string(due, 'label', atDue);
      if (due['dueDate'] !== null && due['dueDate'] !== 'immediately' && !_isPlainDate(due['dueDate'])) bad([...atDue, '.dueDate'], 'a date, "immediately" or null');
    });
    each(step, 'organisations', at, (org, atOrg) => {
      if (!isObject(org)) bad(atOrg, 'an organisation');
      string(org, 'id', atOrg);
      string(org, 'name', atOrg);
    });
    contacts(step, at);
    each(step, 'legislation', at, (law, atLaw) => {
      if (!isObject(law)) bad(atLaw, 'a legal reference');
      string(law, 'id', atLaw);
      string(law, 'citation', atLaw);
    });
  });
}
