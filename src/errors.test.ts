import { describe, expect, it } from 'vitest';
import { GUIDANCE_ERROR_CODES, GuidanceError, isGuidanceError } from './errors.js';

describe('GuidanceError', () => {
  it('carries its code, argument, expected values and cause', () => {
    const cause = new Error('root');
    const error = new GuidanceError('INVALID_DATE', 'bad', { argument: 'date', expected: ['YYYY-MM-DD'], cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('GuidanceError');
    expect(error.code).toBe('INVALID_DATE');
    expect(error.argument).toBe('date');
    expect(error.expected).toEqual(['YYYY-MM-DD']);
    expect(error.cause).toBe(cause);
  });

  it('isGuidanceError recognises the error, and its code, without instanceof', () => {
    const plain = { name: 'GuidanceError', code: 'UNKNOWN_ID', message: 'x' };
    expect(isGuidanceError(plain)).toBe(true);
    expect(isGuidanceError(plain, 'UNKNOWN_ID')).toBe(true);
    expect(isGuidanceError(plain, 'INVALID_DATE')).toBe(false);
    expect(isGuidanceError(new TypeError('x'))).toBe(false);
    expect(isGuidanceError(null)).toBe(false);
    expect(isGuidanceError('GuidanceError')).toBe(false);
  });

  it('has a unique list of codes', () => {
    expect(new Set(GUIDANCE_ERROR_CODES).size).toBe(GUIDANCE_ERROR_CODES.length);
  });
});
