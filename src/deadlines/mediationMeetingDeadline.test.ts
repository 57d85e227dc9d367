import { describe, expect, it } from 'vitest';
import { mediationMeetingDeadline } from './mediationMeetingDeadline.js';

describe('mediationMeetingDeadline (30 days)', () => {
  it('counts 30 calendar days, across a month end and a leap day', () => {
    expect(mediationMeetingDeadline({ toldDate: '2026-11-02' }).dueDate).toBe('2026-12-02');
    expect(mediationMeetingDeadline({ toldDate: '2028-02-10' }).dueDate).toBe('2028-03-11');
  });

  it('is marked secondary and mentions the 5 working days notice', () => {
    const result = mediationMeetingDeadline({ toldDate: '2026-11-02' });
    expect(result.verification).toBe('secondary');
    expect(result.caveats.join(' ')).toContain("5 working days' notice");
  });

  it('refuses a bad date', () => {
    expect(() => mediationMeetingDeadline({ toldDate: '2026-11-31' })).toThrow(expect.objectContaining({ code: 'INVALID_DATE', argument: 'toldDate' }));
  });
});
