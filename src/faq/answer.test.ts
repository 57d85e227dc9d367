import { describe, expect, it } from 'vitest';
import { answer } from './answer.js';
import { currentNode } from './currentNode.js';
import { startFlow, type FlowState } from './startFlow.js';

const TODAY = '2026-11-28';
const at = (answers: FlowState['answers']): FlowState => ({ flowId: 'after-mediation', answers, today: TODAY });
const next = (state: FlowState, node: string, value: unknown) => currentNode(answer(state, node, value)).id;

describe('after-mediation flow: each option leads where it should', () => {
  it.each([
    ['all-agreed', 'mediation-subject'],
    ['some-agreed', 'mediation-subject'],
    ['none-agreed', 'mediation-subject'],
    ['not-sure', 'get-advice'],
  ])('mediation-result %s -> %s', (value, expected) => {
    expect(next(startFlow('after-mediation'), 'mediation-result', value)).toBe(expected);
  });

  it.each([
    ['all-agreed', ['plan-contents'], 'agreement-date'],
    ['all-agreed', ['health-social-care-only'], 'agreement-date'],
    ['some-agreed', ['health-social-care-only'], 'health-social-care'],
    ['none-agreed', ['school-named'], 'satisfied'],
  ])('mediation-subject after %s, %j -> %s', (result, subject, expected) => {
    expect(next(at({ 'mediation-result': result }), 'mediation-subject', subject)).toBe(expected);
  });

  it.each([
    ['some-agreed', true, 'agreement-date'],
    ['some-agreed', false, 'decision-letter-date'],
    ['none-agreed', true, 'nothing-more-to-do'],
    ['none-agreed', false, 'decision-letter-date'],
  ])('satisfied after %s, %s -> %s', (result, value, expected) => {
    expect(next(at({ 'mediation-result': result, 'mediation-subject': ['plan-contents'] }), 'satisfied', value)).toBe(expected);
  });

  const appealBase = { 'mediation-result': 'none-agreed', 'mediation-subject': ['plan-contents'], satisfied: false };
  it('decision-letter-date -> has-certificate', () => {
    expect(next(at(appealBase), 'decision-letter-date', '2026-11-02')).toBe('has-certificate');
  });

  it.each([
    ['2026-11-02', true, 'certificate-date'],
    ['2026-11-02', false, 'appeal'],
    ['2025-06-02', false, 'late-appeal'],
  ])('has-certificate with a decision sent %s, %s -> %s', (date, value, expected) => {
    expect(next(at({ ...appealBase, 'decision-letter-date': date }), 'has-certificate', value)).toBe(expected);
  });

  it.each([
    ['2026-11-20', 'appeal'],
    ['2026-10-01', 'late-appeal'],
  ])('certificate-date %s with a decision of 2026-09-01 -> %s', (date, expected) => {
    expect(next(at({ ...appealBase, 'decision-letter-date': '2026-09-01', 'has-certificate': true }), 'certificate-date', date)).toBe(expected);
  });

  const agreed = { 'mediation-result': 'all-agreed', 'mediation-subject': ['plan-contents'] };
  it('agreement-date -> agreed-actions -> council-done-it', () => {
    expect(next(at(agreed), 'agreement-date', '2026-11-25')).toBe('agreed-actions');
    expect(next(at({ ...agreed, 'agreement-date': '2026-11-25' }), 'agreed-actions', ['make-plan'])).toBe('council-done-it');
  });

  const chasing = { ...agreed, 'agreement-date': '2026-11-25', 'agreed-actions': ['make-plan'] };
  it.each([
    ['council-done-it', true, {}, 'agreement-carried-out'],
    ['council-done-it', false, {}, 'written-to-council'],
    ['written-to-council', false, { 'council-done-it': false }, 'chase-council'],
    ['written-to-council', true, { 'council-done-it': false }, 'complained'],
    ['complained', false, { 'council-done-it': false, 'written-to-council': true }, 'formal-complaint'],
    ['complained', true, { 'council-done-it': false, 'written-to-council': true }, 'ombudsman'],
  ])('%s = %s -> %s', (node, value, before, expected) => {
    expect(next(at({ ...chasing, ...before }), node, value)).toBe(expected);
  });
});

