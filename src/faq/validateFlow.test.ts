import { describe, expect, it } from 'vitest';
import type { Flow } from '../schemas/flow.js';
import { getFlow } from './getFlow.js';
import { validateFlow } from './validateFlow.js';

const source = { url: 'https://www.gov.uk', title: 'GOV.UK', publisher: 'GOV.UK', checked: '2026-11-28' };
const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const outcome = (id: string) => ({ id, type: 'outcome' as const, title: id, summary: id, steps: [{ id: 's', text: 'Do it.', organisations: [], legislation: [], faqs: [] }] });
const flow = (nodes: unknown[], extra: Partial<Flow> = {}): Flow => ({ id: 'test', title: 'Test', start: 'q', derived: [], sources: [source], nodes: nodes as Flow['nodes'], ...extra });
const codes = (f: Flow) => validateFlow(f).map((i) => i.code);

describe('validateFlow', () => {
  it('finds nothing wrong with the published flow', () => {
    expect(validateFlow(getFlow('after-mediation'))).toEqual([]);
  });

  it('finds nothing wrong with a small good flow', () => {
    expect(codes(flow([{ id: 'q', type: 'question', kind: 'yes-no', text: 'Q?', options: yesNo, next: 'done' }, outcome('done')]))).toEqual([]);
  });

  it.each([
    ['DUPLICATE_ID', flow([{ id: 'q', type: 'question', kind: 'date', text: 'Q?', next: 'q2' }, outcome('q2'), outcome('q2')])],
    ['UNKNOWN_START', flow([outcome('done')], { start: 'nowhere' })],
    ['UNKNOWN_NEXT', flow([{ id: 'q', type: 'question', kind: 'date', text: 'Q?', next: 'missing' }, outcome('done')])],
    ['UNREACHABLE_NODE', flow([{ id: 'q', type: 'question', kind: 'date', text: 'Q?', next: 'done' }, outcome('done'), outcome('orphan')])],
    ['DEAD_END', flow([{ id: 'q', type: 'question', kind: 'yes-no', text: 'Q?', options: [{ value: 'yes', label: 'Yes', next: 'done' }, { value: 'no', label: 'No' }] }, outcome('done')])],
    ['CYCLE', flow([{ id: 'q', type: 'question', kind: 'date', text: 'Q?', next: 'r' }, { id: 'r', type: 'question', kind: 'yes-no', text: 'R?', options: [{ value: 'yes', label: 'Yes', next: 'q' }, { value: 'no', label: 'No', next: 'done' }] }, outcome('done')])],
    ['OUTCOME_HAS_OPTIONS', flow([{ id: 'q', type: 'question', kind: 'date', text: 'Q?', next: 'done' }, { ...outcome('done'), options: yesNo }])],
    ['MISSING_OPTIONS', flow([{ id: 'q', type: 'question', kind: 'single', text: 'Q?', next: 'done' }, outcome('done')])],
    ['UNKNOWN_REFERENCE', flow([{ id: 'q', type: 'question', kind: 'date', text: 'Q?', next: 'done' }, { ...outcome('done'), steps: [{ id: 's', text: 'x', organisations: ['nobody'], legislation: ['send-regs-2099/reg-1'], faqs: ['no-faq'] }] }])],
    ['FACT_NOT_ASKED', flow([{ id: 'q', type: 'question', kind: 'date', text: 'Q?', routes: [{ when: { fact: 'later', operator: 'exists' }, next: 'done' }], next: 'later' }, { id: 'later', type: 'question', kind: 'date', text: 'L?', next: 'done' }, outcome('done')])],
  ] as const)('reports %s', (code, broken) => {
    expect(codes(broken)).toContain(code);
  });

  it('reports a calculator input that is asked on no path before the outcome', () => {
    const broken = flow([
      { id: 'q', type: 'question', kind: 'yes-no', text: 'Q?', options: [{ value: 'yes', label: 'Yes', next: 'done' }, { value: 'no', label: 'No', next: 'later' }] },
      { id: 'later', type: 'question', kind: 'date', text: 'When?', next: 'other' },
      { ...outcome('done'), steps: [{ id: 's', text: 'x', organisations: [], legislation: [], faqs: [], calculator: { id: 'appeal-deadline', inputs: { decisionLetterDate: 'later' } } }] },
      outcome('other'),
    ]);
    expect(validateFlow(broken)).toEqual([expect.objectContaining({ code: 'FACT_NOT_ASKED', node: 'done' })]);
  });

  it('accepts a step that uses a fact asked on only some paths (the step shows no date where it is missing)', () => {
    const ok = flow([
      { id: 'q', type: 'question', kind: 'yes-no', text: 'Q?', options: [{ value: 'yes', label: 'Yes', next: 'date' }, { value: 'no', label: 'No', next: 'done' }] },
      { id: 'date', type: 'question', kind: 'date', text: 'When?', next: 'done' },
      { ...outcome('done'), steps: [{ id: 's', text: 'x', organisations: [], legislation: [], faqs: [], calculator: { id: 'appeal-deadline', inputs: { decisionLetterDate: 'date' } } }] },
    ]);
    expect(validateFlow(ok)).toEqual([]);
  });

  it('reports a date rule on a question that is not a date, or against a date not asked before it', () => {
    const broken = flow([
      { id: 'q', type: 'question', kind: 'date', text: 'Q?', notBefore: [{ fact: 'r' }], next: 'r' },
      { id: 'r', type: 'question', kind: 'yes-no', text: 'R?', notBefore: [{ fact: 'q' }], options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }], next: 'done' },
      outcome('done'),
    ]);
    expect(codes(broken)).toEqual(expect.arrayContaining(['FACT_NOT_ASKED', 'UNKNOWN_REFERENCE']));
  });

  it('reports "in" or "includesAny" without a list of values', () => {
    const broken = flow([
      { id: 'q', type: 'question', kind: 'multiple', text: 'Q?', options: [{ value: 'a', label: 'A' }], routes: [{ when: { fact: 'q', operator: 'includesAny', value: 'a' }, next: 'done' }], next: 'done' },
      outcome('done'),
    ]);
    expect(codes(broken)).toContain('UNKNOWN_REFERENCE');
  });

  it('refuses something that is not a flow', () => {
    expect(() => validateFlow({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'flow' }));
  });
});
