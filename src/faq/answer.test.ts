import { describe, expect, it } from 'vitest';
import { answer } from './answer.js';
import { currentNode } from './currentNode.js';
import { nextSteps } from './nextSteps.js';
import { outcomeOf } from './outcomeOf.js';
import { startFlow, type FlowState } from './startFlow.js';

const TODAY = '2026-11-28';
const at = (answers: Record<string, unknown>, today: string | undefined = TODAY): FlowState =>
  (today === undefined ? { flowId: 'after-mediation', answers } : { flowId: 'after-mediation', answers, today }) as FlowState;
const next = (state: FlowState, node: string, value: unknown) => currentNode(answer(state, node, value)).id;

const med = { 'meeting-type': 'mediation', 'mediation-date': '2026-11-20' };
const dr = { 'meeting-type': 'disagreement-resolution', 'mediation-date': '2026-11-20' };
const unhappy = { ...med, 'mediation-result': 'none-agreed', 'mediation-subject': ['plan-contents'], satisfied: false };

describe('after-mediation flow: each option leads where it should', () => {
  it.each([
    ['mediation', 'mediation-date'],
    ['disagreement-resolution', 'mediation-date'],
    ['not-sure', 'get-advice'],
  ])('meeting-type %s -> %s', (value, expected) => {
    expect(next(startFlow('after-mediation'), 'meeting-type', value)).toBe(expected);
  });

  it.each([
    ['all-agreed', 'mediation-subject'],
    ['none-agreed', 'mediation-subject'],
    ['not-sure', 'get-advice'],
  ])('mediation-result %s -> %s', (value, expected) => {
    expect(next(at(med), 'mediation-result', value)).toBe(expected);
  });

  it.each([
    [med, 'all-agreed', ['plan-contents'], 'agreement-written'],
    [dr, 'all-agreed', ['plan-contents'], 'council-done-it'],
    [med, 'some-agreed', ['health-care'], 'satisfied'],
    [med, 'none-agreed', ['school-named'], 'satisfied'],
  ])('mediation-subject after %j, %s, %j -> %s', (meeting, result, subject, expected) => {
    expect(next(at({ ...meeting, 'mediation-result': result }), 'mediation-subject', subject)).toBe(expected);
  });

  it.each([
    [med, 'some-agreed', ['plan-contents'], true, 'agreement-written'],
    [dr, 'some-agreed', ['plan-contents'], true, 'council-done-it'],
    [med, 'some-agreed', ['plan-contents'], false, 'decision-letter-date'],
    [med, 'none-agreed', ['plan-contents'], true, 'nothing-more-to-do'],
    [med, 'none-agreed', ['plan-contents'], false, 'decision-letter-date'],
    // Education subjects keep the appeal route whatever else is ticked.
    [med, 'none-agreed', ['health-care', 'refusal-to-assess'], false, 'decision-letter-date'],
    [med, 'none-agreed', ['social-care', 'school-named'], false, 'decision-letter-date'],
    [med, 'none-agreed', ['health-care'], false, 'health-social-care'],
    [med, 'none-agreed', ['health-care', 'social-care'], false, 'health-social-care'],
  ])('satisfied after %j, %s, %j, %s -> %s', (meeting, result, subject, value, expected) => {
    expect(next(at({ ...meeting, 'mediation-result': result, 'mediation-subject': subject }), 'satisfied', value)).toBe(expected);
  });

  it('decision-letter-date leads to the certificate question that fits the meeting', () => {
    expect(next(at(unhappy), 'decision-letter-date', '2026-10-15')).toBe('certificate-status');
    expect(next(at({ ...unhappy, ...dr }), 'decision-letter-date', '2026-10-15')).toBe('dr-certificate');
  });

  it.each([
    ['received', '2026-10-15', ['plan-contents'], 'certificate-date'],
    ['waiting', '2026-10-15', ['plan-contents'], 'appeal-get-certificate'],
    ['waiting', '2025-06-02', ['plan-contents'], 'appeal-get-certificate'],
    ['not-needed', '2026-10-15', ['school-named'], 'appeal'],
    ['not-needed', '2026-09-10', ['school-named'], 'late-appeal'],
    ['not-needed', '2026-10-15', ['plan-contents'], 'appeal-get-certificate'],
  ])('certificate-status %s (decision %s, %j) -> %s', (value, decision, subject, expected) => {
    expect(next(at({ ...unhappy, 'mediation-subject': subject, 'decision-letter-date': decision }), 'certificate-status', value)).toBe(expected);
  });

  it.each([
    ['received', '2026-10-15', 'certificate-date'],
    ['asked', '2026-06-01', 'appeal-get-certificate'],
    ['not-asked', '2026-10-15', 'appeal-contact-adviser'],
    ['not-asked', '2026-06-01', 'late-appeal'],
  ])('dr-certificate %s (decision %s) -> %s', (value, decision, expected) => {
    expect(next(at({ ...unhappy, ...dr, 'decision-letter-date': decision }), 'dr-certificate', value)).toBe(expected);
  });

  it.each([
    ['2026-11-24', 'appeal'],
    ['2026-11-20', 'appeal'],
  ])('certificate-date %s -> %s', (date, expected) => {
    expect(next(at({ ...unhappy, 'decision-letter-date': '2026-09-01', 'certificate-status': 'received' }), 'certificate-date', date)).toBe(expected);
  });

  it('a certificate long past, after disagreement resolution, leads to a late appeal', () => {
    expect(next(at({ ...unhappy, ...dr, 'decision-letter-date': '2026-06-01', 'dr-certificate': 'received' }), 'certificate-date', '2026-06-10')).toBe('late-appeal');
  });

  const agreed = { ...med, 'mediation-result': 'all-agreed', 'mediation-subject': ['plan-contents'] };
  it('the written agreement comes before any reg. 42 date', () => {
    expect(next(at(agreed), 'agreement-written', false)).toBe('get-written-agreement');
    expect(next(at(agreed), 'agreement-written', true)).toBe('agreement-date');
    expect(next(at({ ...agreed, 'agreement-written': true }), 'agreement-date', '2026-11-25')).toBe('agreed-actions');
    expect(next(at({ ...agreed, 'agreement-written': true, 'agreement-date': '2026-11-25' }), 'agreed-actions', ['make-plan'])).toBe('council-done-it');
  });

  const chasing = { ...agreed, 'agreement-written': true, 'agreement-date': '2026-11-25', 'agreed-actions': ['make-plan'] };
  it.each([
    ['council-done-it', true, {}, 'agreement-carried-out'],
    ['council-done-it', false, {}, 'not-done-by'],
    ['not-done-by', ['council'], { 'council-done-it': false }, 'written-to-council'],
    ['not-done-by', ['nhs'], { 'council-done-it': false }, 'nhs-not-done'],
    ['not-done-by', ['council', 'nhs'], { 'council-done-it': false }, 'written-to-council'],
    ['written-to-council', false, { 'council-done-it': false, 'not-done-by': ['council'] }, 'chase-council'],
    ['written-to-council', true, { 'council-done-it': false, 'not-done-by': ['council'] }, 'complained'],
    ['complained', false, { 'council-done-it': false, 'not-done-by': ['council'], 'written-to-council': true }, 'formal-complaint'],
    ['complained', true, { 'council-done-it': false, 'not-done-by': ['council'], 'written-to-council': true }, 'ombudsman'],
  ])('%s = %j -> %s', (node, value, before, expected) => {
    expect(next(at({ ...chasing, ...before }), node, value)).toBe(expected);
  });
});

