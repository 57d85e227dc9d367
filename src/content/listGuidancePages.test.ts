import { describe, expect, it } from 'vitest';
import { getGuidancePage } from './getGuidancePage.js';
import { listGuidancePages } from './listGuidancePages.js';

describe('listGuidancePages', () => {
  it('lists every page once, sorted by id, the same objects getGuidancePage returns', () => {
    const pages = listGuidancePages();
    const ids = pages.map((p) => p.id);
    expect(ids).toContain('after-mediation');
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const page of pages) expect(getGuidancePage(page.id as 'after-mediation')).toBe(page);
  });

  it('returns a frozen list', () => {
    expect(() => (listGuidancePages() as unknown[]).push(1)).toThrow(TypeError);
  });
});
