import { describe, expect, it } from 'vitest';
import { getFaq } from '../content/getFaq.js';
import { getGuidancePage } from '../content/getGuidancePage.js';
import { localise } from '../content/localise.js';
import { getFlow } from '../faq/getFlow.js';
import { faqNoWrittenAgreement, pageAfterMediation } from '../items.js';
import { _isPackageItem, _lazyItem, _lazyItemFile, _lazyRecord } from './lazyItem.js';

describe('_lazyItem', () => {
  it('parses and deep-freezes on the first call, and returns the same value after', () => {
    const read = _lazyItem<{ a: { b: number[] } }>('{"a":{"b":[1]}}');
    const value = read();
    expect(read()).toBe(value);
    expect(Object.isFrozen(value.a.b)).toBe(true);
    expect(_isPackageItem(value)).toBe(true);
  });
});

describe('_isPackageItem', () => {
  it('is true for the items the package reads and freezes, by id and from the items entry', () => {
    expect(_isPackageItem(getGuidancePage('after-mediation'))).toBe(true);
    expect(pageAfterMediation()).toBe(getGuidancePage('after-mediation'));
    expect(_isPackageItem(faqNoWrittenAgreement())).toBe(true);
    expect(_isPackageItem(getFaq('no-written-agreement'))).toBe(true);
  });

  it('is false for anything a caller made, even deep-frozen, and for parts of an item', () => {
    const page = getGuidancePage('after-mediation');
    const clone = structuredClone(page);
    const deepFrozen = JSON.parse(JSON.stringify(page), (_key, value: unknown) => (typeof value === 'object' && value !== null ? Object.freeze(value) : value)) as object;
    expect(Object.isFrozen(deepFrozen)).toBe(true);
    for (const value of [clone, deepFrozen, Object.freeze({ ...page }), page.body, localise(page, { localAuthority: { name: 'Example Council' } })]) {
      expect(_isPackageItem(value)).toBe(false);
    }
    const outcome = getFlow('after-mediation').nodes.find((node) => node.type === 'outcome');
    expect(outcome && _isPackageItem(outcome)).toBe(false);
  });
});

describe('_lazyItemFile and _lazyRecord (the Node build)', () => {
  it('records an item read from a file as the package\'s own when it is plain data', () => {
    const read = _lazyItemFile<object>(() => [JSON.parse('{"title":"T","body":[]}'), []]);
    expect(_isPackageItem(read())).toBe(true);
    const record = _lazyRecord<'a/b', object>(['a/b'], (file) => [{ file }, []]);
    expect(record['a/b']).toEqual({ file: 'a~b' });
    expect(_isPackageItem(record['a/b'])).toBe(true);
  });

  it('does not when other code froze part of it first: its children could still change', () => {
    const mutable = { type: 'text', value: 'x' };
    const tampered = { title: 'T', body: Object.freeze([{ type: 'paragraph', id: 'p', content: [mutable] }]) };
    const read = _lazyItemFile<object>(() => [tampered, []]);
    expect(read()).toBe(tampered);
    expect(Object.isFrozen(tampered)).toBe(true);
    expect(_isPackageItem(tampered)).toBe(false);
  });
});
