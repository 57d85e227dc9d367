// Internal: the citation recogniser behind findCitations and parseCitation.
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
}

const RULES: readonly _InstrumentRule[] = [
  {
    id: 'send-regs-2014',
    pattern:
      /\b(?:the\s+)?(?:special\s+educational\s+needs\s+(?:and|&)\s+disability|SEND|SEN\s*(?:and|&)\s*D)\s+reg(?:ulation)?s?\b\.?(?:\s+(\d{4})\b)?(?:\s*\(\s*S\.?\s?I\.?\s*(\d{4})\s*\/\s*1530\s*\))?/gi,
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
      /\b(?:the\s+)?(?:(?:SEND|SEN)\s+)?code\s+of\s+practice(?:\s*:?\s*(?:0|zero)\s*(?:-|–|to)\s*25(?:\s+years)?)?(?:\s*\(?(\d{4})\)?)?|\b(?:the\s+)?SEND\s+code\b(?:\s*\(?(\d{4})\)?)?|\bCoP\b(?:\s+(\d{4})\b)?/gi,
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

const NUMBER = String.raw`(\d+(?:\.\d+)?(?:[A-Za-z](?![A-Za-z]))?)((?:\s?\([0-9]{1,3}[A-Za-z]?\)|\s?\([a-z]{1,4}\))*)`;
const KEYWORD = String.raw`sections?|secs?\.?|ss?\.|ss?(?=\s*\d)|regulations?|regs?\.?|r\.|r(?=\s*\d)|rules?|paragraphs?|paras?\.?|§`;
const PROVISION = new RegExp(String.raw`(?<![\w.])(${KEYWORD})\s*${NUMBER}((?:\s*(?:,|and|&|or)\s*\d+(?:\.\d+)?(?:[A-Za-z](?![A-Za-z]))?(?:\s?\([0-9a-z]{1,4}\))*)*)`, 'gi');
const BARE_LIST = new RegExp(String.raw`^\s*,?\s*${NUMBER}((?:\s*(?:,|and|&|or)\s*\d+(?:\.\d+)?(?:\s?\([0-9a-z]{1,4}\))*)*)`, 'i');
const LIST_ITEM = /(\d+(?:\.\d+)?(?:[A-Za-z](?![A-Za-z]))?)((?:\s?\([0-9a-z]{1,4}\))*)/gi;
const FOREIGN_AFTER = /^\s*,?\s*(?:of|in|under)\s+(?:the\s+)?[A-Z][\w&(),'’\s-]{0,120}?\b(?:Act|Regulations|Rules|Order|Code|Measure|Directive|Convention)\b/;
const CONNECTOR = /^\s*,?\s*(?:(?:of|in|under)\s+)?/i;

function _kindOf(keyword: string): ProvisionKind | 'ambiguous-r' {
  const k = keyword.toLowerCase().replace(/\.$/, '');
  if (k === 'r') return 'ambiguous-r';
  if (k.startsWith('s')) return 'section';
  if (k.startsWith('reg')) return 'regulation';
  if (k.startsWith('rule')) return 'rule';
  return 'paragraph';
}

function _instrumentMentions(text: string): _InstrumentMention[] {
  const out: _InstrumentMention[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      const year = match.slice(1).find((g) => g !== undefined);
      out.push({ rule, start: match.index, end: match.index + match[0].length, year });
    }
  }
  // Drop mentions inside a longer one (for example "SI 2014/1530" inside "SEND Regulations 2014 (SI 2014/1530)").
  return out
    .filter((m) => !out.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start))
    .sort((a, b) => a.start - b.start);
}

function _items(first: string, firstSub: string | undefined, rest: string, restOffset: number, start: number, end: number, kind: _ProvisionMention['kind'], keyword: string | undefined, groupStart: number): _ProvisionMention[] {
  const groupEnd = restOffset + rest.length;
  const single = rest.trim() === '';
  const out: _ProvisionMention[] = [{ kind, keyword, number: first, subdivision: firstSub, start, end, groupStart, groupEnd, first: true, single }];
  LIST_ITEM.lastIndex = 0;
  for (const item of rest.matchAll(LIST_ITEM)) {
    const itemStart = restOffset + item.index;
    out.push({ kind, keyword, number: item[1] as string, subdivision: item[2] || undefined, start: itemStart, end: itemStart + item[0].length, groupStart, groupEnd, first: false, single });
  }
  return out;
}

function _provisionMentions(text: string, instruments: _InstrumentMention[]): _ProvisionMention[] {
  const out: _ProvisionMention[] = [];
  PROVISION.lastIndex = 0;
  for (const match of text.matchAll(PROVISION)) {
    // "Regulations 42" inside "SEND Regulations 42" is the instrument's own word: handled as bare numbers below.
    if (instruments.some((m) => m.start <= match.index && m.end > match.index)) continue;
    const keyword = match[1] as string;
    const firstEnd = match.index + match[0].length - (match[4] ?? '').length;
    const restOffset = firstEnd;
    out.push(..._items(match[2] as string, match[3] || undefined, match[4] ?? '', restOffset, match.index, firstEnd, _kindOf(keyword), keyword, match.index));
  }
  // Bare numbers straight after an instrument: "SEND Regulations 42 and 44".
  for (const mention of instruments) {
    const after = text.slice(mention.end);
    const match = BARE_LIST.exec(after);
    if (!match || mention.year === undefined && /^\s*\d{4}\b/.test(after)) continue;
    const lead = match[0].length - match[0].trimStart().length;
    const start = mention.end + lead + (match[0].trimStart().startsWith(',') ? match[0].trimStart().indexOf(match[1] as string) : 0);
    const firstEnd = mention.end + match[0].length - (match[3] ?? '').length;
    if (out.some((p) => p.start <= start && p.end > start)) continue;
    out.push(..._items(match[1] as string, match[2] || undefined, match[3] ?? '', firstEnd, start, firstEnd, undefined, undefined, mention.start));
  }
  return out.sort((a, b) => a.start - b.start);
}

function _instrumentFor(text: string, provision: _ProvisionMention, instruments: _InstrumentMention[]): _InstrumentMention | 'foreign' | undefined {
  if (provision.keyword === undefined) {
    // A bare number belongs to the instrument it follows.
    return instruments.find((m) => m.start === provision.groupStart);
  }
  const after = text.slice(provision.groupEnd);
  const connector = CONNECTOR.exec(after)?.[0].length ?? 0;
  const following = instruments.find((m) => m.start === provision.groupEnd + connector);
  if (following) return following;
  if (FOREIGN_AFTER.test(after)) return 'foreign';
  const before = instruments.filter((m) => m.end <= provision.groupStart);
  const nearest = before[before.length - 1];
  if (!nearest) return undefined;
  const gap = text.slice(nearest.end, provision.groupStart + 1);
  if (gap.length > 81 || /[!?;\n]|\.\s+[A-Z]/.test(gap)) return undefined;
  return nearest;
}

/** Finds every citation of a provision in the register, with its position and any corrections. */
export function _findCitations(text: string): _Found[] {
  const instruments = _instrumentMentions(text);
  const found: _Found[] = [];
  for (const provision of _provisionMentions(text, instruments)) {
    const mention = _instrumentFor(text, provision, instruments);
    if (mention === undefined || mention === 'foreign') continue;
    const { rule } = mention;
    const corrections: string[] = [];
    if (mention.year !== undefined && mention.year !== rule.year) {
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
    if (provision.first && provision.keyword === undefined) start = mention.start;
    else if (provision.first) {
      const gapBefore = mention.end <= provision.groupStart ? text.slice(mention.end, provision.groupStart) : undefined;
      if (gapBefore !== undefined && /^\s*,?\s*$/.test(gapBefore)) start = mention.start;
    }
    if (provision.single && mention.start >= provision.end) end = mention.end;
    found.push({
      start,
      end,
      id: id as LegislationId,
      subdivision: provision.subdivision?.replace(/\s+/g, '') || undefined,
      corrections,
    });
  }
  return found;
}
