import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _addMonths, _addDays } from '../_lib/plainDate.js';
import { legislationIds } from '../_generated/ids.js';
import { appealDeadline } from './appealDeadline.js';
import { isWorkingDay } from './isWorkingDay.js';

// Worked examples: shared/facts/legal-facts.md §9 (A1-A14) and more. Each name gives the reason.
describe('appealDeadline: worked examples', () => {
  it.each([
    ['A1 plain: 2 months after Tue 10 Feb 2026 is Fri 10 Apr, a working day', '2026-02-10', undefined, '2026-04-10', 'decision-letter'],
    ['A2 certificate later: 1 month from Fri 2 May 2025 (Mon 2 Jun) beats 2 months (Sat 10 May)', '2025-03-10', '2025-05-02', '2025-06-02', 'mediation-certificate'],
    ['A3 certificate earlier: 2 months wins, Sat 10 May 2025 moves to Mon 12 May', '2025-03-10', '2025-03-20', '2025-05-12', 'decision-letter'],
    ['A4 weekend: Sun 12 Apr 2026 moves to Mon 13 Apr', '2026-02-12', undefined, '2026-04-13', 'decision-letter'],
    ['A5 early May bank holiday: Mon 4 May 2026 moves to Tue 5 May', '2026-03-04', undefined, '2026-05-05', 'decision-letter'],
    ['A6 Easter: Good Friday 3 Apr 2026 moves past the weekend and Easter Monday to Tue 7 Apr', '2026-02-03', undefined, '2026-04-07', 'decision-letter'],
    ['A7 Christmas window: Thu 25 Dec 2025 gives the first working day after 1 Jan, Fri 2 Jan 2026', '2025-10-25', undefined, '2026-01-02', 'decision-letter'],
    ["A8 IPSEA's example: certificate 29 Nov gives 29 Dec, in the window, so Fri 2 Jan 2026", '2025-10-01', '2025-11-29', '2026-01-02', 'mediation-certificate'],
    ['A9 window and substitute day: Mon 2 Jan 2023 was a bank holiday, so Tue 3 Jan 2023', '2022-10-28', undefined, '2023-01-03', 'decision-letter'],
    ['A10 August: Mon 10 Aug 2026 gives the first working day after 31 Aug, Tue 1 Sep 2026', '2026-06-10', undefined, '2026-09-01', 'decision-letter'],
    ['A11 month-end clamp in a leap year: 31 Dec 2023 + 2 months is Thu 29 Feb 2024', '2023-12-31', undefined, '2024-02-29', 'decision-letter'],
    ['A12 month-end clamp in a normal year: 31 Dec 2024 + 2 months is Fri 28 Feb 2025', '2024-12-31', undefined, '2025-02-28', 'decision-letter'],
    ['A13 two readings: Sun 24 Dec 2023 moves to Wed 27 Dec, the earlier, certain date', '2023-10-24', undefined, '2023-12-27', 'decision-letter'],
    ['A14 two readings in summer: Sat 31 Jul 2021 moves to Mon 2 Aug, the earlier, certain date', '2021-05-31', undefined, '2021-08-02', 'decision-letter'],
    ['1 January itself is in the window: 1 Nov 2026 + 2 months is Fri 1 Jan 2027, so Mon 4 Jan 2027', '2026-11-01', undefined, '2027-01-04', 'decision-letter'],
    ['window when 2 January is not a working day: 28 Dec 2021 gives Tue 4 Jan 2022 (Mon 3 Jan was the substitute)', '2021-10-28', undefined, '2022-01-04', 'decision-letter'],
    ['31 August bank holiday does not matter: the day after 31 Aug 2020 was Tue 1 Sep', '2020-06-15', undefined, '2020-09-01', 'decision-letter'],
    ['August ending on a Saturday: 1 Sep 2029 falls on a Saturday, so Mon 3 Sep 2029', '2029-06-20', undefined, '2029-09-03', 'decision-letter'],
    ['certificate on 29 Feb 2024: one month later is 29 Mar 2024, Good Friday, so Tue 2 Apr', '2024-01-10', '2024-02-29', '2024-04-02', 'mediation-certificate'],
    ['certificate on 31 Jan 2025 clamps to Fri 28 Feb 2025, later than the 2-month date', '2024-12-20', '2025-01-31', '2025-02-28', 'mediation-certificate'],
    ['certificate giving the same date as the 2-month limit keeps the decision-letter basis', '2026-01-15', '2026-02-15', '2026-03-16', 'decision-letter'],
    ['certificate on the same day as the decision letter', '2026-02-10', '2026-02-10', '2026-04-10', 'decision-letter'],
    ['Boxing Day substitute inside the window still gives the first working day after 1 Jan: Mon 4 Jan 2021', '2020-10-28', undefined, '2021-01-04', 'decision-letter'],
    ['coronation bank holiday: Mon 8 May 2023 moves to Tue 9 May', '2023-03-08', undefined, '2023-05-09', 'decision-letter'],
    ['State Funeral bank holiday: Mon 19 Sep 2022 moves to Tue 20 Sep', '2022-07-19', undefined, '2022-09-20', 'decision-letter'],
    ['spring bank holiday moved in 2022: Thu 2 Jun and Fri 3 Jun are holidays, so Mon 6 Jun', '2022-04-02', undefined, '2022-06-06', 'decision-letter'],
    ['VE Day 2020: Fri 8 May moves to Mon 11 May', '2020-03-08', undefined, '2020-05-11', 'decision-letter'],
    ['the first day of the rules: a decision sent on 1 Sep 2014 gives Mon 3 Nov 2014 (1 Nov was a Saturday)', '2014-09-01', undefined, '2014-11-03', 'decision-letter'],
  ])('%s', (_reason, decisionLetterDate, mediationCertificateDate, lastDay, basis) => {
    const result = appealDeadline(
      mediationCertificateDate === undefined ? { decisionLetterDate } : { decisionLetterDate, mediationCertificateDate },
    );
    expect(result.lastDay).toBe(lastDay);
    expect(result.basis).toBe(basis);
    expect(result.time).toBe('17:00');
  });
});

