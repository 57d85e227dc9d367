import { describe, expect, it } from 'vitest';
import { getFaq } from './getFaq.js';
import { listFaqs } from './listFaqs.js';

describe('listFaqs', () => {
  it('lists every FAQ once, sorted by id, the same objects getFaq returns', () => {
    const faqs = listFaqs();
    const ids = faqs.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['not-satisfied-with-outcome', 'council-not-done-what-it-agreed', 'mediation-agreement-time-limits']));
    expect([...ids].sort()).toEqual(ids);
    for (const faq of faqs) expect(getFaq(faq.id as 'not-satisfied-with-outcome')).toBe(faq);
  });
});

describe('listFaqs result', () => {
  it('is frozen', () => {
    expect(() => (listFaqs() as unknown[]).pop()).toThrow(TypeError);
  });
});
