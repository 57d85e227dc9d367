/**
 * Escapes text for HTML element content and double- or single-quoted attribute values: `&`, `<`, `>`, `"` and `'`
 * become character references, and control characters other than tab, line feed and carriage return are dropped.
 *
 * One pass over the character codes. Text that needs nothing (most of it) is returned as it is, without a copy;
 * otherwise the clean runs between the characters that need work are copied in slices.
 */
export function _escapeHtml(value: string): string {
  const length = value.length;
  let i = 0;
  while (i < length && !_needsWork(value.charCodeAt(i))) i++;
  if (i === length) return value;
  let out = '';
  let start = 0;
  for (; i < length; i++) {
    const code = value.charCodeAt(i);
    if (!_needsWork(code)) continue;
    out += value.slice(start, i);
    out += code === 38 ? '&amp;' : code === 60 ? '&lt;' : code === 62 ? '&gt;' : code === 34 ? '&quot;' : code === 39 ? '&#39;' : '';
    start = i + 1;
  }
  return out + value.slice(start);
}

/** Whether a character is escaped (`&<>"'`) or dropped (a control character other than tab, line feed and carriage return). */
function _needsWork(code: number): boolean {
  if (code > 62) return code === 127;
  if (code < 32) return code !== 9 && code !== 10 && code !== 13;
  return code === 38 || code === 60 || code === 62 || code === 34 || code === 39;
}
