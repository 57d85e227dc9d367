// "Today" is an input to the app: the date on the device by default, or ?today=YYYY-MM-DD (used by the tests,
// and handy to see what a parent would have been told on a given day).

/** The date on this device, in its own time zone, as `YYYY-MM-DD`. */
export function deviceToday(now: Date = new Date()): string {
  return `${String(now.getFullYear()).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** `?today=` when it is a well-formed date, otherwise the device's date. The library checks it is a real date. */
export function todayFrom(search: string, now: Date = new Date()): string {
  const fromUrl = new URLSearchParams(search).get('today');
  return fromUrl !== null && /^\d{4}-\d{2}-\d{2}$/.test(fromUrl) ? fromUrl : deviceToday(now);
}
