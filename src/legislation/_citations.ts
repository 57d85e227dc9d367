// Internal: the citation recogniser behind findCitations and parseCitation.
//
// It runs in linear time in the length of the text (issue 14): no pattern below nests repeats over the same
// characters (each whitespace run is matched by one repeat, separated from the next by a required token), the tests
// run it on 1 MB of every input shape known to slow a backtracking pattern (src/legislation/_citations.redos.test.ts;
// `npm run check:redos` runs the recheck ReDoS checker over the patterns), lists are read one item at a time
// with sticky patterns (never one pattern with a nested repeat, never a spread into push), look-ups between mentions
// use maps and sorted sweeps instead of filters inside loops, and no slice of the rest of the text is ever taken.
import { legislation } from '../_generated/legislation.js';
import type { InstrumentId, LegislationId } from '../_generated/ids.js';
import type { ProvisionKind } from '../schemas/legislation.js';

interface _InstrumentRule {
  id: InstrumentId;
  pattern: RegExp;
  year: string;
  /** Wrong years that are a known mistake for this instrument and can safely be corrected. */
  correctable: (year: string) => boolean;
  natural: ProvisionKind;
  name: string;
  /** A loose name ("the tribunal rules") that counts only when the word before it names no other tribunal. */
  bare?: true;
}

