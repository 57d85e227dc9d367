import { instruments } from '../_generated/instruments.js';
import { instrumentIds, type InstrumentId } from '../_generated/ids.js';
import { _lookUp } from '../_lib/unknownId.js';
import type { Instrument } from '../schemas/legislation.js';

/**
 * Gets a legal instrument (an Act, a set of regulations or rules, or statutory guidance) by id. Deeply frozen.
 *
 * @throws {@link GuidanceError} `UNKNOWN_ID` when there is no such instrument.
 *
 * @example
 * getInstrument('send-regs-2014').number //=> 'SI 2014/1530'
 * getInstrument('cfa-2014').title //=> 'Children and Families Act 2014'
 */
export function getInstrument(id: InstrumentId): Instrument {
  return _lookUp(instruments, instrumentIds, id, 'instrument', 'id');
}
