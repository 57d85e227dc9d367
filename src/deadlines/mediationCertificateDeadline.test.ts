import { describe, expect, it } from 'vitest';
import { mediationCertificateDeadline } from './mediationCertificateDeadline.js';

describe('mediationCertificateDeadline (3 working days)', () => {
  it.each([
    ['declined on a Friday: Mon, Tue, Wed', 'mediation-declined', '2026-11-27', '2026-12-02'],
    ['ended just before Christmas 2026: 24, 29, 30 Dec', 'mediation-ended', '2026-12-23', '2026-12-30'],
    ['not arranged, over Easter 2026: Tue 7, Wed 8, Thu 9 Apr', 'mediation-not-arranged', '2026-04-02', '2026-04-09'],
    ['ended on a Saturday: Mon, Tue, Wed', 'mediation-ended', '2026-11-28', '2026-12-02'],
  ] as const)('%s', (_reason, event, date, dueDate) => {
    const result = mediationCertificateDeadline({ event, date });
    expect(result.dueDate).toBe(dueDate);
    expect(result.verification).toBe('secondary');
    expect(result.caveats[0]).toMatch(/not yet checked it against the text/);
  });

  it('refuses an unknown event and a bad date', () => {
    expect(() => mediationCertificateDeadline({ event: 'ended' as never, date: '2026-01-05' })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'event' }));
    expect(() => mediationCertificateDeadline({ event: 'mediation-ended', date: '5 Jan 2026' })).toThrow(expect.objectContaining({ code: 'INVALID_DATE', argument: 'date' }));
  });
});
