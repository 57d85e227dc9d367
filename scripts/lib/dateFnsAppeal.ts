// The appeal deadline written the way a developer without this library might: date-fns and a list of bank holidays.
// scripts/bench.ts times it against appealDeadline; tests/bench-same-work.test.ts checks both give the same date.
import { addDays, addMonths, formatISO, isWeekend, parseISO } from 'date-fns';

/** The last day to appeal, by date-fns and a bank-holiday list (the date only, with no explanation). */
export function dateFnsAppeal(holidays: ReadonlySet<string>, decision: string, certificate?: string): string {
  const working = (d: Date) => !isWeekend(d) && !holidays.has(formatISO(d, { representation: 'date' }));
  const two = addMonths(parseISO(decision), 2);
  const one = certificate ? addMonths(parseISO(certificate), 1) : two;
  let end = one > two ? one : two;
  const iso = formatISO(end, { representation: 'date' });
  const md = iso.slice(5);
  if (md >= '12-25' || md === '01-01' || iso.slice(5, 7) === '08') {
    end = parseISO(md.startsWith('08') ? `${iso.slice(0, 4)}-08-31` : `${md === '01-01' ? iso.slice(0, 4) : Number(iso.slice(0, 4)) + 1}-01-01`);
    do end = addDays(end, 1);
    while (!working(end));
  } else {
    while (!working(end)) end = addDays(end, 1);
  }
  return formatISO(end, { representation: 'date' });
}
