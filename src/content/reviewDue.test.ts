import { describe, expect, it } from 'vitest';
import { reviewDue } from './reviewDue.js';

describe('reviewDue', () => {
  it('finds nothing stale the day after publication', () => {
    expect(reviewDue('2026-11-29')).toEqual([]);
  });

  it('lists the pages, FAQs and glossary terms on their review date, and facts a year after they were checked', () => {
    expect(reviewDue('2027-05-28').filter((s) => s.reason === 'review due')).toEqual([]);
    const stale = reviewDue('2027-05-29');
    const due = stale.filter((s) => s.reason === 'review due').map((s) => `${s.kind}:${s.id}`);
    expect(due).toEqual(expect.arrayContaining(['page:after-mediation', 'page:mediation-certificate', 'faq:mediation-agreement-time-limits', 'glossary:tribunal']));
    expect(due).toHaveLength(5 + 6 + 14);
    expect(stale.every((s) => s.due <= '2027-05-29')).toBe(true);
    expect(reviewDue('2027-11-28').some((s) => s.kind === 'organisation' && s.id === 'lgsco')).toBe(true);
    expect(reviewDue('2027-06-01', { maxAgeMonths: 6 }).some((s) => s.kind === 'legislation')).toBe(true);
  });

  it('refuses a bad day or age', () => {
    expect(() => reviewDue('2027-02-30')).toThrow(expect.objectContaining({ code: 'INVALID_DATE', argument: 'on' }));
    expect(() => reviewDue('2027-01-01', { maxAgeMonths: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
