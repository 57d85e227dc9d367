import { GuidanceError } from '../errors.js';

/**
 * Writes a 24-hour time (`HH:MM`, as in `AppealDeadline.time`) for people, in GOV.UK style: the 12-hour clock with
 * "am" or "pm" and no space, minutes only when they are not zero ("5pm", "9:30am"), "midday" for 12:00 and
 * "midnight" for 00:00. Midnight is the first minute of a day, so for a deadline at the end of a day say "11:59pm".
 *
 * @param time - A time written as `HH:MM`, from `00:00` to `23:59`.
 * @throws {@link GuidanceError} `INVALID_ARGUMENT` for anything else.
 *
 * @example
 * formatTime('17:00') //=> '5pm'
 * formatTime('09:30') //=> '9:30am'
 * formatTime('12:00') //=> 'midday'
 * formatTime(appealDeadline({ decisionLetterDate: '2025-10-01' }).time) //=> '5pm'
 */
export function formatTime(time: string): string {
  const match = typeof time === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time) : null;
  if (!match) {
    const got = typeof time === 'string' ? `"${time.slice(0, 20)}"` : time === null ? 'null' : typeof time;
    throw new GuidanceError('INVALID_ARGUMENT', `time must be written as HH:MM on the 24-hour clock, for example "17:00"; got ${got}.`, { argument: 'time' });
  }
  const hours = Number(match[1]);
  const minutes = match[2] as string;
  if (minutes === '00' && hours === 0) return 'midnight';
  if (minutes === '00' && hours === 12) return 'midday';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}${minutes === '00' ? '' : `:${minutes}`}${hours < 12 ? 'am' : 'pm'}`;
}
