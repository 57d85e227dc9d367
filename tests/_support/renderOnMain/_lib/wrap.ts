/** Wraps text to `width` columns, word by word. `first` prefixes the first line, `rest` every other line. */
export function _wrap(text: string, width: number, first = '', rest = first): string {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = first;
  let lineHasWord = false;
  for (const word of words) {
    const prefix = lines.length === 0 ? first : rest;
    if (lineHasWord && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line = lineHasWord ? `${line} ${word}` : `${prefix}${word}`;
    }
    lineHasWord = true;
  }
  if (lineHasWord) lines.push(line);
  return lines.join('\n');
}