describe('appealDeadline: explanation', () => {
  it('explains each rule applied, with the dates before and after, ending with 5pm', () => {
    const result = appealDeadline({ decisionLetterDate: '2025-10-01', mediationCertificateDate: '2025-11-29' });
    expect(result.steps.map((s) => s.rule)).toEqual([
      'HESC Rules 2008, rule 20(1)(c)(i)',
      'HESC Rules 2008, rule 20(1)(c)(ii)',
      'HESC Rules 2008, rule 12(3)(a)',
      'HESC Rules 2008, rules 12(1) and 20(1)',
    ]);
    expect(result.steps[0]).toMatchObject({ before: '2025-10-01', after: '2025-12-01' });
    expect(result.steps[1]).toMatchObject({ before: '2025-12-01', after: '2025-12-29' });
    expect(result.steps[2]).toMatchObject({ before: '2025-12-29', after: '2026-01-02' });
    expect(result.steps[3]?.description).toBe('The tribunal must receive the appeal by 5pm on Friday 2 January 2026. Posting it on that day is not enough.');
    expect(result.legislation).toEqual(['hesc-rules-2008/rule-20', 'hesc-rules-2008/rule-12', 'hesc-rules-2008/rule-1']);
  });

  it('names the holiday that moved the date', () => {
    const result = appealDeadline({ decisionLetterDate: '2026-03-04' });
    expect(result.steps[1]?.description).toBe(
      'Monday 4 May 2026 is not a working day (Early May bank holiday), so the appeal is in time on the next working day: Tuesday 5 May 2026.',
    );
  });

  it('says when the month-end clamp applied', () => {
    expect(appealDeadline({ decisionLetterDate: '2023-12-31' }).steps[0]?.description).toContain('That month has no day 31');
  });

  it('says when the rules can be read two ways, in steps and caveats', () => {
    const result = appealDeadline({ decisionLetterDate: '2023-10-24' });
    expect(result.caveats[0]).toMatch(/can be read two ways.*certainly in time/);
    expect(result.caveats[0]).toContain('first working day after 1 January');
    expect(result.steps.some((s) => /read two ways/.test(s.description))).toBe(true);
    expect(appealDeadline({ decisionLetterDate: '2021-05-31' }).caveats[0]).toContain('first working day after 31 August');
    expect(appealDeadline({ decisionLetterDate: '2026-02-10' }).caveats.some((c) => /two ways/.test(c))).toBe(false);
  });

  it('marks a date that depends on projected bank holidays', () => {
    const published = appealDeadline({ decisionLetterDate: '2027-06-01' });
    expect(published.projected).toBe(false);
    const projected = appealDeadline({ decisionLetterDate: '2029-02-01' });
    expect(projected.projected).toBe(true);
    expect(projected.caveats.join(' ')).toMatch(/Bank holidays for 2029 are not yet in the published list/);
  });

  it('names only legal references that exist', () => {
    const known: readonly string[] = legislationIds;
    const result = appealDeadline({ decisionLetterDate: '2023-10-24', mediationCertificateDate: '2023-11-01' });
    for (const id of [...result.legislation, ...result.steps.flatMap((s) => s.legislation)]) expect(known).toContain(id);
  });

  it('does not change its input', () => {
    const input = Object.freeze({ decisionLetterDate: '2025-10-01', mediationCertificateDate: '2025-11-29' });
    expect(() => appealDeadline(input)).not.toThrow();
    expect(input).toEqual({ decisionLetterDate: '2025-10-01', mediationCertificateDate: '2025-11-29' });
  });
});

