import { describe, expect, it } from 'vitest';
import { _EARLIEST_DATE, _LATEST_DATE } from '../_lib/dateRange.js';
import { addWorkingDays } from './addWorkingDays.js';
import { appealDeadline } from './appealDeadline.js';
import { isWorkingDay } from './isWorkingDay.js';
import { listBankHolidays } from './listBankHolidays.js';
import { mediationAgreementDeadlines } from './mediationAgreementDeadlines.js';
import { nextWorkingDay } from './nextWorkingDay.js';
import { supportedDateRange } from './supportedDateRange.js';

const outOfRange = (message: RegExp) => expect.objectContaining({ name: 'GuidanceError', code: 'DATE_OUT_OF_RANGE', message: expect.stringMatching(message) });
const late = /after 31 December 2099, the last date this library supports/;
const early = /before 1 January 2014, the first date this library supports/;

describe('supportedDateRange', () => {
  it('is the range the date functions enforce', () => {
    expect(supportedDateRange).toEqual({ from: _EARLIEST_DATE, to: _LATEST_DATE });
  });

  it('accepts both ends', () => {
    expect(isWorkingDay('2014-01-02')).toBe(true);
    expect(isWorkingDay('2099-12-31')).toBe(true); // a Thursday
    expect(listBankHolidays(2099).length).toBeGreaterThan(0);
  });

  it('refuses dates past either end with DATE_OUT_OF_RANGE and a message that says which end', () => {
    expect(() => isWorkingDay('2013-12-31')).toThrow(outOfRange(early));
    expect(() => isWorkingDay('2100-01-01')).toThrow(outOfRange(late));
    expect(() => addWorkingDays('9999-12-31', 1)).toThrow(outOfRange(late));
    expect(() => nextWorkingDay('9999-12-31')).toThrow(outOfRange(late));
    expect(() => appealDeadline({ decisionLetterDate: '9999-11-01' })).toThrow(outOfRange(late));
    expect(() => mediationAgreementDeadlines({ agreementDate: '9999-11-15', actions: ['other'] })).toThrow(outOfRange(late));
    expect(() => listBankHolidays(2100)).toThrow(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }));
  });

  it('refuses a date worked out past the end, naming the input it came from', () => {
    expect(() => appealDeadline({ decisionLetterDate: '2099-12-01' })).toThrow(
      expect.objectContaining({ code: 'DATE_OUT_OF_RANGE', message: expect.stringMatching(/leads to 2100-02-01, which is after 31 December 2099/) }),
    );
    expect(() => addWorkingDays('2099-12-30', 5)).toThrow(outOfRange(late));
  });
});
