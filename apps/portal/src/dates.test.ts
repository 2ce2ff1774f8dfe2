import { describe, expect, it } from 'vitest';
import { formatDay } from './dates.js';

describe('a calendar date in words', () => {
  it.each([
    ['en', 'March 3, 2027'],
    ['ru', '3 марта 2027 г.'],
    ['ro', '3 martie 2027'],
    ['he', '3 במרץ 2027'],
  ])('is written the %s way', (lang, expected) => {
    expect(formatDay('2027-03-03', lang)).toBe(expected);
  });

  it('stays on its day whatever the time zone (a day, not an instant)', () => {
    expect(formatDay('2027-01-01', 'en')).toBe('January 1, 2027');
    expect(formatDay('2026-12-31', 'en')).toBe('December 31, 2026');
  });

  it('shows anything else as the server wrote it', () => {
    for (const odd of ['', 'soon', '2027-02-30', '2027-03-03T10:00:00Z', '03/03/2027'])
      expect(formatDay(odd, 'en')).toBe(odd);
  });
});
