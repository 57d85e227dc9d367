// Every screen is index.html with ?screen=... so the app works on any static host, the browser's Back button
// works, and in-page #fragment links in the rendered guidance keep their meaning. ?today= is carried along.

export type Screen = 'home' | 'guidance' | 'question' | 'check-answers' | 'outcome' | 'appeal-deadline';

export function href(screen: Screen, params: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  if (screen !== 'home') query.set('screen', screen);
  for (const [key, value] of Object.entries(params)) query.set(key, value);
  const today = new URLSearchParams(location.search).get('today');
  if (today !== null) query.set('today', today);
  const text = query.toString();
  return text === '' ? './' : `./?${text}`;
}
