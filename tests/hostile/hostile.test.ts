// Issue 14: every exported function, given long, empty, wrong-type, control-character and prototype-key input,
// answers with a GuidanceError and the right code (or, where the input is legitimate, a normal answer), quickly and
// without quoting more than a short, escaped excerpt of the input.
//
// The decision-flow functions (src/faq) are tested here too, with forged flows and states below.
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';

const LONG = 'x'.repeat(2_000_001);
const HOSTILE = {
  null: null,
  number: 42,
  object: {},
  array: [],
  empty: '',
  long: LONG,
  control: 'a\u202e\u0000\u001b[2J\u0085\u200b',
  proto: '__proto__',
  toString: 'toString',
  polluted: JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
} as const;
type Category = keyof typeof HOSTILE;
type Expected = lib.GuidanceErrorCode | 'ok';
const CATEGORIES = Object.keys(HOSTILE) as Category[];

/** One row per function and argument: how to call it with a hostile value, and the code each category gets. */
interface Row {
  name: string;
  call: (value: unknown) => unknown;
  expect: (category: Category) => Expected;
}

const page = lib.getGuidancePage('after-mediation');
const flow = lib.getFlow('after-mediation');
const state = lib.startFlow('after-mediation', { today: '2026-11-28' });
const first = lib.currentNode(state);
const situation = { mediationResult: 'not-sure' } as never;
const notText = (c: Category): boolean => c === 'null' || c === 'number' || c === 'object' || c === 'array' || c === 'polluted';

const id = (c: Category): Expected => (notText(c) ? 'INVALID_ARGUMENT' : 'UNKNOWN_ID');
const date = (): Expected => 'INVALID_DATE';
const invalid = (): Expected => 'INVALID_ARGUMENT';
const options = (c: Category): Expected => (c === 'object' || c === 'array' || c === 'polluted' ? 'ok' : 'INVALID_ARGUMENT');
/** An input object: an object without the date gets INVALID_DATE naming the field; anything else INVALID_ARGUMENT. */
const missingDate = (c: Category): Expected => (c === 'object' || c === 'array' || c === 'polluted' ? 'INVALID_DATE' : 'INVALID_ARGUMENT');