const RULES: readonly _InstrumentRule[] = [
  {
    id: 'send-regs-2014',
    pattern:
      /\b(?:the\s+)?(?:special\s+educational\s+needs\s+(?:and|&)\s+disability|SEND|SEN\s*(?:and|&)\s*D|SEN)\s+reg(?:ulation)?s?\b\.?(?:\s+(\d{4})\b)?(?:\s*\(\s*S\.?\s?I\.?\s*(\d{4})\s*\/\s*1530\s*\))?/gi,
    year: '2014',
    correctable: (year) => year >= '2013' && year <= '2016',
    natural: 'regulation',
    name: 'the Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)',
  },
  {
    id: 'send-regs-2014',
    pattern: /\bS\.?\s?I\.?\s*(\d{4})\s*\/\s*1530\b/gi,
    year: '2014',
    correctable: (year) => year >= '2013' && year <= '2016',
    natural: 'regulation',
    name: 'the Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)',
  },
  {
    id: 'hesc-rules-2008',
    pattern:
      /\b(?:the\s+)?(?:HESC(?:\s+(?:tribunal|chamber))?|first[-\s]tier\s+tribunal(?:\s*\(\s*(?:HESC|SEND)\s*\))?|SEND\s+tribunal|tribunal\s+procedure\s*\(\s*first[-\s]tier\s+tribunal\s*\)\s*\(\s*health,?\s+education\s+and\s+social\s+care\s+chamber\s*\))(?:'s)?\s+(?:procedure\s+)?rules\b(?:\s+(\d{4})\b)?/gi,
    year: '2008',
    correctable: () => true,
    natural: 'rule',
    name: 'the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008 (SI 2008/2699)',
  },
  {
    // "the tribunal rules", "Tribunal Procedure Rules": only when no other word names another tribunal (checked in code).
    id: 'hesc-rules-2008',
    pattern: /\b(?:the\s+)?tribunal(?:'s)?\s+(?:procedure\s+)?rules\b(?:\s+(\d{4})\b)?/gi,
    year: '2008',
    correctable: () => false,
    natural: 'rule',
    name: 'the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008 (SI 2008/2699)',
    bare: true,
  },
  {
    id: 'hesc-rules-2008',
    pattern: /\bS\.?\s?I\.?\s*(\d{4})\s*\/\s*2699\b/gi,
    year: '2008',
    correctable: () => true,
    natural: 'rule',
    name: 'the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008 (SI 2008/2699)',
  },
  {
    id: 'cfa-2014',
    pattern: /\b(?:the\s+)?(?:children\s+and\s+families\s+act|C\s?&\s?F\s?A|CFA)\b(?:\s+(\d{4})\b)?/gi,
    year: '2014',
    correctable: (year) => year >= '2012' && year <= '2016',
    natural: 'section',
    name: 'the Children and Families Act 2014',
  },
  {
    id: 'send-code-2015',
    pattern:
      /\b(?:the\s+)?(?:(?:SEND|SEN)\s+)?code\s+of\s+practice(?:\s*(?::\s*)?(?:0|zero)\s*(?:-|–|to)\s*25(?:\s+years)?)?(?:\s*\(?(\d{4})\)?)?|\b(?:the\s+)?SEND\s+code\b(?:\s*\(?(\d{4})\)?)?|\bCoP\b(?:\s+(\d{4})\b)?/gi,
    year: '2015',
    correctable: () => false,
    natural: 'paragraph',
    name: 'the SEND Code of Practice (2015)',
  },
  {
    id: 'lga-1974',
    pattern: /\b(?:the\s+)?(?:local\s+government\s+act|LGA)\b(?:\s+(\d{4})\b)?/gi,
    year: '1974',
    correctable: () => false,
    natural: 'section',
    name: 'the Local Government Act 1974',
  },
];

const PREFIX: Record<ProvisionKind, string> = { section: 's', regulation: 'reg', rule: 'rule', paragraph: 'para', schedule: 'sch' };

interface _InstrumentMention {
  rule: _InstrumentRule;
  start: number;
  end: number;
  year: string | undefined;
}

interface _ProvisionMention {
  kind: ProvisionKind | 'ambiguous-r' | undefined;
  keyword: string | undefined;
  number: string;
  subdivision: string | undefined;
  start: number;
  end: number;
  /** The start of the whole mention (its keyword) for the first item of a list. */
  groupStart: number;
  groupEnd: number;
  /** Whether this is the first item of its list, and whether the list has one item only. */
  first: boolean;
  single: boolean;
}

/** One citation found in a text. */
export interface _Found {
  start: number;
  end: number;
  id: LegislationId;
  subdivision: string | undefined;
  corrections: string[];
}

const NUMBER = '(\\d+(?:\\.\\d+)?(?:[A-Za-z](?![A-Za-z]))?)((?:\\s?\\([0-9]{1,3}[A-Za-z]?\\)|\\s?\\([a-z]{1,4}\\))*)';
const KEYWORD = 'sections?|secs?\\.?|ss?\\.|ss?(?=\\s*\\d)|regulations?|regs?\\.?|r\\.|r(?=\\s*\\d)|rules?|paragraphs?|paras?\\.?|§';
/** A keyword and the first number after it; the rest of a list is read item by item with LIST_NEXT. */
// No lookbehind in the pattern: whether the keyword starts a word is checked in code (_startsWord), which keeps the
// pattern within what the ReDoS checker analyses exactly.
const PROVISION = /* @__PURE__ */ (() => new RegExp(`(${KEYWORD})\\s*${NUMBER}`, 'gi'))();
/** The next item of a list: ", 44", " and 44(2)", ", and 45". Sticky: tried only where the last item ended. */
const LIST_NEXT = /\s*(?:,(?:\s*(?:and|or|&))?|and|&|or)\s*(?:(\d+(?:\.\d+)?(?:[A-Za-z](?![A-Za-z]))?)((?:\s?\([0-9a-z]{1,4}\))*)|(\([0-9a-z]{1,4}\)(?:\s?\([0-9a-z]{1,4}\))*))/iy;
/** A paragraph number with no keyword ("11.6", "11.6 – 11.10"), kept only when the Code of Practice follows it. */
const DOTTED = /(\d{1,2}\.\d{1,3})(?:\s*(?:-|–|to)\s*\d{1,2}\.\d{1,3})?(?![\w.])/g;
const WORD_OR_DOT = /[\w.]/;

/** Whether a match at `index` starts a word: the character before it is not a letter, digit, underscore or dot. */
function _startsWord(text: string, index: number): boolean {
  return index === 0 || !WORD_OR_DOT.test(text.charAt(index - 1));
}
/** A bare number straight after an instrument: "SEND Regulations 42". */
const BARE_FIRST = /* @__PURE__ */ (() => new RegExp(`\\s*(?:,\\s*)?${NUMBER}`, 'iy'))();
const YEAR_NEXT = /\s*\d{4}\b/y;
const FOREIGN_AFTER = /\s*(?:,\s*)?(?:of|in|under)\s+(?:the\s+)?[A-Z][\w&(),'’\s-]{0,120}?\b(?:Act|Regulations|Rules|Order|Code|Measure|Directive|Convention)\b/y;
const CONNECTOR = /\s*(?:,\s*)?(?:(?:of|in|under)\s+)?/iy;
const LOOSE_OK_BEFORE = new Set(['the', 'under', 'of', 'in', 'see', 'by', 'per', 'and', 'with', 'to', 'from', 'send', 'sen', 'hesc', 'chamber', 'our', 'its']);
/** The longest provision number worth looking up (the register's longest is "11.41"). */
const MAX_NUMBER = 8;
const SPACES = /\s+/g;
/** Any name of an instrument, in the register or not: when a text has one, a lone "regulation 7" may be its. */
const ANY_INSTRUMENT = /\b(?:Acts?|Regulations|Rules|Orders?|Code|Measure|Directive|Convention)\b|\b[Tt](?:RIBUNAL|ribunal)(?:'s)?\s+(?:procedure\s+|Procedure\s+|PROCEDURE\s+)?(?:rules|Rules|RULES)\b/;

/** Every pattern the recogniser runs, for the ReDoS test. */
export const _CITATION_PATTERNS: readonly RegExp[] = /* @__PURE__ */ (() => [
  ...RULES.map((r) => r.pattern),
  PROVISION,
  LIST_NEXT,
  DOTTED,
  BARE_FIRST,
  YEAR_NEXT,
  FOREIGN_AFTER,
  CONNECTOR,
  ANY_INSTRUMENT,
])();

/** Runs a sticky pattern at `at` without copying the text. */
function _stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function _kindOf(keyword: string): ProvisionKind | 'ambiguous-r' {
  const k = keyword.toLowerCase().replace(/\.$/, '');
  if (k === 'r') return 'ambiguous-r';
  if (k.startsWith('s')) return 'section';
  if (k.startsWith('reg')) return 'regulation';
  if (k.startsWith('rule')) return 'rule';
  return 'paragraph';
}

/** Whether a loose "tribunal rules" at `start` is preceded by a word that names some other tribunal. */
function _otherTribunalBefore(text: string, start: number): boolean {
  // Read back over spaces and brackets, then over the letters of one word (at most 40 characters in all).
  const limit = Math.max(0, start - 40);
  let end = start;
  while (end > limit && /[\s(]/.test(text.charAt(end - 1))) end--;
  let begin = end;
  while (begin > limit && /[A-Za-z]/.test(text.charAt(begin - 1))) begin--;
  return begin < end && !LOOSE_OK_BEFORE.has(text.slice(begin, end).toLowerCase());
}

function _instrumentMentions(text: string): _InstrumentMention[] {
  const all: _InstrumentMention[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      if (rule.bare && _otherTribunalBefore(text, match.index)) continue;
      const year = match.slice(1).find((g) => g !== undefined);
      all.push({ rule, start: match.index, end: match.index + match[0].length, year });
    }
  }
  // Drop mentions inside a longer one (for example "SI 2014/1530" inside "SEND Regulations 2014 (SI 2014/1530)"),
  // in one sweep: sorted by start, longest first, a mention is inside a longer one exactly when some earlier mention
  // reaches past its end, or reaches its end from further left.
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: _InstrumentMention[] = [];
  let reach: _InstrumentMention | undefined;
  for (const m of all) {
    const inside = reach !== undefined && (reach.end > m.end || (reach.end === m.end && reach.start < m.start));
    if (!inside) kept.push(m);
    if (reach === undefined || m.end > reach.end) reach = m;
  }
  return kept;
}

/** Reads the rest of a list ("and 44", ", 45(2)") from `at`, one sticky match per item. */
function _listAfter(text: string, at: number, previous: string): { number: string; subdivision: string | undefined; start: number; end: number }[] {
  const items: { number: string; subdivision: string | undefined; start: number; end: number }[] = [];
  let position = at;
  let number = previous;
  for (let match = _stickyAt(LIST_NEXT, text, position); match !== null && match[0].length > 0; match = _stickyAt(LIST_NEXT, text, position)) {
    const end = position + match[0].length;
    // "47(1) and (2)": a sub-paragraph alone belongs to the number before it.
    if (match[1] !== undefined) number = match[1];
    const subdivision = match[1] !== undefined ? match[2] : match[3];
    const itemLength = (match[1] ?? '').length + (subdivision ?? '').length;
    items.push({ number, subdivision: subdivision || undefined, start: end - itemLength, end });
    position = end;
  }
  return items;
}

function _group(
  out: _ProvisionMention[],
  first: { number: string; subdivision: string | undefined; start: number; end: number },
  rest: ReturnType<typeof _listAfter>,
  kind: _ProvisionMention['kind'],
  keyword: string | undefined,
  groupStart: number,
): void {
  const groupEnd = rest.length > 0 ? (rest[rest.length - 1] as { end: number }).end : first.end;
  const single = rest.length === 0;
  out.push({ kind, keyword, ...first, groupStart, groupEnd, first: true, single });
  for (const item of rest) out.push({ kind, keyword, ...item, groupStart, groupEnd, first: false, single });
}

function _provisionMentions(text: string, instruments: readonly _InstrumentMention[]): _ProvisionMention[] {
  const out: _ProvisionMention[] = [];
  // Instruments are sorted by start; `covering` is the furthest end among those that start at or before a position.
  let next = 0;
  let covering = -1;
  PROVISION.lastIndex = 0;
  for (let match = PROVISION.exec(text); match !== null; match = PROVISION.exec(text)) {
    if (!_startsWord(text, match.index)) {
      PROVISION.lastIndex = match.index + 1;
      continue;
    }
    const firstEnd = match.index + match[0].length;
    const rest = _listAfter(text, firstEnd, match[2] as string);
    const groupEnd = rest.length > 0 ? (rest[rest.length - 1] as { end: number }).end : firstEnd;
    PROVISION.lastIndex = groupEnd;
    while (next < instruments.length && (instruments[next] as _InstrumentMention).start <= match.index) {
      covering = Math.max(covering, (instruments[next] as _InstrumentMention).end);
      next++;
    }
    // "Regulations 42" inside "SEND Regulations 42" is the instrument's own word: handled as bare numbers below.
    if (covering > match.index) continue;
    const keyword = match[1] as string;
    const first = { number: match[2] as string, subdivision: match[3] || undefined, start: match.index, end: firstEnd };
    _group(out, first, rest, _kindOf(keyword), keyword, match.index);
  }
  // Bare numbers straight after an instrument: "SEND Regulations 42 and 44". Both lists are in order of position,
  // so whether a keyword mention already covers a number is a binary search.
  const keyed = out.slice();
  const covered = (position: number): boolean => {
    let lo = 0;
    let hi = keyed.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((keyed[mid] as _ProvisionMention).start <= position) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && (keyed[last] as _ProvisionMention).end > position;
  };
  const codeStarts = new Set(instruments.filter((m) => m.rule.natural === 'paragraph').map((m) => m.start));
  let bareEnd = -1;
  for (const mention of instruments) {
    const match = _stickyAt(BARE_FIRST, text, mention.end);
    if (!match) continue;
    if (mention.year === undefined && _stickyAt(YEAR_NEXT, text, mention.end)) continue;
    const numberLength = (match[1] as string).length + (match[2] ?? '').length;
    const firstEnd = mention.end + match[0].length;
    const start = firstEnd - numberLength;
    if (covered(start) || start < bareEnd) continue;
    const rest = _listAfter(text, firstEnd, match[1] as string);
    const first = { number: match[1] as string, subdivision: match[2] || undefined, start, end: firstEnd };
    _group(out, first, rest, undefined, undefined, mention.start);
    bareEnd = rest.length > 0 ? (rest[rest.length - 1] as { end: number }).end : firstEnd;
  }
  // Paragraph numbers with no keyword, straight before the Code of Practice: "see 11.6 – 11.10 of the SEND Code".
  DOTTED.lastIndex = 0;
  for (let match = DOTTED.exec(text); match !== null; match = DOTTED.exec(text)) {
    if (!_startsWord(text, match.index)) {
      DOTTED.lastIndex = match.index + 1;
      continue;
    }
    const groupEnd = match.index + match[0].length;
    const connector = _stickyAt(CONNECTOR, text, groupEnd)?.[0].length ?? 0;
    if (codeStarts.has(groupEnd + connector) && !covered(match.index)) {
      const first = { number: match[1] as string, subdivision: undefined, start: match.index, end: match.index + (match[1] as string).length };
      out.push({ kind: 'paragraph', keyword: 'paragraph', ...first, groupStart: match.index, groupEnd, first: true, single: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

interface _Index {
  instruments: readonly _InstrumentMention[];
  byStart: Map<number, _InstrumentMention>;
  /** The longest instrument mention, which bounds how far back an overlapping mention can start. */
  longest: number;
}

function _index(instruments: readonly _InstrumentMention[]): _Index {
  const byStart = new Map<number, _InstrumentMention>();
  let longest = 0;
  for (const m of instruments) {
    if (!byStart.has(m.start)) byStart.set(m.start, m);
    longest = Math.max(longest, m.end - m.start);
  }
  return { instruments, byStart, longest };
}

/** The last instrument (in order of start) that ends at or before `position`. */
function _lastEndingBefore(index: _Index, position: number): _InstrumentMention | undefined {
  const { instruments } = index;
  let lo = 0;
  let hi = instruments.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((instruments[mid] as _InstrumentMention).start < position) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Mentions that start before `position` but end after it overlap it, so they start within `longest` of it.
  for (let i = last; i >= 0; i--) {
    const m = instruments[i] as _InstrumentMention;
    if (m.end <= position) return m;
    if (m.start < position - index.longest) return undefined;
  }
  return undefined;
}

function _instrumentFor(text: string, provision: _ProvisionMention, index: _Index): _InstrumentMention | 'foreign' | undefined {
  if (provision.keyword === undefined) {
    // A bare number belongs to the instrument it follows.
    return index.byStart.get(provision.groupStart);
  }
  const connector = _stickyAt(CONNECTOR, text, provision.groupEnd)?.[0].length ?? 0;
  const following = index.byStart.get(provision.groupEnd + connector);
  if (following) return following;
  if (_stickyAt(FOREIGN_AFTER, text, provision.groupEnd)) return 'foreign';
  const nearest = _lastEndingBefore(index, provision.groupStart + 1);
  if (!nearest) return undefined;
  if (provision.groupStart + 1 - nearest.end > 81) return undefined;
  const gap = text.slice(nearest.end, provision.groupStart + 1);
  if (/[!?;\n]|\.\s+[A-Z]/.test(gap)) return undefined;
  return nearest;
}

/**
 * The instrument to read a provision in when the text names no instrument at all (in the register or not): the register holds one set of regulations
 * and one set of rules, so "regulation 42(3)" and "rule 20" can only mean those. Sections (two Acts) and a bare "r"
 * stay unplaced.
 */
function _onlyInstrumentOf(kind: _ProvisionMention['kind']): _InstrumentRule | undefined {
  if (kind !== 'regulation' && kind !== 'rule') return undefined;
  return RULES.find((r) => r.natural === kind);
}

/** Finds every citation of a provision in the register, with its position and any corrections. */
export function _findCitations(text: string): _Found[] {
  const instruments = _instrumentMentions(text);
  const index = _index(instruments);
  const found: _Found[] = [];
  // Computed once, and only when needed: whether the text names any instrument (see _onlyInstrumentOf).
  let namesAnInstrument: boolean | undefined;
  for (const provision of _provisionMentions(text, instruments)) {
    if (provision.number.length > MAX_NUMBER) continue;
    let mention = _instrumentFor(text, provision, index);
    if (mention === 'foreign') continue;
    const corrections: string[] = [];
    let rule: _InstrumentRule;
    if (mention === undefined) {
      namesAnInstrument ??= instruments.length > 0 || ANY_INSTRUMENT.test(text);
      const only = namesAnInstrument ? undefined : _onlyInstrumentOf(provision.kind);
      if (only === undefined) continue;
      rule = only;
      corrections.push(`No instrument was named: read as ${rule.name}, the only ${rule.natural}s in this library.`);
    } else {
      rule = mention.rule;
    }
    if (mention !== undefined && mention.year !== undefined && mention.year !== rule.year) {
      if (!rule.correctable(mention.year)) continue;
      corrections.push(
        `Changed the year ${mention.year} to ${rule.year}: the provision is in ${rule.name}.` +
          (rule.id === 'send-regs-2014' && mention.year === '2015'
            ? ' The SEND (Amendment) Regulations 2015 amend those Regulations; they are not a separate set of SEND Regulations.'
            : ''),
      );
    }
    let kind: ProvisionKind = rule.natural;
    if (provision.kind === 'ambiguous-r') {
      if (rule.natural !== 'regulation' && rule.natural !== 'rule') continue;
    } else if (provision.kind !== undefined && provision.kind !== rule.natural) {
      if (provision.kind === 'paragraph' || rule.natural === 'paragraph') continue;
      corrections.push(
        `Changed "${provision.keyword?.trim()}" to "${rule.natural}": ${rule.name} ${rule.natural === 'section' ? 'is' : 'are'} divided into ${rule.natural}s.`,
      );
      kind = rule.natural;
    }
    if (kind === 'paragraph' && !provision.number.includes('.')) continue;
    if (kind !== 'paragraph' && provision.number.includes('.')) continue;
    const id = `${rule.id}/${PREFIX[kind]}-${provision.number.toLowerCase()}`;
    if (!Object.prototype.hasOwnProperty.call(legislation, id)) continue;
    let start = provision.start;
    let end = provision.end;
    if (mention !== undefined) {
      if (provision.first && provision.keyword === undefined) start = mention.start;
      else if (provision.first && mention.end <= provision.groupStart && provision.groupStart - mention.end <= 81) {
        if (/^\s*,?\s*$/.test(text.slice(mention.end, provision.groupStart))) start = mention.start;
      }
      if (provision.single && mention.start >= provision.end) end = mention.end;
    }
    found.push({
      start,
      end,
      id: id as LegislationId,
      subdivision: provision.subdivision?.replace(SPACES, '') || undefined,
      corrections,
    });
    mention = undefined;
  }
  return found;
}
