import { describe, expect, it } from 'vitest';
import { deviceToday, todayFrom } from '../src/today';

describe('today', () => {
  it('is the date on the device, in its own time zone, when the address does not give one', () => {
    // 23:30 local time on 31 December stays 31 December whatever the zone: the local calendar date is used.
    expect(deviceToday(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31');
    expect(todayFrom('', new Date(2026, 0, 2, 0, 5))).toBe('2026-01-02');
  });

  it('is ?today= when it is written as YYYY-MM-DD, so tests and reviewers can fix the date', () => {
    expect(todayFrom('?today=2026-11-29', new Date(2026, 0, 2))).toBe('2026-11-29');
    expect(todayFrom('?screen=outcome&today=2025-02-28', new Date(2026, 0, 2))).toBe('2025-02-28');
  });

  it('ignores a ?today= that is not written as a date, and uses the device date', () => {
    expect(todayFrom('?today=29/11/2026', new Date(2026, 0, 2))).toBe('2026-01-02');
    expect(todayFrom('?today=', new Date(2026, 0, 2))).toBe('2026-01-02');
  });
});