const ROWS: Row[] = [
  // Look-ups by id
  { name: 'getGuidancePage(id)', call: (v) => lib.getGuidancePage(v as never), expect: id },
  { name: 'getFaq(id)', call: (v) => lib.getFaq(v as never), expect: id },
  { name: 'getOrganisation(id)', call: (v) => lib.getOrganisation(v as never), expect: id },
  { name: 'getLegislation(id)', call: (v) => lib.getLegislation(v as never), expect: id },
  { name: 'getInstrument(id)', call: (v) => lib.getInstrument(v as never), expect: id },
  { name: 'getFlow(id)', call: (v) => lib.getFlow(v as never), expect: id },
  { name: 'formatCitation(reference)', call: (v) => lib.formatCitation(v as never), expect: id },
  { name: 'formatCitation(id, style)', call: (v) => lib.formatCitation('cfa-2014/s-55', v as never), expect: invalid },
  { name: 'formatCitation({ id, subdivision })', call: (v) => lib.formatCitation({ id: 'cfa-2014/s-55', subdivision: v as never }), expect: invalid },
  { name: 'getLocalAuthority(name)', call: (v) => lib.getLocalAuthority(v as never), expect: (c) => (notText(c) || c === 'empty' ? 'INVALID_ARGUMENT' : c === 'long' ? 'INPUT_TOO_LONG' : 'UNKNOWN_ID') },
  { name: 'findLocalIass(name)', call: (v) => lib.findLocalIass(v as never), expect: (c) => (notText(c) || c === 'empty' ? 'INVALID_ARGUMENT' : c === 'long' ? 'INPUT_TOO_LONG' : 'UNKNOWN_ID') },
  { name: 'findLocalIass(name, options)', call: (v) => lib.findLocalIass('Kent', v as never), expect: options },
  { name: 'listLegislation(filter)', call: (v) => lib.listLegislation(v as never), expect: options },
  { name: 'listLocalAuthorities(options)', call: (v) => lib.listLocalAuthorities(v as never), expect: options },
  { name: 'listLocalAuthorities({ on })', call: (v) => lib.listLocalAuthorities({ on: v as never }), expect: date },
  { name: 'findOrganisations(query)', call: (v) => lib.findOrganisations(v as never), expect: invalid },
  { name: 'findOrganisations(query, options)', call: (v) => lib.findOrganisations({ need: 'advice' }, v as never), expect: options },
  { name: 'findOrganisations({ need, localIass })', call: (v) => lib.findOrganisations({ need: 'advice' }, { localIass: v as never }), expect: () => 'INVALID_DETAILS' },
  { name: 'toOpenReferral(organisations)', call: (v) => lib.toOpenReferral(v as never), expect: (c) => (c === 'array' ? 'ok' : 'INVALID_ARGUMENT') },
  // Citations
  { name: 'findCitations(text)', call: (v) => lib.findCitations(v as never), expect: (c) => (notText(c) ? 'INVALID_ARGUMENT' : c === 'long' ? 'INPUT_TOO_LONG' : 'ok') },
  { name: 'parseCitation(text)', call: (v) => lib.parseCitation(v as never), expect: (c) => (notText(c) ? 'INVALID_ARGUMENT' : c === 'long' ? 'INPUT_TOO_LONG' : 'ok') },
  // Dates and deadlines
  { name: 'isWorkingDay(date)', call: (v) => lib.isWorkingDay(v as never), expect: date },
  { name: 'isWorkingDay(date, calendar)', call: (v) => lib.isWorkingDay('2026-11-30', v as never), expect: invalid },
  { name: 'nextWorkingDay(date)', call: (v) => lib.nextWorkingDay(v as never), expect: date },
  { name: 'addWorkingDays(date, n)', call: (v) => lib.addWorkingDays(v as never, 1), expect: date },
  { name: 'addWorkingDays(date, days)', call: (v) => lib.addWorkingDays('2026-11-30', v as never), expect: (c) => (c === 'number' ? 'ok' : 'INVALID_ARGUMENT') },
  { name: 'listBankHolidays(year)', call: (v) => lib.listBankHolidays(v as never), expect: (c) => (c === 'number' ? 'DATE_OUT_OF_RANGE' : 'INVALID_ARGUMENT') },
  { name: 'appealDeadline(input)', call: (v) => lib.appealDeadline(v as never), expect: missingDate },
  { name: 'appealDeadline({ decisionLetterDate })', call: (v) => lib.appealDeadline({ decisionLetterDate: v as never }), expect: date },
  { name: 'mediationAgreementDeadlines(input)', call: (v) => lib.mediationAgreementDeadlines(v as never), expect: missingDate },
  { name: 'mediationAgreementDeadlines({ agreementDate })', call: (v) => lib.mediationAgreementDeadlines({ agreementDate: v as never, actions: ['other'] }), expect: date },
  { name: 'mediationAgreementDeadlines({ actions })', call: (v) => lib.mediationAgreementDeadlines({ agreementDate: '2026-11-02', actions: v as never }), expect: invalid },
  { name: 'mediationAdviserDeadline(input)', call: (v) => lib.mediationAdviserDeadline(v as never), expect: missingDate },
  { name: 'mediationAdviserDeadline({ decisionLetterDate })', call: (v) => lib.mediationAdviserDeadline({ decisionLetterDate: v as never }), expect: date },
  { name: 'mediationMeetingDeadline({ toldDate })', call: (v) => lib.mediationMeetingDeadline({ toldDate: v as never }), expect: date },
  { name: 'mediationCertificateDeadline({ date })', call: (v) => lib.mediationCertificateDeadline({ event: 'mediation-ended', date: v as never }), expect: date },
  { name: 'mediationCertificateDeadline({ event })', call: (v) => lib.mediationCertificateDeadline({ event: v as never, date: '2026-11-02' }), expect: invalid },
  // Content and rendering
  { name: 'localise(page)', call: (v) => lib.localise(v as never, { localAuthority: { name: 'Kent' } }), expect: invalid },
  { name: 'localise(page, details)', call: (v) => lib.localise(page, v as never), expect: () => 'INVALID_DETAILS' },
  // "__proto__" and "toString" are odd but harmless names: accepted as text.
  { name: 'localise(page, { localAuthority: { name } })', call: (v) => lib.localise(page, { localAuthority: { name: v as never } }), expect: (c) => (c === 'proto' || c === 'toString' ? 'ok' : 'INVALID_DETAILS') },
  { name: 'renderHtml(content)', call: (v) => lib.renderHtml(v as never), expect: invalid },
  { name: 'renderHtml(page, options)', call: (v) => lib.renderHtml(page, v as never), expect: options },
  { name: 'renderMarkdown(content)', call: (v) => lib.renderMarkdown(v as never), expect: invalid },
  { name: 'renderMarkdown(page, options)', call: (v) => lib.renderMarkdown(page, v as never), expect: options },
  { name: 'renderText(content)', call: (v) => lib.renderText(v as never), expect: invalid },
  { name: 'renderText(page, options)', call: (v) => lib.renderText(page, v as never), expect: options },
  { name: 'toJsonLd(content)', call: (v) => lib.toJsonLd(v as never), expect: invalid },
  { name: 'reviewDue(on)', call: (v) => lib.reviewDue(v as never), expect: date },
  { name: 'reviewDue(on, options)', call: (v) => lib.reviewDue('2026-11-29', v as never), expect: options },
  // The decision flow (src/faq)
  { name: 'startFlow(flow)', call: (v) => lib.startFlow(v as never), expect: (c) => (notText(c) ? 'INVALID_ARGUMENT' : 'UNKNOWN_ID') },
  { name: 'startFlow(flow, options)', call: (v) => lib.startFlow('after-mediation', v as never), expect: options },
  { name: 'answer(state)', call: (v) => lib.answer(v as never, first.id, 'x'), expect: invalid },
  { name: 'answer(state, nodeId)', call: (v) => lib.answer(state, v as never, 'x'), expect: (c) => (notText(c) ? 'INVALID_ARGUMENT' : 'UNKNOWN_ID') },
  { name: 'answer(state, nodeId, value)', call: (v) => lib.answer(state, first.id, v), expect: () => 'INVALID_ANSWER' },
  { name: 'currentNode(state)', call: (v) => lib.currentNode(v as never), expect: invalid },
  { name: 'outcomeOf(state)', call: (v) => lib.outcomeOf(v as never), expect: invalid },
  { name: 'nextSteps(situation)', call: (v) => lib.nextSteps(v as never, { today: '2026-11-28' }), expect: (c) => (c === 'object' ? 'INCOMPLETE_SITUATION' : 'INVALID_ARGUMENT') },
  { name: 'nextSteps(situation, options)', call: (v) => lib.nextSteps(situation, v as never), expect: missingDate },
  { name: 'nextSteps(situation, { today })', call: (v) => lib.nextSteps(situation, { today: v as never }), expect: date },
  { name: 'validateFlow(flow)', call: (v) => lib.validateFlow(v as never), expect: invalid },
  { name: 'flowToMermaid(flow)', call: (v) => lib.flowToMermaid(v as never), expect: invalid },
  { name: 'flowToDot(flow)', call: (v) => lib.flowToDot(v as never), expect: invalid },
];


