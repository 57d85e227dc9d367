import { describe, expect, it } from 'vitest';
import { mediationTimeline } from './mediationTimeline.js';

describe('mediationTimeline', () => {
  it('puts every date in order, given and computed, for a mediation that ended in an agreement', () => {
    const timeline = mediationTimeline({
      decisionLetterDate: '2026-06-01',
      mediationRequestedDate: '2026-06-15',
      mediationEndedDate: '2026-07-01',
      mediationCertificateDate: '2026-07-03',
      agreementDate: '2026-07-01',
      agreedActions: ['make-plan', 'other'],
    });
    expect(timeline.map((e) => `${e.date} ${e.kind} ${e.event}`)).toEqual([
      '2026-06-01 given decision-letter',
      '2026-06-15 given mediation-requested',
      '2026-07-01 given mediation-ended',
      '2026-07-01 given mediation-agreement',
      '2026-07-03 given mediation-certificate',
      '2026-07-06 deadline certificate-due',
      '2026-07-15 deadline mediation-due',
      '2026-07-15 deadline other/other',
      '2026-08-01 deadline contact-mediation-adviser',
      '2026-08-05 deadline make-plan/draft-plan',
      '2026-09-01 deadline appeal-last-day',
      '2026-09-16 deadline make-plan/final-plan',
    ]);
    const dates = timeline.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('adds the certificate deadline when mediation was declined', () => {
    const timeline = mediationTimeline({ decisionLetterDate: '2026-10-01', mediationDeclinedDate: '2026-10-09' });
    expect(timeline.find((e) => e.event === 'certificate-due')?.date).toBe('2026-10-14');
  });

  it('refuses dates before the decision, and actions without an agreement date', () => {
    expect(() => mediationTimeline({ decisionLetterDate: '2026-10-01', mediationCertificateDate: '2026-09-01' })).toThrow(
      expect.objectContaining({ code: 'DATE_ORDER', argument: 'mediationCertificateDate' }),
    );
    expect(() => mediationTimeline({ decisionLetterDate: '2026-10-01', agreedActions: ['other'] })).toThrow(expect.objectContaining({ code: 'DATE_ORDER' }));
    expect(() => mediationTimeline({ decisionLetterDate: '2026-10-01', agreementDate: '2026-10-40' })).toThrow(expect.objectContaining({ code: 'INVALID_DATE', argument: 'agreementDate' }));
  });
});
