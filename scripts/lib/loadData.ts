// Build-time only: reads every file in data/, turns it into the library's types, validates it with the zod schemas,
// and checks every cross-reference. Returns the content or the list of problems, each naming the file and field.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  ContentBlock,
  Faq,
  GlossaryTerm,
  GuidancePage,
  Instrument,
  WorkingDayCalendar,
  LocalAuthority,
  Source,
  Flow,
  LegalReference,
  Organisation,
  PageBlock,
  RelatedRef,
} from '../../src/schemas/index.js';
import type { InlineNode, RefKind } from '../../src/schemas/inline.js';
import { InlineError, parseInline, REF_PREFIXES } from './inline.js';
import { _validateFlowGraph } from '../../src/faq/_validateFlowGraph.js';
import { _DistrictCouncil, _FormerLocalAuthority } from '../../src/_cli/formerLocalAuthority.js';

export interface Content {
  pages: GuidancePage[];
  faqs: Faq[];
  glossary: GlossaryTerm[];
  organisations: Organisation[];
  instruments: Instrument[];
  legislation: LegalReference[];
  calendars: WorkingDayCalendar[];
  localAuthorities: LocalAuthority[];
  localAuthoritySources: Source[];
  formerLocalAuthorities: _FormerLocalAuthority[];
  districtCouncils: _DistrictCouncil[];
  flows: Flow[];
}

export interface LoadResult {
  content: Content;
  problems: string[];
}

type Raw = Record<string, unknown>;


function yamlFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

function zodProblems(error: z.ZodError, where: string): string[] {
  return error.issues.map((issue) => {
    const path = issue.path
      .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
      .join('');
    return `${where}${path}: ${issue.message}`;
  });
}

/** Turns the authoring form of a content block into the library's form. */
function convertBlock(raw: unknown, where: string): unknown {
  if (typeof raw !== 'object' || raw === null) throw new InlineError(`${where}: expected a block`);
  const block = raw as Raw;
  switch (block['type']) {
    case 'heading':
      return { type: 'heading', id: block['id'], level: block['level'] ?? 2, content: parseInline(block['text'], `${where}.text`) };
    case 'paragraph':
      return { type: 'paragraph', id: block['id'], content: parseInline(block['text'], `${where}.text`) };
    case 'warning':
      return { type: 'warning', id: block['id'], content: parseInline(block['text'], `${where}.text`) };
    case 'list': {
      const items = block['items'];
      if (!Array.isArray(items)) throw new InlineError(`${where}.items: expected a list of text items`);
      return {
        type: 'list',
        id: block['id'],
        ordered: block['ordered'] ?? false,
        items: items.map((item, i) => parseInline(item, `${where}.items[${i}]`)),
      };
    }
    case 'inset': {
      const text = block['text'];
      const paragraphs = Array.isArray(text) ? text : [text];
      return {
        type: 'inset',
        id: block['id'],
        content: paragraphs.map((p, i) => parseInline(p, `${where}.text${Array.isArray(text) ? `[${i}]` : ''}`)),
      };
    }
    default:
      throw new InlineError(
        `${where}.type: unknown block type ${JSON.stringify(block['type'])} (expected heading, paragraph, list, inset, warning or faq)`,
      );
  }
}

function parseRelated(value: unknown, where: string): unknown {
  if (typeof value !== 'string') return value;
  const match = /^([a-z]+):(.+)$/.exec(value);
  const kind = match ? REF_PREFIXES[match[1] as string] : undefined;
  if (!match || !kind) throw new InlineError(`${where}: expected org:ID, law:ID, faq:ID, page:ID or term:ID (found "${value}")`);
  return { kind, id: match[2] };
}

/** Every inline node in `blocks`, with its path. FAQ items in a page are skipped: the FAQ's own file is checked. */
function* inlineNodes(blocks: readonly unknown[]): Generator<{ node: InlineNode; path: string }> {
  for (const [i, block] of blocks.entries()) {
    const b = block as Raw;
    const runs: [InlineNode[], string][] = [];
    if (Array.isArray(b['content']) && b['type'] !== 'inset') runs.push([b['content'] as InlineNode[], `[${i}].content`]);
    if (b['type'] === 'inset') (b['content'] as InlineNode[][]).forEach((run, j) => runs.push([run, `[${i}].content[${j}]`]));
    if (b['type'] === 'list') (b['items'] as InlineNode[][]).forEach((run, j) => runs.push([run, `[${i}].items[${j}]`]));
    for (const [run, path] of runs) for (const [k, node] of run.entries()) yield { node, path: `${path}[${k}]` };
  }
}

