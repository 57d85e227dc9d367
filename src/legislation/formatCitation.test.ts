import { describe, expect, it } from 'vitest';
import { formatCitation } from './formatCitation.js';
import { getLegislation } from './getLegislation.js';

describe('formatCitation', () => {
  it.each([
    ['send-regs-2014/reg-42', 'short', 'SEND Regulations 2014, reg. 42'],
    ['send-regs-2014/reg-42', 'full', 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530), regulation 42'],
    ['send-regs-2014/reg-42', 'oscola', 'Special Educational Needs and Disability Regulations 2014, SI 2014/1530, reg 42'],
    ['cfa-2014/s-55', 'short', 'Children and Families Act 2014, s. 55'],
    ['cfa-2014/s-55', 'full', 'Children and Families Act 2014 (c. 6), section 55'],
    ['cfa-2014/s-55', 'oscola', 'Children and Families Act 2014, s 55'],
    ['hesc-rules-2008/rule-20', 'short', 'HESC Tribunal Rules 2008, r. 20'],
    ['lga-1974/s-26b', 'oscola', 'Local Government Act 1974, s 26B'],
    ['send-code-2015/para-11.39', 'short', 'SEND Code of Practice 2015, para. 11.39'],
    ['send-code-2015/para-11.39', 'full', 'Special educational needs and disability code of practice: 0 to 25 years (2015), paragraph 11.39'],
    ['send-code-2015/para-11.39', 'oscola', 'Special educational needs and disability code of practice: 0 to 25 years (2015) para 11.39'],
  ] as const)('%s in %s style: %s', (id, style, expected) => {
    expect(formatCitation(id, style)).toBe(expected);
  });

  it('adds a sub-paragraph, and accepts a reference object', () => {
    expect(formatCitation({ id: 'hesc-rules-2008/rule-12', subdivision: '(3)(a)' }, 'full')).toBe(
      'The Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008 (SI 2008/2699), rule 12(3)(a)',
    );
    expect(formatCitation(getLegislation('cfa-2014/s-51'))).toBe('Children and Families Act 2014, s. 51');
  });

  it('refuses an unknown id, style or sub-paragraph', () => {
    expect(() => formatCitation('send-regs-2015/reg-42' as never)).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID' }));
    expect(() => formatCitation('cfa-2014/s-55', 'harvard' as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'style' }));
    expect(() => formatCitation({ id: 'cfa-2014/s-55', subdivision: '3' })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'reference.subdivision' }));
    expect(() => formatCitation({ id: 'cfa-2014/s-55', subdivision: '(3)<b>' })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
