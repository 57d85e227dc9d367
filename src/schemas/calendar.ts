import { z } from 'zod';
import { Slug } from './ids.js';
import { PlainDate } from './plainDate.js';
import { Source } from './source.js';

/**
 * A day that is not a working day besides Saturdays and Sundays: a bank holiday, Christmas Day or Good Friday.
 *
 * @example
 * BankHoliday.parse({ date: '2026-12-25', title: 'Christmas Day' }).title //=> 'Christmas Day'
 */
export const BankHoliday = z
  .object({ date: PlainDate, title: z.string().min(1) })
  .strict()
  .meta({ id: 'BankHoliday', description: 'A day that is not a working day besides weekends.' });

/**
 * A day that is not a working day besides weekends.
 *
 * @example
 * const day: BankHoliday = { date: '2026-12-25', title: 'Christmas Day' };
 * day.date //=> '2026-12-25'
 */
export type BankHoliday = z.infer<typeof BankHoliday>;

/**
 * A working-day calendar: the non-working days besides weekends, the dates they are known for, and what to do
 * beyond them. `beyondCoverage: 'england-and-wales-rules'` projects later years from the regular rules for England
 * and Wales (and says so in every explanation); `'error'` refuses dates after `coverage.to`. Dates before
 * `coverage.from` are always refused, because one-off holidays cannot be projected backwards.
 *
 * A caller can build one from GOV.UK's bank holidays feed and pass it to any deadline function.
 *
 * @example
 * WorkingDayCalendar.shape.beyondCoverage.options //=> ['england-and-wales-rules', 'error']
 */
export const WorkingDayCalendar = z
  .object({
    id: Slug,
    name: z.string().min(1),
    coverage: z.object({ from: PlainDate, to: PlainDate }).strict(),
    beyondCoverage: z.enum(['england-and-wales-rules', 'error']),
    holidays: z.array(BankHoliday),
    sources: z.array(Source),
  })
  .strict()
  .meta({ id: 'WorkingDayCalendar', description: 'Non-working days besides weekends, and the dates they cover.' });

/**
 * A working-day calendar.
 *
 * @example
 * import { englandAndWalesCalendar } from 'send-mediation-guidance';
 * const calendar: WorkingDayCalendar = englandAndWalesCalendar;
 * calendar.coverage.from //=> '2014-01-01'
 */
export type WorkingDayCalendar = z.infer<typeof WorkingDayCalendar>;
