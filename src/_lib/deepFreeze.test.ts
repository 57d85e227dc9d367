import { describe, expect, it } from 'vitest';
import { _deepFreeze, _freezeData } from './deepFreeze.js';

describe('_deepFreeze', () => {
  it('freezes everything reachable and returns the same value', () => {
    const value = { a: [{ b: 1 }], c: { d: [2] } };
    expect(_deepFreeze(value)).toBe(value);
    expect([value, value.a, value.a[0], value.c, value.c.d].every((v) => Object.isFrozen(v))).toBe(true);
  });
});

describe('_freezeData', () => {
  it('freezes parsed JSON and says it is plain data that can no longer change', () => {
    const value = JSON.parse('{"a":[{"b":"x"},[1,2]],"c":{"d":null}}') as { a: [object, number[]]; c: object };
    expect(_freezeData(value)).toBe(true);
    expect([value, value.a, value.a[0], value.a[1], value.c].every((v) => Object.isFrozen(v))).toBe(true);
  });

  it('says no when a child was frozen by someone else: its own children may still change', () => {
    const grandchild = { type: 'text', value: 'x' };
    const value = { body: Object.freeze({ content: grandchild }) };
    expect(_freezeData(value)).toBe(false);
    grandchild.value = 'changed';
    expect(grandchild.value).toBe('changed');
  });

  it('says no for a getter, a symbol key, a non-enumerable property or an object that is not plain', () => {
    const getter = {};
    Object.defineProperty(getter, 'body', { get: () => [], enumerable: true });
    const hidden = {};
    Object.defineProperty(hidden, 'body', { value: [], enumerable: false });
    class Page {
      body = [];
    }
    const children: [string, object][] = [['getter', getter], ['symbol', { [Symbol('s')]: 1 }], ['hidden', hidden], ['class', new Page()], ['no prototype', Object.create(null) as object], ['map', new Map()]];
    for (const [label, child] of children) {
      expect(_freezeData({ child }), label).toBe(false);
      expect(Object.isFrozen(child)).toBe(true);
    }
  });

  it('says no when the value itself was frozen before, and yes for a primitive', () => {
    expect(_freezeData(Object.freeze({}))).toBe(false);
    expect(_freezeData('text')).toBe(true);
  });
});
