import { describe, expect, it } from 'vitest';
import { getInstrument } from './getInstrument.js';

describe('getInstrument', () => {
  it('returns each instrument with its number and address', () => {
    expect(getInstrument('hesc-rules-2008')).toMatchObject({ number: 'SI 2008/2699', made: '2008-10-09', inForce: '2008-11-03' });
    expect(getInstrument('send-regs-2014')).toMatchObject({ made: '2014-06-04', inForce: '2014-09-01', type: 'statutory-instrument' });
    expect(getInstrument('send-code-2015').number).toBeUndefined();
  });

  it('throws UNKNOWN_ID', () => {
    expect(() => getInstrument('send-regs-2015' as never)).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', message: expect.stringContaining('"send-regs-2014"') }));
  });
});
