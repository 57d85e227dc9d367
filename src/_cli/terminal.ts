// What the command-line tool writes to a terminal, and what it reads from files, made safe (issue 14): no control
// sequence from an argument or a file ever reaches the terminal, colour only for a terminal without NO_COLOR, input
// files capped in size, and errors that never quote a file's content.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import pc from 'picocolors';
import { _excerpt, _LIMITS } from '../_lib/limits.js';

// Every control character but newline and tab, and the bidi, zero-width and separator characters.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
// The only escape sequences the tool writes itself: colours (SGR), from picocolors.
const SGR = /(\u001b\[[0-9;]*m)/;

/** Writes unsafe characters as visible \u escapes, keeping the colour sequences the tool added itself. */
export function _terminalSafe(text: string): string {
  return text
    .split(SGR)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)))
    .join('');
}

/** Colours for a stream: only when it is a terminal and NO_COLOR is unset or empty (https://no-color.org). */
export function _colours(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): ReturnType<typeof pc.createColors> {
  const noColor = env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
  return pc.createColors(stream.isTTY === true && !noColor);
}

/** A bad input file: the message names the file (escaped) and the problem, never the content. */
export class _InputFileError extends Error {}

/** Reads a UTF-8 text file of at most 1 MiB, refusing anything larger (or endless, such as /dev/zero). */
export function _readInputFile(path: string, what: string): string {
  const shown = _excerpt(path, 80);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new _InputFileError(`Could not open ${what} ${shown} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  try {
    if (fstatSync(fd).isDirectory()) throw new _InputFileError(`${shown} is a folder; give the path of a JSON file as ${what}.`);
    const cap = _LIMITS.cliFile;
    const buffer = Buffer.alloc(cap + 1);
    let length = 0;
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, buffer, length, buffer.length - length, null);
      } catch (error) {
        throw new _InputFileError(`Could not read ${what} ${shown} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
      }
      if (read === 0) break;
      length += read;
      if (length > cap) throw new _InputFileError(`${what} ${shown} is larger than ${cap} bytes (1 MiB), the most this tool reads.`);
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Parses JSON read from a file, saying only that it is not JSON (the parser's message quotes the content). */
export function _parseJsonFile(text: string, path: string, what: string, example: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new _InputFileError(`${what} ${_excerpt(path, 80)} is not valid JSON. Write a file such as ${example}.`);
  }
}
