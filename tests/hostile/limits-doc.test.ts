// docs/limits-and-errors.md stays true: it names every error code, every maximum length and the supported dates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { _LIMITS } from '../../src/_lib/limits.js';
import { GUIDANCE_ERROR_CODES, supportedDateRange } from '../../src/index.js';

const page = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'limits-and-errors.md'), 'utf8');
const formatted = (n: number) => n.toLocaleString('en-GB');

describe('docs/limits-and-errors.md', () => {
  it.each([...GUIDANCE_ERROR_CODES])('describes %s', (code) => {
    expect(page).toContain(`| \`${code}\` |`);
  });

  it.each(Object.entries(_LIMITS))('gives the maximum for %s (%i)', (_name, max) => {
    expect(page).toContain(formatted(max));
  });

  it('gives the supported date range', () => {
    expect(supportedDateRange).toEqual({ from: '2014-01-01', to: '2099-12-31' });
    expect(page).toContain('**1 January 2014**');
    expect(page).toContain('**31 December 2099**');
  });
});
