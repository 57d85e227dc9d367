/**
 * Escapes text for HTML element content and double- or single-quoted attribute values: `&`, `<`, `>`, `"` and `'`
 * become character references, and control characters other than tab, line feed and carriage return are dropped.
 *
 * Text that needs nothing (most of it) is recognised by one regular expression test, which the engine runs as
 * native code, and returned as it is, without a copy. Otherwise one pass over the character codes copies the clean
 * runs between the characters that need work in slices, with no object or function call per character.
 */
export function _escapeHtml(text: string): string {
  // Content is checked before it is rendered, but an object built in code could still hand over something that is
  // not text here (a getter that answers differently the second time): it is turned into text once, then escaped.
  const value = typeof text === 'string' ? text : String(text);
  if (!NEEDS_WORK.test(value)) return value;
  const length = value.length;
  let out = '';
  let start = 0;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (!_needsWork(code)) continue;
    out += value.slice(start, i);
    out += code === 38 ? '&amp;' : code === 60 ? '&lt;' : code === 62 ? '&gt;' : code === 34 ? '&quot;' : code === 39 ? '&#39;' : '';
    start = i + 1;
  }
  return out + value.slice(start);
}

/** The characters {@link _needsWork} names, as a regular expression. */
const NEEDS_WORK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f&<>"']/;

/** Whether a character is escaped (`&<>"'`) or dropped (a control character other than tab, line feed and carriage return). */
function _needsWork(code: number): boolean {
  if (code > 62) return code === 127;
  if (code < 32) return code !== 9 && code !== 10 && code !== 13;
  return code === 38 || code === 60 || code === 62 || code === 34 || code === 39;
}
