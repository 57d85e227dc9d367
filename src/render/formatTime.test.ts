import { describe, expect, it } from 'vitest';
import { formatTime } from './formatTime.js';

describe('formatTime', () => {
  it('writes times in GOV.UK style', () => {
    expect(formatTime('17:00')).toBe('5pm');
    expect(formatTime('17:30')).toBe('5:30pm');
    expect(formatTime('09:30')).toBe('9:30am');
    expect(formatTime('09:05')).toBe('9:05am');
    expect(formatTime('12:00')).toBe('midday');
    expect(formatTime('12:30')).toBe('12:30pm');
    expect(formatTime('00:00')).toBe('midnight');
    expect(formatTime('00:30')).toBe('12:30am');
    expect(formatTime('23:59')).toBe('11:59pm');
  });

  it('writes every minute of the day differently, and only ever with am, pm, midday or midnight', () => {
    const all = new Set<string>();
    for (let h = 0; h < 24; h++) {
      for (let m = 0; m < 60; m++) {
        const text = formatTime(`${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
        expect(text).toMatch(/^(?:(?:1[0-2]|[1-9])(?::[0-5]\d)?[ap]m|midday|midnight)$/);
        all.add(text);
      }
    }
    expect(all.size).toBe(24 * 60);
  });

  it('refuses anything that is not HH:MM on the 24-hour clock', () => {
    for (const bad of ['24:00', '5pm', '17:0', '7:00', '17:60', '', null, 1700]) {
      expect(() => formatTime(bad as never), String(bad)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    }
  });
});