function check(row: Row, category: Category): void {
  const expected = row.expect(category);
  let thrown: unknown;
  let result: unknown;
  try {
    result = row.call(HOSTILE[category]);
  } catch (error) {
    thrown = error;
  }
  if (expected === 'ok') {
    expect(thrown, `${row.name} threw ${String(thrown)}`).toBeUndefined();
    void result;
    return;
  }
  expect(lib.isGuidanceError(thrown), `${row.name} / ${category} threw ${thrown instanceof Error ? `${thrown.name}: ${thrown.message.slice(0, 200)}` : String(thrown)}`).toBe(true);
  const error = thrown as lib.GuidanceError;
  expect(error.code, error.message.slice(0, 300)).toBe(expected);
  // A short message that quotes no raw control or bidi character.
  expect(error.message.length, error.message.slice(0, 300)).toBeLessThan(1_000);
  expect(error.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e]/);
}

describe.each(ROWS.map((row) => [row.name, row] as const))('%s', (_name, row) => {
  for (const category of CATEGORIES) {
    it(`${category} -> ${row.expect(category)}`, () => check(row, category));
  }
});

describe('forged content and state', () => {
  const forged: [string, () => unknown, lib.GuidanceErrorCode][] = [
    ['renderHtml: a heading of level 9 (no <hNaN> or <h9>)', () => lib.renderHtml({ ...page, body: [{ type: 'heading', id: 'x', level: 9, content: [{ type: 'text', value: 'x' }] }] } as never), 'INVALID_ARGUMENT'],
    ['renderHtml: a heading with no level', () => lib.renderHtml({ ...page, body: [{ type: 'heading', id: 'x', content: [{ type: 'text', value: 'x' }] }] } as never), 'INVALID_ARGUMENT'],
    ['renderText: a text node without text', () => lib.renderText({ ...page, body: [{ type: 'paragraph', id: 'x', content: [{ type: 'text' }] }] } as never), 'INVALID_ARGUMENT'],
    ['renderMarkdown: a block of an unknown type', () => lib.renderMarkdown({ ...page, body: [{ type: 'script', id: 'x' }] } as never), 'INVALID_ARGUMENT'],
    ['renderHtml: a page with a bad review date', () => lib.renderHtml({ ...page, lastReviewed: '2026-02-30' } as never), 'INVALID_ARGUMENT'],
    ['renderHtml: a link without children', () => lib.renderHtml({ ...page, body: [{ type: 'paragraph', id: 'x', content: [{ type: 'link', href: 'https://x.org' }] }] } as never), 'INVALID_ARGUMENT'],
    ['renderText: an outcome with a step that is not an object', () => lib.renderText({ ...flow.nodes.find((n) => n.type === 'outcome'), steps: [null] } as never), 'INVALID_ARGUMENT'],
    ['renderHtml: content nested without end', () => {
      let node: Record<string, unknown> = { type: 'text', value: 'x' };
      for (let i = 0; i < 10_000; i++) node = { type: 'strong', children: [node] };
      return lib.renderHtml({ ...page, body: [{ type: 'paragraph', id: 'x', content: [node] }] } as never);
    }, 'INVALID_ARGUMENT'],
    ['isWorkingDay: a calendar whose holidays were replaced', () => lib.isWorkingDay('2026-12-25', { ...lib.englandAndWalesCalendar, holidays: 'none' } as never), 'INVALID_ARGUMENT'],
    ['addWorkingDays: a calendar with no coverage', () => lib.addWorkingDays('2026-12-25', 1, { ...lib.englandAndWalesCalendar, coverage: null } as never), 'INVALID_ARGUMENT'],
    ['findLocalIass: a provider that returns a forged service', () => lib.findLocalIass('Kent', { provider: () => ({ name: 'x' }) as never }), 'INVALID_DETAILS'],
  ];
  it.each(forged)('%s', (_label, call, code) => {
    expect(call).toThrow(expect.objectContaining({ name: 'GuidanceError', code }));
  });
});

