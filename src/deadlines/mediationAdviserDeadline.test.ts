import { describe, expect, it } from 'vitest';
import { mediationAdviserDeadline } from './mediationAdviserDeadline.js';

describe('mediationAdviserDeadline (reg. 33)', () => {
  it.each([
    ['2 months after Wed 1 Oct 2025 is Mon 1 Dec 2025', '2025-10-01', '2025-12-01'],
    ['month-end clamp: 31 Dec 2025 gives 28 Feb 2026', '2025-12-31', '2026-02-28'],
    ['leap year: 31 Dec 2027 gives 29 Feb 2028', '2027-12-31', '2028-02-29'],
    ['a weekend is not moved: 10 Mar 2025 gives Sat 10 May 2025', '2025-03-10', '2025-05-10'],
  ])('%s', (_reason, decisionLetterDate, dueDate) => {
    const result = mediationAdviserDeadline({ decisionLetterDate });
    expect(result.dueDate).toBe(dueDate);
    expect(result.verification).toBe('primary');
    expect(result.legislation).toEqual(['send-regs-2014/reg-33']);
    expect(result.who).toBe('parent-or-young-person');
  });

  it('refuses bad input with a typed error', () => {
    expect(() => mediationAdviserDeadline({ decisionLetterDate: '2025-13-01' })).toThrow(expect.objectContaining({ code: 'INVALID_DATE', argument: 'decisionLetterDate' }));
    expect(() => mediationAdviserDeadline({ decisionLetterDate: '2014-01-01' })).toThrow(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }));
    expect(() => mediationAdviserDeadline(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
