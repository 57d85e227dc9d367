import { describe, expect, it } from 'vitest';
import { LegalTopic } from '../schemas/legislation.js';
import { listLegislation } from './listLegislation.js';

describe('listLegislation', () => {
  it('lists every reference in provision order', () => {
    const ids = listLegislation({ instrument: 'send-regs-2014' }).map((r) => r.number);
    expect(ids).toEqual(['32', '33', '34', '35', '36', '37', '38', '39', '40', '41', '42', '43', '44', '45']);
    const paras = listLegislation({ instrument: 'send-code-2015' }).map((r) => r.number);
    expect(paras).toEqual(['11.1', '11.6', '11.13', '11.39']);
  });

  it('covers what the issue asks for: CFA ss. 19, 32 and 51-57; HESC rules 1, 5, 12 and 20', () => {
    expect(listLegislation({ instrument: 'cfa-2014' }).map((r) => r.number)).toEqual(['19', '32', '51', '52', '53', '54', '55', '56', '57']);
    expect(listLegislation({ instrument: 'hesc-rules-2008' }).map((r) => r.number)).toEqual(['1', '5', '12', '20']);
  });

  it('filters by topic, and accepts every topic in the schema', () => {
    for (const topic of LegalTopic.options) {
      for (const ref of listLegislation({ topic })) expect(ref.topics).toContain(topic);
    }
    expect(listLegislation({ topic: 'mediation-agreement' }).map((r) => r.id)).toEqual(['send-regs-2014/reg-42', 'send-regs-2014/reg-44']);
  });

  it('refuses an unknown instrument or topic', () => {
    expect(() => listLegislation({ instrument: 'cfa-2015' as never })).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', argument: 'filter.instrument' }));
    expect(() => listLegislation({ topic: 'appeal' as never })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', argument: 'filter.topic' }));
  });

  it('returns a frozen list', () => {
    expect(() => (listLegislation() as unknown[]).push(1)).toThrow(TypeError);
  });
});
