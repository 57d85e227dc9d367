/**
 * The dates every date function in the library accepts and can return: from 1 January 2014 (when its bank holiday
 * data start) to 31 December 2099. A date outside it, given or worked out, gets a `DATE_OUT_OF_RANGE` error that says
 * which end it passed. Deadline rules can start later (the SEND rules apply from 1 September 2014).
 *
 * @example
 * supportedDateRange.from //=> '2014-01-01'
 * supportedDateRange.to //=> '2099-12-31'
 * Object.isFrozen(supportedDateRange) //=> true
 */
export const supportedDateRange: Readonly<{ from: string; to: string }> = /* @__PURE__ */ Object.freeze({ from: '2014-01-01', to: '2099-12-31' });
