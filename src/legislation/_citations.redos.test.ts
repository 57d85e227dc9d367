// Linear time, checked on structure rather than on a clock: recheck (a ReDoS checker) analyses every pattern the
// citation recogniser runs and must find no input that makes it backtrack super-linearly; and inputs shaped to hurt
// the old recogniser (a 1 MB list, a long run of spaces after a keyword) give exact, complete answers.
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { _CITATION_PATTERNS, _findCitations } from './_citations.js';

describe('citation patterns have no super-linear backtracking (recheck)', () => {
  it.each(_CITATION_PATTERNS.map((p) => [p.source.slice(0, 60), p] as const))('%s', (_label, pattern) => {
    const result = checkSync(pattern.source, pattern.flags);
    const attack = (result as { attack?: { pattern?: string } }).attack?.pattern;
    expect(result.status, `attack: ${attack?.slice(0, 200)}`).toBe('safe');
  }, 60_000);
});

describe('inputs that used to hurt', () => {
  it('reads a list of 100,000 items item by item, without running out of stack', () => {
    const found = _findCitations(`SEND Regulations 2014, regulations 42${' and 44'.repeat(100_000)}`);
    expect(found).toHaveLength(100_001);
    expect(found[100_000]?.id).toBe('send-regs-2014/reg-44');
  });

  it('finds a citation after a megabyte of spaces, once', () => {
    const text = `reg 42${' '.repeat(1_000_000)}of the SEND Regulations`;
    expect(_findCitations(text).map((f) => f.id)).toEqual(['send-regs-2014/reg-42']);
  });

  it('finds each of 10,000 citations in 10,000 sentences, in order', () => {
    const sentence = 'Under the SEND Regulations 2014, regulation 42(3) applies. ';
    const found = _findCitations(sentence.repeat(10_000));
    expect(found).toHaveLength(10_000);
    expect(found.every((f, i) => f.start === i * sentence.length + sentence.indexOf('the SEND'))).toBe(true);
  });
});