describe('answer: bad input gets its own code', () => {
  const state = at({ ...med, 'mediation-result': 'none-agreed' });

  it.each([
    ['an option that does not exist', 'mediation-result', 'maybe', 'INVALID_ANSWER'],
    ['a question further on', 'satisfied', 'yes', 'NOT_ON_PATH'],
    ['an empty multiple choice', 'mediation-subject', [], 'INVALID_ANSWER'],
    ['a repeated choice', 'mediation-subject', ['school-named', 'school-named'], 'INVALID_ANSWER'],
    ['an unknown choice', 'mediation-subject', ['money'], 'INVALID_ANSWER'],
    ['the old "health-social-care-only" choice', 'mediation-subject', ['health-social-care-only'], 'INVALID_ANSWER'],
    ['an unknown node', 'no-such-question', 'x', 'UNKNOWN_ID'],
    ['a prototype key as a node', 'toString', 'x', 'UNKNOWN_ID'],
    ['an outcome', 'appeal', 'x', 'INVALID_ANSWER'],
    ['a question not on the path', 'agreement-date', '2026-11-01', 'NOT_ON_PATH'],
  ])('%s', (_what, node, value, code) => {
    expect(() => answer(state, node, value)).toThrow(expect.objectContaining({ code }));
  });

  it('takes a yes/no answer as a boolean or as the option values "yes" and "no", and nothing else', () => {
    const onSatisfied = at({ ...med, 'mediation-result': 'none-agreed', 'mediation-subject': ['plan-contents'] });
    expect(answer(onSatisfied, 'satisfied', 'no').answers.satisfied).toBe(false);
    expect(answer(onSatisfied, 'satisfied', 'yes').answers.satisfied).toBe(true);
    expect(answer(onSatisfied, 'satisfied', true)).toEqual(answer(onSatisfied, 'satisfied', 'yes'));
    for (const bad of ['Yes', 'true', 1, 0, null, ['yes']]) {
      expect(() => answer(onSatisfied, 'satisfied', bad)).toThrow(expect.objectContaining({ code: 'INVALID_ANSWER', argument: 'value' }));
    }
  });

  it('refuses a date that is not a date, and dates in the wrong order', () => {
    expect(() => answer(at(unhappy), 'decision-letter-date', '2026-02-30')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => answer(at(unhappy), 'decision-letter-date', '2026-11-21')).toThrow(expect.objectContaining({ code: 'DATE_ORDER', argument: 'value' }));
    const onCertificate = at({ ...unhappy, 'decision-letter-date': '2026-11-02', 'certificate-status': 'received' });
    expect(() => answer(onCertificate, 'certificate-date', '2026-11-19')).toThrow(expect.objectContaining({ code: 'DATE_ORDER' }));
    expect(() => answer(at({ 'meeting-type': 'mediation' }), 'mediation-date', '2026-11-29')).toThrow(expect.objectContaining({ code: 'DATE_ORDER' }));
  });
});

