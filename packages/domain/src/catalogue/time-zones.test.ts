import { describe, expect, it } from 'vitest';
import { COUNTRIES_OF_OPERATION } from './countries.js';
import { COUNTRY_DEFAULT_TIME_ZONES, isKnownTimeZone, TIME_ZONES } from './time-zones.js';

describe('time zones for the tenant time-zone dropdown', () => {
  it('contains every country default, each zone once', () => {
    for (const country of COUNTRIES_OF_OPERATION) expect(TIME_ZONES).toContain(country.defaultTimeZone);
    expect(new Set(TIME_ZONES).size).toBe(TIME_ZONES.length);
  });

  it('lists the country defaults as the country table has them, in its order', () => {
    expect(COUNTRY_DEFAULT_TIME_ZONES).toEqual([
      ...new Set(COUNTRIES_OF_OPERATION.map((country) => country.defaultTimeZone)),
    ]);
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
