import { describe, expect, it } from 'vitest';
import { getFaq } from './getFaq.js';

describe('getFaq', () => {
  it('returns the FAQ with its answer, related items and sources', () => {
    const faq = getFaq('mediation-agreement-time-limits');
    expect(faq.question).toMatch(/agreed at mediation/);
    expect(faq.answer.length).toBeGreaterThan(1);
    expect(faq.related).toContainEqual({ kind: 'legislation', id: 'send-regs-2014/reg-42' });
    expect(faq.sources.every((s) => s.url.startsWith('https://'))).toBe(true);
  });

  it('throws UNKNOWN_ID with the valid ids', () => {
    expect(() => getFaq('appeal' as never)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_ID', message: expect.stringContaining('"not-satisfied-with-outcome"') }),
    );
  });

  it('returns deeply frozen data', () => {
    const faq = getFaq('not-satisfied-with-outcome');
    expect(() => {
      (faq.related as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(getFaq('not-satisfied-with-outcome').related.length).toBeGreaterThan(0);
  });
});