describe('states are checked, not trusted', () => {
  const complete = { ...unhappy, 'decision-letter-date': '2026-10-15', 'certificate-status': 'waiting' };
  const functions = {
    currentNode: (s: FlowState) => currentNode(s),
    outcomeOf: (s: FlowState) => outcomeOf(s),
    answer: (s: FlowState) => answer(s, 'meeting-type', 'mediation'),
    nextSteps: (s: FlowState) => nextSteps(s, { today: TODAY }),
  };

  it('the complete state itself is accepted by every function', () => {
    for (const run of Object.values(functions)) expect(() => run(at(complete))).not.toThrow();
  });

  it.each(Object.entries(functions))('%s refuses forged and mutated states with a typed error', (_name, run) => {
    const cases: [string, FlowState, string, string?][] = [
      ['today is not a date', at(complete, 'banana'), 'INVALID_DATE', 'state.today'],
      ['today is an impossible date', at(complete, '2026-02-30'), 'INVALID_DATE', 'state.today'],
      ['an answer outside the options', at({ ...complete, 'mediation-result': 'everything' }), 'INVALID_ANSWER', 'state.answers["mediation-result"]'],
      ['a yes/no answer that is a string of something else', at({ ...complete, satisfied: 'maybe' }), 'INVALID_ANSWER', 'state.answers["satisfied"]'],
      ['a date answer that is not a date', at({ ...complete, 'decision-letter-date': 'last week' }), 'INVALID_DATE', 'state.answers["decision-letter-date"]'],
      ['a date after today', at({ ...complete, 'mediation-date': '2026-12-25' }), 'DATE_ORDER', 'state.answers["mediation-date"]'],
      ['an answer for a question off the path', at({ ...complete, 'agreement-date': '2026-11-25' }), 'INVALID_ANSWER', 'state.answers["agreement-date"]'],
      ['an answer for a question the flow does not have', at({ ...complete, 'has-certificate': true }), 'INVALID_ANSWER'],
      ['a prototype key', at(JSON.parse(`{"__proto__": {"polluted": true}, "meeting-type": "mediation"}`) as Record<string, unknown>), 'INVALID_ANSWER'],
      ['a constructor key', at({ ...complete, constructor: 'x' }), 'INVALID_ANSWER'],
      ['answers that are an array', { flowId: 'after-mediation', answers: [] } as unknown as FlowState, 'INVALID_ARGUMENT', 'state'],
      ['an extra key on the state', { ...at(complete), admin: true } as unknown as FlowState, 'INVALID_ARGUMENT', 'state'],
      ['null', null as unknown as FlowState, 'INVALID_ARGUMENT'],
    ];
    for (const [what, state, code, argument] of cases) {
      let caught: unknown;
      try {
        run(state);
      } catch (error) {
        caught = error;
      }
      expect(caught, what).toMatchObject(argument === undefined ? { name: 'GuidanceError', code } : { name: 'GuidanceError', code, argument });
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('answer: state handling', () => {
  it('returns a new state and leaves the old one alone', () => {
    const before = startFlow('after-mediation');
    const after = answer(before, 'meeting-type', 'not-sure');
    expect(before.answers).toEqual({});
    expect(after.answers).toEqual({ 'meeting-type': 'not-sure' });
  });

  it('keeps answers that still apply and drops those that no longer do when an earlier answer changes', () => {
    let state = at(med);
    state = answer(state, 'mediation-result', 'some-agreed');
    state = answer(state, 'mediation-subject', ['plan-contents']);
    state = answer(state, 'satisfied', false);
    state = answer(state, 'decision-letter-date', '2026-11-02');
    const changed = answer(state, 'satisfied', true);
    expect(changed.answers).toEqual({ ...med, 'mediation-result': 'some-agreed', 'mediation-subject': ['plan-contents'], satisfied: true });
    const relabelled = answer(state, 'mediation-result', 'none-agreed');
    expect(relabelled.answers).toEqual({ ...med, 'mediation-result': 'none-agreed', 'mediation-subject': ['plan-contents'], satisfied: false, 'decision-letter-date': '2026-11-02' });
  });

  it('is plain JSON, and survives a round trip through JSON', () => {
    let state = at(med);
    state = answer(state, 'mediation-result', 'all-agreed');
    state = answer(state, 'mediation-subject', ['plan-contents']);
    const copy = JSON.parse(JSON.stringify(state)) as FlowState;
    expect(copy).toEqual(state);
    expect(currentNode(copy).id).toBe('agreement-written');
  });
});
