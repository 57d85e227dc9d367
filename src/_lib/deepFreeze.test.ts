import { describe, expect, it } from 'vitest';
import { _deepFreeze, _freezeWhole } from './deepFreeze.js';

describe('_deepFreeze', () => {
  it('freezes everything reachable and returns the same value', () => {
    const value = { a: [{ b: 1 }], c: { d: [2] } };
    expect(_deepFreeze(value)).toBe(value);
    expect([value, value.a, value.a[0], value.c, value.c.d].every((v) => Object.isFrozen(v))).toBe(true);
  });
});

describe('_freezeWhole', () => {
  it('freezes parsed JSON and says it froze all of it', () => {
    const value = JSON.parse('{"a":[{"b":"x"},[1,2]],"c":{"d":null}}') as { a: [object, number[]]; c: object };
    expect(_freezeWhole(value)).toBe(true);
    expect([value, value.a, value.a[0], value.a[1], value.c].every((v) => Object.isFrozen(v))).toBe(true);
  });

  it('says no when a child was frozen already: its own children may still change', () => {
    const grandchild = { type: 'text', value: 'x' };
    const value = { body: Object.freeze({ content: grandchild }) };
    expect(_freezeWhole(value)).toBe(false);
    grandchild.value = 'changed';
    expect(grandchild.value).toBe('changed');
  });

  it('says no when the value itself was frozen already, or an object is reached twice; yes for a primitive', () => {
    expect(_freezeWhole(Object.freeze({}))).toBe(false);
    const shared = { a: 1 };
    expect(_freezeWhole({ x: shared, y: shared })).toBe(false);
    expect(_freezeWhole('text')).toBe(true);
  });
});
