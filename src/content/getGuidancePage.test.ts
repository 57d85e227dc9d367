import { describe, expect, it } from 'vitest';
import { GuidanceError } from '../errors.js';
import { getGuidancePage } from './getGuidancePage.js';

describe('getGuidancePage', () => {
  it('returns the page with its envelope', () => {
    const page = getGuidancePage('after-mediation');
    expect(page.id).toBe('after-mediation');
    expect(page.slug).toBe('after-your-mediation');
    expect(page.locale).toBe('en-GB');
    expect(page.body.length).toBeGreaterThan(5);
  });

  it('throws UNKNOWN_ID naming the valid ids and the closest match', () => {
    let caught: unknown;
    try {
      getGuidancePage('after-mediaton' as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GuidanceError);
    const error = caught as GuidanceError;
    expect(error.code).toBe('UNKNOWN_ID');
    expect(error.argument).toBe('id');
    expect(error.message).toContain('No guidance page has the id "after-mediaton".');
    expect(error.message).toContain('Did you mean "after-mediation"?');
    expect(error.expected).toContain('after-mediation');
  });

  it('does not find inherited properties', () => {
    expect(() => getGuidancePage('toString' as never)).toThrow(/No guidance page has the id "toString"/);
    expect(() => getGuidancePage('__proto__' as never)).toThrow(GuidanceError);
  });

  it('throws UNKNOWN_ID for a value that is not a string', () => {
    expect(() => getGuidancePage(42 as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('returns deeply frozen data: a change attempt throws and nobody sees a change', () => {
    const page = getGuidancePage('after-mediation');
    const title = page.title;
    const firstBlock = JSON.stringify(page.body[0]);
    expect(() => {
      (page as { title: string }).title = 'Changed';
    }).toThrow(TypeError);
    expect(() => {
      (page.body as unknown[]).push({});
    }).toThrow(TypeError);
    const paragraph = page.body[0];
    if (paragraph?.type !== 'paragraph') throw new Error('expected a paragraph first');
    expect(() => {
      (paragraph.content[0] as { value: string }).value = 'Changed';
    }).toThrow(TypeError);
    expect(() => {
      (page.sources[0] as { url: string }).url = 'https://evil.example';
    }).toThrow(TypeError);
    const again = getGuidancePage('after-mediation');
    expect(again.title).toBe(title);
    expect(JSON.stringify(again.body[0])).toBe(firstBlock);
    expect(again.sources[0]?.url).not.toBe('https://evil.example');
  });

  it('gives a copy made with structuredClone that the caller may change', () => {
    const copy = structuredClone(getGuidancePage('after-mediation'));
    copy.title = 'Local title';
    expect(copy.title).toBe('Local title');
    expect(getGuidancePage('after-mediation').title).toBe('After your mediation');
  });
});
