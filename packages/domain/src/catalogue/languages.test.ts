import { describe, expect, it } from 'vitest';
import { isIsoCountryCode } from '../call-in/call-in-locations.js';
import { languageTag, WHOLESALE_LANGUAGES } from './languages.js';

describe('wholesale languages', () => {
  it('are {ISO-639-1}_{ISO-3166} codes in lower case, each once, of assigned countries', () => {
    expect(new Set(WHOLESALE_LANGUAGES).size).toBe(WHOLESALE_LANGUAGES.length);
    for (const code of WHOLESALE_LANGUAGES) {
      expect(code).toMatch(/^[a-z]{2}_[a-z]{2}$/);
      expect(isIsoCountryCode(code.slice(3).toUpperCase())).toBe(true);
    }
    expect(WHOLESALE_LANGUAGES).toContain('en_us');
  });

  it('become BCP 47 tags that Intl can name', () => {
    expect(languageTag('en_us')).toBe('en-US');
    expect(languageTag('fr')).toBe('fr');
    const names = new Intl.DisplayNames('en', { type: 'language' });
    expect(names.of(languageTag('pt_br'))).toBe('Brazilian Portuguese');
    for (const code of WHOLESALE_LANGUAGES) expect(names.of(languageTag(code))).not.toBe(languageTag(code));
  });
});
