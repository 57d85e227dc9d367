import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _addDays } from '../_lib/plainDate.js';
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

  it('never puts the last day to appeal before a mediation that has ended without a certificate yet', () => {
    // The case: decision 1 Sep, mediation ended 27 Nov, no certificate. The 2-month date (2 Nov) is not the
    // last day: the certificate will give 1 month from its date, at least 27 Dec, moved to Mon 4 Jan 2027 (r.12(3)(a)).
    const timeline = mediationTimeline({ decisionLetterDate: '2026-09-01', mediationEndedDate: '2026-11-27' });
    const appeal = timeline.find((e) => e.event.startsWith('appeal-'));
    expect(appeal).toMatchObject({ event: 'appeal-earliest-last-day', date: '2027-01-04' });
    expect(timeline.some((e) => e.event === 'appeal-last-day')).toBe(false);
  });

  it('after a request for mediation, the earliest last day is at least a month after the request', () => {
    const timeline = mediationTimeline({ decisionLetterDate: '2026-09-01', mediationRequestedDate: '2026-10-20' });
    expect(timeline.find((e) => e.event === 'appeal-earliest-last-day')?.date).toBe('2026-11-20');
  });

  it('property: the appeal entry comes after every mediation step and certificate given', () => {
    const offset = fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), offset, offset, offset, offset, (start, requested, ended, declined, certificate) => {
        const decisionLetterDate = _addDays('2015-01-01', start);
        const at = (n: number | undefined) => (n === undefined ? undefined : _addDays(decisionLetterDate, n));
        const input = {
          decisionLetterDate,
          ...(requested === undefined ? {} : { mediationRequestedDate: at(requested) as string }),
          ...(ended === undefined ? {} : { mediationEndedDate: at(ended) as string }),
          ...(declined === undefined ? {} : { mediationDeclinedDate: at(declined) as string }),
          ...(certificate === undefined ? {} : { mediationCertificateDate: at(certificate) as string }),
        };
        const steps = [input.mediationRequestedDate, input.mediationEndedDate, input.mediationDeclinedDate].filter((d) => d !== undefined);
        if (input.mediationCertificateDate !== undefined && steps.some((d) => input.mediationCertificateDate! < d!)) {
          expect(() => mediationTimeline(input)).toThrow(expect.objectContaining({ code: 'DATE_ORDER', argument: 'mediationCertificateDate' }));
          return;
        }
        const timeline = mediationTimeline(input);
        const appeal = timeline.filter((e) => e.event === 'appeal-last-day' || e.event === 'appeal-earliest-last-day');
        expect(appeal).toHaveLength(1);
        const latestGiven = [input.mediationRequestedDate, input.mediationEndedDate, input.mediationDeclinedDate, input.mediationCertificateDate].filter((d) => d !== undefined).sort().pop();
        if (latestGiven !== undefined) expect(appeal[0]!.date > latestGiven).toBe(true);
        expect(appeal[0]!.event).toBe(input.mediationCertificateDate === undefined ? 'appeal-earliest-last-day' : 'appeal-last-day');
      }),
      { numRuns: 500 },
    );
  });
});