describe('forged flows (src/faq)', () => {
  const cyclic = {
    ...flow,
    id: 'cyclic',
    start: 'a',
    nodes: [
      { id: 'a', type: 'question', kind: 'single', text: 'A?', options: [{ value: 'x', label: 'X' }], next: 'b' },
      { id: 'b', type: 'question', kind: 'single', text: 'B?', options: [{ value: 'x', label: 'X' }], next: 'a' },
    ],
  };
  const toStringNode = {
    ...flow,
    id: 'to-string',
    start: 'toString',
    nodes: [{ id: 'toString', type: 'outcome', title: 'Done', summary: 'Done.', steps: [] }],
  };
  const cases: [string, () => unknown, lib.GuidanceErrorCode][] = [
    ['startFlow: a custom flow with a cycle', () => lib.startFlow(cyclic as never), 'INVALID_FLOW'],
    ['answer: a custom flow with a cycle', () => lib.answer({ flowId: 'cyclic', answers: {}, today: '2026-11-28' } as never, 'a', 'x', cyclic as never), 'INVALID_FLOW'],
    ['startFlow: a node id of "toString"', () => lib.startFlow(toStringNode as never), 'INVALID_FLOW'],
    ['answer: a forged state with answers from the prototype', () => lib.answer({ flowId: 'after-mediation', answers: JSON.parse('{"__proto__": {"x": 1}}'), today: '2026-11-28' } as never, 'toString', 'x'), 'UNKNOWN_ID'],
    ['currentNode: a state naming a flow that does not exist', () => lib.currentNode({ flowId: 'toString', answers: {}, today: '2026-11-28' } as never), 'UNKNOWN_ID'],
  ];
  for (const [label, call, code] of cases) {
    it(label, () => {
      expect(call).toThrow(expect.objectContaining({ name: 'GuidanceError', code }));
    });
  }
});