function blockIds(blocks: readonly unknown[]): string[] {
  return blocks.flatMap((block) => {
    const b = block as Raw;
    return [String(b['id']), ...(b['type'] === 'faq' ? blockIds(b['answer'] as unknown[]) : [])];
  });
}

/** Loads, converts, validates and cross-checks everything under `dataDir`. */
export function loadData(dataDir: string): LoadResult {
  const problems: string[] = [];
  const rel = (path: string): string => relative(join(dataDir, '..'), path);
  const content: Content = { pages: [], faqs: [], glossary: [], organisations: [], instruments: [], legislation: [], calendars: [], localAuthorities: [], localAuthoritySources: [], formerLocalAuthorities: [], districtCouncils: [], flows: [] };

  function readYaml(path: string): unknown {
    try {
      return parseYaml(readFileSync(path, 'utf8'), { uniqueKeys: true });
    } catch (error) {
      problems.push(`${rel(path)}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
  }

  function validate<T>(schema: z.ZodType<T>, value: unknown, where: string): T | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    problems.push(...zodProblems(result.error, where));
    return undefined;
  }

  /** Each file in data/<folder>/, validated with `schema` and checked to be named after its id. */
  function* eachItem<T extends { id: string }>(folder: string, schema: z.ZodType<T>): Generator<{ item: T; where: string }> {
    for (const path of yamlFiles(join(dataDir, folder))) {
      const raw = readYaml(path);
      const item = raw === undefined ? undefined : validate(schema, raw, rel(path) + ': ');
      if (!item) continue;
      const where = rel(path);
      if (!path.endsWith(`/${item.id}.yaml`)) problems.push(`${where}: the file name must be the id ("${item.id}.yaml")`);
      yield { item, where };
    }
  }

  for (const { item: term, where } of eachItem('glossary', GlossaryTerm)) {
    if (term.reviewDue <= term.lastReviewed) problems.push(`${where}: reviewDue must be after lastReviewed`);
    content.glossary.push(term);
  }

  // FAQs first: pages copy their question and answer.
  const faqById = new Map<string, Faq>();
  for (const path of yamlFiles(join(dataDir, 'faqs'))) {
    const raw = readYaml(path) as Raw | undefined;
    if (!raw) continue;
    const where = rel(path);
    try {
      const answer = Array.isArray(raw['answer'])
        ? raw['answer'].map((b, i) => convertBlock(b, `${where}: answer[${i}]`))
        : raw['answer'];
      const related = Array.isArray(raw['related'])
        ? raw['related'].map((r, i) => parseRelated(r, `${where}: related[${i}]`))
        : raw['related'];
      const faq = validate(Faq, { ...raw, answer, related }, where + ': ');
      if (faq) {
        if (!path.endsWith(`/${faq.id}.yaml`)) problems.push(`${where}: the file name must be the id ("${faq.id}.yaml")`);
        if (faqById.has(faq.id)) problems.push(`${where}: id "${faq.id}" is used by another FAQ`);
        faqById.set(faq.id, faq);
        content.faqs.push(faq);
      }
    } catch (error) {
      problems.push(error instanceof InlineError ? error.message : `${where}: ${(error as Error).message}`);
    }
  }

  for (const path of yamlFiles(join(dataDir, 'pages'))) {
    const raw = readYaml(path) as Raw | undefined;
    if (!raw) continue;
    const where = rel(path);
    try {
      const body = Array.isArray(raw['body'])
        ? raw['body'].map((b, i) => {
            const blockWhere = `${where}: body[${i}]`;
            const block = b as Raw;
            if (block?.['type'] !== 'faq') return convertBlock(b, blockWhere);
            const faqId = String(block['faq']);
            const faq = faqById.get(faqId);
            if (!faq) {
              throw new InlineError(
                `${blockWhere}.faq: no FAQ has the id "${faqId}" (known: ${[...faqById.keys()].join(', ') || 'none'})`,
              );
            }
            return { type: 'faq', id: block['id'] ?? `faq-${faqId}`, faqId, question: faq.question, answer: faq.answer };
          })
        : raw['body'];
      const page = validate(GuidancePage, { ...raw, body }, where + ': ');
      if (page) {
        if (!path.endsWith(`/${page.id}.yaml`)) problems.push(`${where}: the file name must be the id ("${page.id}.yaml")`);
        content.pages.push(page);
      }
    } catch (error) {
      problems.push(error instanceof InlineError ? error.message : `${where}: ${(error as Error).message}`);
    }
  }

  for (const { item: org } of eachItem('organisations', Organisation)) content.organisations.push(org);

  const instrumentsPath = join(dataDir, 'legislation', 'instruments.yaml');
  for (const path of yamlFiles(join(dataDir, 'legislation'))) {
    const raw = readYaml(path) as Raw | undefined;
    if (!raw) continue;
    if (path === instrumentsPath) {
      const list = validate(Instrument.array(), raw['instruments'], rel(path) + ': instruments');
      if (list) content.instruments.push(...list);
    } else {
      const list = validate(LegalReference.array(), raw['references'], rel(path) + ': references');
      if (list) content.legislation.push(...list);
    }
  }

  for (const { item: calendar, where } of eachItem('calendars', WorkingDayCalendar)) {
    calendar.holidays.forEach((holiday, i) => {
      const previous = calendar.holidays[i - 1];
      if (previous && previous.date >= holiday.date) problems.push(`${where}: holidays[${i}]: dates must be in order and unique (${holiday.date})`);
      if (holiday.date < calendar.coverage.from || holiday.date > calendar.coverage.to) {
        problems.push(`${where}: holidays[${i}]: ${holiday.date} is outside coverage`);
      }
    });
    content.calendars.push(calendar);
  }

  for (const path of yamlFiles(join(dataDir, 'local-authorities'))) {
    const raw = readYaml(path) as Raw | undefined;
    if (!raw) continue;
    const list = validate(LocalAuthority.array(), raw['authorities'], rel(path) + ': authorities');
    const sources = validate(Source.array().min(1), raw['sources'], rel(path) + ': sources');
    if (list) content.localAuthorities.push(...list);
    if (sources) content.localAuthoritySources.push(...sources);
  }

  // Former councils (for the CLI's suggestions): each successor must be a current SEND authority.
  for (const path of yamlFiles(join(dataDir, 'former-local-authorities'))) {
    const raw = readYaml(path) as Raw | undefined;
    if (!raw) continue;
    validate(Source.array().min(1), raw['sources'], rel(path) + ': sources');
    const list = validate(_FormerLocalAuthority.array(), raw['former'], rel(path) + ': former');
    const current = new Set(content.localAuthorities.map((a) => a.gssCode));
    for (const former of list ?? []) {
      if (current.has(former.gssCode)) problems.push(`${rel(path)}: ${former.gssCode} (${former.name}) is a current local authority`);
      for (const code of former.successors) if (!current.has(code)) problems.push(`${rel(path)}: ${former.gssCode}.successors: ${code} is not a current local authority`);
    }
    if (list) content.formerLocalAuthorities.push(...list);
  }
  for (const path of yamlFiles(join(dataDir, 'district-councils'))) {
    const raw = readYaml(path) as Raw | undefined;
    if (!raw) continue;
    validate(Source.array().min(1), raw['sources'], rel(path) + ': sources');
    const list = validate(_DistrictCouncil.array(), raw['districts'], rel(path) + ': districts');
    const counties = new Set(content.localAuthorities.filter((a) => a.type === 'county').map((a) => a.gssCode));
    for (const district of list ?? []) {
      if (!counties.has(district.county)) problems.push(`${rel(path)}: ${district.gssCode}.county: ${district.county} is not a current county council`);
    }
    if (list) content.districtCouncils.push(...list);
  }

  // Unique ids.
  const unique = (kind: string, ids: string[]): void => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`data/: two ${kind} have the id "${id}"`);
      seen.add(id);
    }
  };
  unique('pages', content.pages.map((p) => p.id));
  unique('pages (slug)', content.pages.map((p) => p.slug));
  unique('pages (contentId)', content.pages.map((p) => p.contentId));
  unique('organisations', content.organisations.map((o) => o.id));
  unique('glossary terms', content.glossary.map((t) => t.id));
  unique('instruments', content.instruments.map((i) => i.id));
  unique('legal references', content.legislation.map((l) => l.id));
  unique('local authorities (gssCode)', content.localAuthorities.map((a) => a.gssCode));
  unique('local authorities (name)', content.localAuthorities.map((a) => a.name.toLowerCase()));
  unique('former local authorities (gssCode)', content.formerLocalAuthorities.map((a) => a.gssCode));
  unique('district councils (gssCode)', content.districtCouncils.map((a) => a.gssCode));
  unique('local authorities (short name)', content.localAuthorities.map((a) => a.shortName.toLowerCase()));


  // Cross-references.
  const known: Record<RefKind, Set<string>> = {
    organisation: new Set(content.organisations.map((o) => o.id)),
    legislation: new Set(content.legislation.map((l) => l.id)),
    faq: new Set(content.faqs.map((f) => f.id)),
    page: new Set(content.pages.map((p) => p.id)),
    glossary: new Set(content.glossary.map((t) => t.id)),
  };
  const checkRef = (kind: RefKind, id: string, where: string): void => {
    if (!known[kind].has(id)) {
      problems.push(`${where}: reference to unknown ${kind} "${id}" (known: ${[...known[kind]].sort().join(', ') || 'none'})`);
    }
  };
  const instrumentIds = new Set(content.instruments.map((i) => i.id));
  for (const ref of content.legislation) {
    if (!instrumentIds.has(ref.instrument)) {
      problems.push(`data/legislation: ${ref.id}.instrument: unknown instrument "${ref.instrument}"`);
    }
  }
  for (const page of content.pages) {
    const where = `data/pages/${page.id}.yaml: body`;
    for (const { node, path } of inlineNodes(page.body)) {
      if (node.type === 'ref') checkRef(node.kind, node.id, where + path);
    }
    unique(`blocks in page "${page.id}"`, blockIds(page.body));
    checkDates(page, `data/pages/${page.id}.yaml`, problems);
  }
  for (const faq of content.faqs) {
    const where = `data/faqs/${faq.id}.yaml`;
    for (const { node, path } of inlineNodes(faq.answer)) {
      if (node.type === 'ref') checkRef(node.kind, node.id, `${where}: answer${path}`);
    }
    faq.related.forEach((ref, i) => checkRef(ref.kind, ref.id, `${where}: related[${i}]`));
    unique(`blocks in FAQ "${faq.id}"`, blockIds(faq.answer));
    if (faq.reviewDue <= faq.lastReviewed) problems.push(`${where}: reviewDue must be after lastReviewed`);
  }

  for (const path of yamlFiles(join(dataDir, 'flows'))) {
    const raw = readYaml(path);
    const flow = raw === undefined ? undefined : validate(Flow, raw, rel(path) + ': ');
    if (!flow) continue;
    if (!path.endsWith(`/${flow.id}.yaml`)) problems.push(`${rel(path)}: the file name must be the id ("${flow.id}.yaml")`);
    for (const issue of _validateFlowGraph(flow, { faq: known.faq, organisation: known.organisation, legislation: known.legislation })) {
      problems.push(`${rel(path)}: ${issue.code}${issue.node ? ` at "${issue.node}"` : ''}: ${issue.message}`);
    }
    content.flows.push(flow);
  }
  unique('flows', content.flows.map((f) => f.id));

  // Keep the checks honest: these schemas are used here, not only imported.
  void ContentBlock;
  void PageBlock;
  void RelatedRef;
  return { content, problems };
}

function checkDates(page: GuidancePage, where: string, problems: string[]): void {
  if (page.lastUpdated < page.firstPublished) problems.push(`${where}: lastUpdated is before firstPublished`);
  if (page.reviewDue <= page.lastReviewed) problems.push(`${where}: reviewDue must be after lastReviewed`);
  const dates = page.changeHistory.map((c) => c.date);
  if (dates.some((d, i) => i > 0 && d > (dates[i - 1] as string))) {
    problems.push(`${where}: changeHistory must be newest first`);
  }
  if (dates[0] !== page.lastUpdated) problems.push(`${where}: the newest changeHistory entry must be dated lastUpdated`);
}
