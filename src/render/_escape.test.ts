import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _escapeHtml } from './_escape.js';

/** The earlier, obviously correct version (two regular expression passes), as the reference. */
const reference = (value: string): string =>
  value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

describe('_escapeHtml', () => {
  it('escapes the five characters and drops control characters, keeping tab and line breaks', () => {
    expect(_escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    expect(_escapeHtml('a\u0000b\u0007c\u007fd\te\nf\rg\u000bh')).toBe('abcd\te\nf\rgh');
    expect(_escapeHtml('&&')).toBe('&amp;&amp;');
    expect(_escapeHtml('<')).toBe('&lt;');
    expect(_escapeHtml('')).toBe('');
  });

  it('returns text that needs nothing unchanged, including letters beyond ASCII', () => {
    const text = 'Naïve café – “quoted” 😀 ✓';
    expect(_escapeHtml(text)).toBe(text);
  });

  it('gives exactly what the two-pass reference gives, for any text', () => {
    const risky = fc.constantFrom('&', '<', '>', '"', "'", '\u0000', '\t', '\n', '\r', '\u000b', '\u001f', '\u007f', '\u0080', 'a', 'é', '😀');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(risky, { maxLength: 40 }).map((parts) => parts.join(''))), (value) => {
        expect(_escapeHtml(value)).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });
});
