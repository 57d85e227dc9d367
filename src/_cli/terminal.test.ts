import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { _dateProblem } from './interactive.js';
import { _colours, _InputFileError, _parseJsonFile, _readInputFile, _terminalSafe } from './terminal.js';

describe('_terminalSafe', () => {
  it('writes control, bidi and zero-width characters as visible escapes, and keeps colour sequences', () => {
    expect(_terminalSafe('a\u001b]0;x\u0007b')).toBe('a\\u001b]0;x\\u0007b');
    expect(_terminalSafe('\u009b2J\u202e\u200b')).toBe('\\u009b2J\\u202e\\u200b');
    expect(_terminalSafe('\u001b[1mbold\u001b[22m\nline\ttab')).toBe('\u001b[1mbold\u001b[22m\nline\ttab');
    expect(_terminalSafe('\u001b[2J')).toBe('\\u001b[2J');
  });
});

describe('_colours', () => {
  it('colours only a terminal without NO_COLOR', () => {
    expect(_colours({ isTTY: true }, {}).bold('x')).toBe('\u001b[1mx\u001b[22m');
    expect(_colours({ isTTY: true }, { NO_COLOR: '1' }).bold('x')).toBe('x');
    expect(_colours({ isTTY: false }, { CI: 'true', FORCE_COLOR: '1' }).bold('x')).toBe('x');
  });
});

describe('_readInputFile and _parseJsonFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smg-terminal-'));
  it('reads a small file, refuses a large one, and never quotes content in errors', () => {
    const small = join(dir, 'small.json');
    writeFileSync(small, '{"a": 1}');
    expect(_parseJsonFile(_readInputFile(small, '--situation'), small, '--situation', '{}')).toEqual({ a: 1 });
    const big = join(dir, 'big.json');
    writeFileSync(big, 'x'.repeat(1_048_577));
    expect(() => _readInputFile(big, '--situation')).toThrow(_InputFileError);
    expect(() => _parseJsonFile('secret-token', small, '--situation', '{}')).toThrow(expect.objectContaining({ message: expect.not.stringContaining('secret') }));
  });
});

describe('_dateProblem (the interactive prompt)', () => {
  it('refuses dates outside the supported range with a message instead of crashing later', () => {
    expect(_dateProblem('9999-11-15', '2026-11-29')).toMatch(/from 1 January 2014 to 31 December 2099/);
    expect(_dateProblem('2013-12-31', '2026-11-29')).toMatch(/from 1 January 2014 to 31 December 2099/);
    expect(_dateProblem('2026-11-02', '2026-11-29')).toBeUndefined();
    expect(_dateProblem('2/11/2026', '2026-11-29')).toBeUndefined();
    expect(_dateProblem('', '2026-11-29')).toContain('Type a date.');
  });
});