describe('answer: bad input gets its own code', () => {
  const state = at({ 'mediation-result': 'none-agreed' });

  it.each([
    ['an option that does not exist', 'mediation-result', 'maybe', 'INVALID_ANSWER'],
    ['a string for a yes/no question', 'satisfied', 'yes', 'NOT_ON_PATH'],
    ['an empty multiple choice', 'mediation-subject', [], 'INVALID_ANSWER'],
    ['a repeated choice', 'mediation-subject', ['school-named', 'school-named'], 'INVALID_ANSWER'],
    ['an unknown choice', 'mediation-subject', ['money'], 'INVALID_ANSWER'],
    ['an unknown node', 'no-such-question', 'x', 'UNKNOWN_ID'],
    ['an outcome', 'appeal', 'x', 'INVALID_ANSWER'],
    ['a question not on the path', 'agreement-date', '2026-11-01', 'NOT_ON_PATH'],
  ])('%s', (_what, node, value, code) => {
    expect(() => answer(state, node, value)).toThrow(expect.objectContaining({ code }));
  });

  it('refuses a yes/no answer that is not a boolean, and a date that is not a date', () => {
    const onSatisfied = at({ 'mediation-result': 'none-agreed', 'mediation-subject': ['plan-contents'] });
    expect(() => answer(onSatisfied, 'satisfied', 'yes')).toThrow(expect.objectContaining({ code: 'INVALID_ANSWER' }));
    const onDate = at({ 'mediation-result': 'none-agreed', 'mediation-subject': ['plan-contents'], satisfied: false });
    expect(() => answer(onDate, 'decision-letter-date', '2026-02-30')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  it('refuses a certificate dated before the decision with DATE_ORDER', () => {
    const onCertificate = at({ 'mediation-result': 'none-agreed', 'mediation-subject': ['plan-contents'], satisfied: false, 'decision-letter-date': '2026-11-02', 'has-certificate': true });
    expect(() => answer(onCertificate, 'certificate-date', '2026-10-01')).toThrow(expect.objectContaining({ code: 'DATE_ORDER' }));
  });

  it('refuses a malformed state', () => {
    expect(() => answer({} as never, 'mediation-result', 'not-sure')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'state' }));
  });
});

describe('answer: state handling', () => {
  it('returns a new state and leaves the old one alone', () => {
    const before = startFlow('after-mediation');
    const after = answer(before, 'mediation-result', 'not-sure');
    expect(before.answers).toEqual({});
    expect(after.answers).toEqual({ 'mediation-result': 'not-sure' });
  });

  it('keeps answers that still apply and drops those that no longer do when an earlier answer changes', () => {
    let state = at({});
    state = answer(state, 'mediation-result', 'some-agreed');
    state = answer(state, 'mediation-subject', ['plan-contents']);
    state = answer(state, 'satisfied', false);
    state = answer(state, 'decision-letter-date', '2026-11-02');
    const changed = answer(state, 'satisfied', true);
    expect(changed.answers).toEqual({ 'mediation-result': 'some-agreed', 'mediation-subject': ['plan-contents'], satisfied: true });
    const relabelled = answer(state, 'mediation-result', 'none-agreed');
    expect(relabelled.answers).toEqual({ 'mediation-result': 'none-agreed', 'mediation-subject': ['plan-contents'], satisfied: false, 'decision-letter-date': '2026-11-02' });
  });

  it('is plain JSON', () => {
    let state = at({});
    state = answer(state, 'mediation-result', 'all-agreed');
    state = answer(state, 'mediation-subject', ['plan-contents']);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