describe('appealDeadline: bad input', () => {
  it.each([
    [{ decisionLetterDate: '2026-02-30' }, 'INVALID_DATE', 'decisionLetterDate'],
    [{ decisionLetterDate: '01/10/2026' }, 'INVALID_DATE', 'decisionLetterDate'],
    [{ decisionLetterDate: new Date('2026-10-01') }, 'INVALID_DATE', 'decisionLetterDate'],
    [{ decisionLetterDate: '2026-10-01', mediationCertificateDate: '2026-11-31' }, 'INVALID_DATE', 'mediationCertificateDate'],
    [{ decisionLetterDate: '2014-08-31' }, 'DATE_OUT_OF_RANGE', 'decisionLetterDate'],
    [{ decisionLetterDate: '2026-10-01', mediationCertificateDate: '2026-09-30' }, 'DATE_ORDER', 'mediationCertificateDate'],
  ])('%j -> %s naming %s', (input, code, argument) => {
    expect(() => appealDeadline(input as never)).toThrow(expect.objectContaining({ code, argument }));
  });

  it('refuses something that is not an object', () => {
    expect(() => appealDeadline(undefined as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => appealDeadline('2026-10-01' as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

// Property tests over dates from 2014 to 2040.
const MIN = Date.UTC(2014, 8, 1);
const MAX = Date.UTC(2040, 11, 31);
const date = fc.integer({ min: 0, max: (MAX - MIN) / 86_400_000 }).map((n) => new Date(MIN + n * 86_400_000).toISOString().slice(0, 10));
const input = fc
  .tuple(date, fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }))
  .map(([decisionLetterDate, gap]) =>
    gap === undefined ? { decisionLetterDate } : { decisionLetterDate, mediationCertificateDate: _addDays(decisionLetterDate, gap) },
  );

function plainRule20(i: { decisionLetterDate: string; mediationCertificateDate?: string }): string {
  const two = _addMonths(i.decisionLetterDate, 2);
  const one = i.mediationCertificateDate === undefined ? two : _addMonths(i.mediationCertificateDate, 1);
  return one > two ? one : two;
}

describe('appealDeadline: properties (2014-2040)', () => {
  it('is always a working day', () => {
    fc.assert(fc.property(input, (i) => {
      expect(isWorkingDay(appealDeadline(i).lastDay)).toBe(true);
    }), { numRuns: 1000 });
  });

  it('is never earlier than the plain rule-20 date', () => {
    fc.assert(fc.property(input, (i) => {
      expect(appealDeadline(i).lastDay >= plainRule20(i)).toBe(true);
    }), { numRuns: 1000 });
  });

  it('is never earlier when either date moves later', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 60 }), fc.boolean(), (i, shift, moveCertificate) => {
        const before = appealDeadline(i).lastDay;
        const moved =
          moveCertificate && i.mediationCertificateDate !== undefined
            ? { ...i, mediationCertificateDate: _addDays(i.mediationCertificateDate, shift) }
            : { ...i, decisionLetterDate: _addDays(i.decisionLetterDate, shift), ...(i.mediationCertificateDate === undefined ? {} : { mediationCertificateDate: _addDays(i.mediationCertificateDate, shift) }) };
        expect(appealDeadline(moved).lastDay >= before).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the first working day after 31 August or 1 January when the rule-20 date falls in August or 25 Dec-1 Jan', () => {
    fc.assert(
      fc.property(input, (i) => {
        const end = plainRule20(i);
        const md = end.slice(5);
        const lastDay = appealDeadline(i).lastDay;
        if (md.startsWith('08')) {
          const anchor = `${end.slice(0, 4)}-08-31`;
          expect(lastDay > anchor).toBe(true);
          for (let d = _addDays(anchor, 1); d < lastDay; d = _addDays(d, 1)) expect(isWorkingDay(d)).toBe(false);
        } else if (md >= '12-25' || md === '01-01') {
          const year = md === '01-01' ? end.slice(0, 4) : String(Number(end.slice(0, 4)) + 1);
          const anchor = `${year}-01-01`;
          expect(lastDay > anchor).toBe(true);
          for (let d = _addDays(anchor, 1); d < lastDay; d = _addDays(d, 1)) expect(isWorkingDay(d)).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('otherwise is the rule-20 date or the first working day after it', () => {
    fc.assert(
      fc.property(input, (i) => {
        const end = plainRule20(i);
        const md = end.slice(5);
        if (md.startsWith('08') || md >= '12-25' || md === '01-01') return;
        const lastDay = appealDeadline(i).lastDay;
        for (let d = end; d < lastDay; d = _addDays(d, 1)) expect(isWorkingDay(d)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
