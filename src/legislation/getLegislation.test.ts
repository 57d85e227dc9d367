import { describe, expect, it } from 'vitest';
import { getLegislation } from './getLegislation.js';

describe('getLegislation', () => {
  it('returns a reference with its summary, address and sources', () => {
    const ref = getLegislation('hesc-rules-2008/rule-20');
    expect(ref.instrument).toBe('hesc-rules-2008');
    expect(ref.kind).toBe('rule');
    expect(ref.summary).toMatch(/receives your application notice/);
    expect(ref.sources.length).toBeGreaterThan(0);
  });

  it('throws UNKNOWN_ID with close matches', () => {
    expect(() => getLegislation('send-regs-2014/reg-42a' as never)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_ID', message: expect.stringContaining('Did you mean "send-regs-2014/reg-42"') }),
    );
  });

  it('is deeply frozen', () => {
    expect(() => ((getLegislation('cfa-2014/s-51') as { summary: string }).summary = 'x')).toThrow(TypeError);
  });
});
