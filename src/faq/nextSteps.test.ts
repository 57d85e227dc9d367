import { describe, expect, it } from 'vitest';
import { nextSteps, type Situation } from './nextSteps.js';

const TODAY = '2026-11-28';
const none: Situation = { mediationResult: 'none-agreed', mediationSubject: ['plan-contents'], satisfied: false };
const agreed: Situation = { mediationResult: 'all-agreed', mediationSubject: ['plan-contents'], agreementDate: '2026-10-01', agreedActions: ['make-plan'] };

describe('nextSteps: one situation per outcome', () => {
  it('appeal: the last day from the certificate, not passed, with the law and who to contact', () => {
    const result = nextSteps({ ...none, decisionLetterDate: '2026-10-01', mediationCertificateDate: '2026-11-27' }, { today: TODAY });
    expect(result.outcome.id).toBe('appeal');
    expect(result.steps.map((s) => s.id)).toEqual(['send-appeal', 'get-appeal-advice']);
    const [send] = result.steps;
    expect(send?.dueDates[0]).toMatchObject({ dueDate: '2027-01-04', passed: false });
    expect(send?.organisations.map((o) => o.id)).toEqual(['send-tribunal']);
    expect(send?.legislation.map((l) => l.citation)).toEqual(['Children and Families Act 2014, s. 51', 'HESC Tribunal Rules 2008, r. 20', 'HESC Tribunal Rules 2008, r. 12']);
  });

  it('appeal without a certificate: first contact the mediation adviser, by the reg. 33 date', () => {
    const result = nextSteps({ ...none, decisionLetterDate: '2026-11-02' }, { today: TODAY });
    expect(result.steps[0]).toMatchObject({ id: 'get-certificate', dueDates: [expect.objectContaining({ dueDate: '2027-01-02', passed: false })] });
    expect(result.steps[1]?.dueDates[0]?.dueDate).toBe('2027-01-04');
  });

  it('appeal after a partial agreement also reminds that the agreed part must be done', () => {
    const result = nextSteps({ ...none, mediationResult: 'some-agreed', decisionLetterDate: '2026-11-02', mediationCertificateDate: '2026-11-20' }, { today: TODAY });
    expect(result.steps.map((s) => s.id)).toContain('agreed-part-still-applies');
  });

  it('late appeal: the deadline passed, shown as passed', () => {
    const result = nextSteps({ ...none, decisionLetterDate: '2025-06-02' }, { today: TODAY });
    expect(result.outcome.id).toBe('late-appeal');
    expect(result.steps[0]?.dueDates[0]).toMatchObject({ dueDate: '2025-09-01', passed: true });
    expect(result.steps[0]?.legislation.map((l) => l.id)).toContain('hesc-rules-2008/rule-5');
  });

  it('chase the council: reg. 42/44 dates, with the missed-deadline step when they have passed', () => {
    const result = nextSteps({ ...agreed, councilDoneIt: false, writtenToCouncil: false }, { today: TODAY });
    expect(result.outcome.id).toBe('chase-council');
    expect(result.steps[0]?.dueDates.map((d) => [d.dueDate, d.passed])).toEqual([
      ['2026-11-05', true],
      ['2026-12-17', false],
    ]);
    expect(result.steps.map((s) => s.id)).toContain('deadline-missed');
    const early = nextSteps({ ...agreed, agreementDate: '2026-11-25', councilDoneIt: false, writtenToCouncil: false }, { today: TODAY });
    expect(early.steps.map((s) => s.id)).not.toContain('deadline-missed');
  });

  it('formal complaint, then the Ombudsman', () => {
    expect(nextSteps({ ...agreed, councilDoneIt: false, writtenToCouncil: true, complained: false }, { today: TODAY }).outcome.id).toBe('formal-complaint');
    const ombudsman = nextSteps({ ...agreed, councilDoneIt: false, writtenToCouncil: true, complained: true }, { today: TODAY });
    expect(ombudsman.outcome.id).toBe('ombudsman');
    expect(ombudsman.steps[0]?.organisations[0]?.id).toBe('lgsco');
    expect(ombudsman.steps[0]?.legislation.map((l) => l.id)).toEqual(['lga-1974/s-26', 'lga-1974/s-26b']);
  });

  it('health or social care only', () => {
    expect(nextSteps({ mediationResult: 'none-agreed', mediationSubject: ['health-social-care-only'] }, { today: TODAY }).outcome.id).toBe('health-social-care');
  });

  it('get advice, when unsure', () => {
    const result = nextSteps({ mediationResult: 'not-sure' }, { today: TODAY });
    expect(result.outcome.id).toBe('get-advice');
    expect(result.steps.flatMap((s) => s.organisations.map((o) => o.id))).toEqual(['iassn', 'ipsea', 'sossen']);
  });

  it('nothing more to do: the agreement was carried out, or the parent is happy', () => {
    expect(nextSteps({ ...agreed, councilDoneIt: true }, { today: TODAY }).outcome.id).toBe('agreement-carried-out');
    expect(nextSteps({ ...none, satisfied: true }, { today: TODAY }).outcome.id).toBe('nothing-more-to-do');
  });
});

describe('nextSteps: bad input', () => {
  it('says which fact the path needs', () => {
    expect(() => nextSteps({ mediationResult: 'none-agreed', mediationSubject: ['plan-contents'] }, { today: TODAY })).toThrow(
      expect.objectContaining({ code: 'INCOMPLETE_SITUATION', argument: 'situation.satisfied' }),
    );
  });

  it('refuses an invalid fact, naming the field', () => {
    expect(() => nextSteps({ mediationResult: 'sort-of' as never }, { today: TODAY })).toThrow(
      expect.objectContaining({ code: 'INVALID_ANSWER', argument: 'situation.mediationResult' }),
    );
  });

  it('needs today', () => {
    expect(() => nextSteps({ mediationResult: 'not-sure' }, {} as never)).toThrow(expect.objectContaining({ code: 'INVALID_DATE', argument: 'options.today' }));
  });
});
