import { describe, expect, it } from 'vitest';
import { COUNTRIES_OF_OPERATION } from './countries.js';
import { isKnownTimeZone, TIME_ZONES } from './time-zones.js';

describe('time zones for the tenant time-zone dropdown', () => {
  it('contains every country default, each zone once', () => {
    for (const country of COUNTRIES_OF_OPERATION) expect(TIME_ZONES).toContain(country.defaultTimeZone);
    expect(new Set(TIME_ZONES).size).toBe(TIME_ZONES.length);
  });

  it('offers the other zones of large countries', () => {
    expect(TIME_ZONES).toEqual(expect.arrayContaining(['America/Los_Angeles', 'Australia/Perth', 'UTC']));
  });

  it('every zone is a valid IANA id', () => {
    for (const timeZone of TIME_ZONES)
      expect(() => new Intl.DateTimeFormat('en', { timeZone })).not.toThrow();
  });

  it('isKnownTimeZone accepts listed zones only', () => {
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
