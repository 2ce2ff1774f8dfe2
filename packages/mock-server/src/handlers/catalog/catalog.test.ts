import { describe, expect, it } from 'vitest';
import { formatOffset, standardOffsetMinutes } from './catalog.js';

describe('time-zone offsets of the catalogue', () => {
  it('uses the standard (non-daylight-saving) offset', () => {
    expect(standardOffsetMinutes('Europe/Berlin')).toBe(60);
    expect(standardOffsetMinutes('America/New_York')).toBe(-300);
    expect(standardOffsetMinutes('Australia/Adelaide')).toBe(570);
    expect(standardOffsetMinutes('UTC')).toBe(0);
  });
  it('formats it as the contract’s ±hh:mm', () => {
    expect(formatOffset(-300)).toBe('-05:00');
    expect(formatOffset(570)).toBe('+09:30');
    expect(formatOffset(0)).toBe('+00:00');
  });
});
