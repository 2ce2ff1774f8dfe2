import { describe, expect, it } from 'vitest';
import { defaultSettings, readSettings, STORAGE_KEY, writeSettings } from './settings.js';

function storageWith(value: string | null) {
  const items = new Map<string, string>();
  if (value !== null) items.set(STORAGE_KEY, value);
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, v: string) => void items.set(key, v),
  };
}

describe('portal settings', () => {
  it('defaults to the in-browser mock and the partner full admin', () => {
    expect(readSettings(storageWith(null))).toEqual(defaultSettings);
    expect(readSettings(undefined)).toEqual(defaultSettings);
  });

  it('round-trips what was saved', () => {
    const storage = storageWith(null);
    const saved = {
      ...defaultSettings,
      backend: 'url' as const,
      baseUrl: 'http://localhost:4010/v1',
      lang: 'he' as const,
      theme: 'dark' as const,
      token: 'customer-service-admin',
    };
    writeSettings(storage, saved);
    expect(readSettings(storage)).toEqual(saved);
  });

  it('falls back field by field on malformed or hostile values', () => {
    expect(readSettings(storageWith('not json'))).toEqual(defaultSettings);
    const settings = readSettings(
      storageWith(
        JSON.stringify({ backend: 'ftp', baseUrl: 'javascript:alert(1)', lang: 'xx', theme: 'pink' }),
      ),
    );
    expect(settings).toEqual(defaultSettings);
  });
});
