import { describe, expect, it } from 'vitest';
import { answer } from './answer.js';
import { nextSteps, type Situation } from './nextSteps.js';
import { startFlow } from './startFlow.js';

const TODAY = '2026-11-28';
const waiting: Situation = {
  mediationDate: '2026-11-26',
  mediationResult: 'none-agreed',
  mediationSubject: ['plan-contents'],
  satisfied: false,
  decisionLetterDate: '2026-09-01',
  certificateStatus: 'waiting',
};

describe('nextSteps on a situation', () => {
  it('gives each step its organisations, law, FAQs, sources and dates', () => {
    const result = nextSteps(waiting, { today: TODAY });
    expect(result.outcome.id).toBe('appeal-get-certificate');
    const within = result.steps.find((s) => s.id === 'appeal-within-a-month');
    expect(within?.organisations.map((o) => o.id)).toEqual(['send-tribunal']);
    expect(within?.legislation.map((l) => l.citation)).toEqual(['HESC Tribunal Rules 2008, r. 20', 'HESC Tribunal Rules 2008, r. 12']);
    expect(within?.dueDates[0]).toMatchObject({ kind: 'earliest', dueDate: '2027-01-04', passed: false });
    expect(within?.dueDates[0]?.steps.map((s) => s.rule)).toContain('HESC Rules 2008, rule 20(1)(c)(ii)');
    const never = result.steps.find((s) => s.id === 'if-certificate-never-comes');
    expect(never?.sources.map((s) => s.url)).toContain('https://gov.uk/appeal-sen-statement-decision');
  });

  it('leaves meetingType out to mean mediation, and reads a certificate date as "received"', () => {
    const { certificateStatus: _drop, ...rest } = waiting;
    const result = nextSteps({ ...rest, mediationCertificateDate: '2026-11-27' }, { today: TODAY });
    expect(result.state.answers['meeting-type']).toBe('mediation');
    expect(result.state.answers['certificate-status']).toBe('received');
    expect(result.outcome.id).toBe('appeal');
  });

  it('does not change its input, and one result cannot change another (the shared lists are frozen)', () => {
    const input = structuredClone(waiting);
    const first = nextSteps(input, { today: TODAY });
    expect(input).toEqual(waiting);
    const within = first.steps.find((s) => s.id === 'appeal-within-a-month');
    expect(() => within?.organisations.push({ id: 'x', name: 'x' })).toThrow(TypeError);
    expect(() => {
      (within?.organisations[0] as { name: string }).name = 'x';
    }).toThrow(TypeError);
    first.steps[0]!.dueDates = [];
    first.state.answers['meeting-type'] = 'x';
    const second = nextSteps(input, { today: TODAY });
    expect(second.steps.find((s) => s.id === 'appeal-within-a-month')?.organisations.map((o) => o.name)).toEqual(['First-tier Tribunal (Special Educational Needs and Disability)']);
    expect(second.steps[0]?.dueDates.length).toBeGreaterThan(0);
    expect(second.state.answers['meeting-type']).toBe('mediation');
  });
});

describe('nextSteps on a flow state', () => {
  it('gives a web form that asked one question a screen the same steps and dates as the situation', () => {
    let state = startFlow('after-mediation', { today: TODAY });
    state = answer(state, 'meeting-type', 'mediation');
    state = answer(state, 'mediation-date', '2026-11-26');
    state = answer(state, 'mediation-result', 'none-agreed');
    state = answer(state, 'mediation-subject', ['plan-contents']);
    state = answer(state, 'satisfied', 'no');
    state = answer(state, 'decision-letter-date', '2026-09-01');
    state = answer(state, 'certificate-status', 'waiting');
    expect(nextSteps(state, { today: TODAY })).toEqual(nextSteps(waiting, { today: TODAY }));
  });

  it('refuses a state that has not reached an outcome, naming the next question', () => {
    const state = answer(startFlow('after-mediation'), 'meeting-type', 'mediation');
    expect(() => nextSteps(state, { today: TODAY })).toThrow(expect.objectContaining({ code: 'INCOMPLETE_SITUATION', argument: 'state.answers["mediation-date"]' }));
  });

  it('refuses a state whose today is not options.today', () => {
    const state = { ...nextSteps(waiting, { today: TODAY }).state, today: '2026-11-27' };
    expect(() => nextSteps(state, { today: TODAY })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'options.today' }));
  });
});

describe('nextSteps: bad input', () => {
  it('says which fact the path needs', () => {
    expect(() => nextSteps({ mediationDate: '2026-11-26', mediationResult: 'none-agreed', mediationSubject: ['plan-contents'] }, { today: TODAY })).toThrow(
      expect.objectContaining({ code: 'INCOMPLETE_SITUATION', argument: 'situation.satisfied' }),
    );
    expect(() => nextSteps({ mediationResult: 'none-agreed' }, { today: TODAY })).toThrow(
      expect.objectContaining({ code: 'INCOMPLETE_SITUATION', argument: 'situation.mediationDate' }),
    );
    expect(() => nextSteps({ ...waiting, certificateStatus: undefined } as never, { today: TODAY })).toThrow(
      expect.objectContaining({ code: 'INCOMPLETE_SITUATION', argument: 'situation.certificateStatus' }),
    );
  });

  it('refuses an invalid fact, naming the field', () => {
    expect(() => nextSteps({ mediationDate: '2026-11-26', mediationResult: 'sort-of' as never }, { today: TODAY })).toThrow(
      expect.objectContaining({ code: 'INVALID_ANSWER', argument: 'situation.mediationResult' }),
    );
    expect(() => nextSteps({ ...waiting, certificateStatus: 'asked' }, { today: TODAY })).toThrow(
      expect.objectContaining({ code: 'INVALID_ANSWER', argument: 'situation.certificateStatus' }),
    );
  });

  it('refuses a field it does not know, so a typo is not silently ignored', () => {
    expect(() => nextSteps({ ...waiting, certficateStatus: 'waiting' } as never, { today: TODAY })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'situation.certficateStatus' }),
    );
  });

  it('needs today', () => {
    expect(() => nextSteps({ meetingType: 'not-sure' }, {} as never)).toThrow(expect.objectContaining({ code: 'INVALID_DATE', argument: 'options.today' }));
    expect(() => nextSteps({ meetingType: 'not-sure' }, null as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
