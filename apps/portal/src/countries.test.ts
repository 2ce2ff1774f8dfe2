import { createMockApp, createMockFetch } from '@onramp/mock-server';
import { createOnrampClient } from '@onramp/sdk';
import { describe, expect, it } from 'vitest';
import { countryOptions, loadCountries } from './countries.js';

const BASE_URL = 'http://portal.test/v1';
const codes = (...list: string[]) => list.map((code) => ({ code }));
const names = (lang: string) => (code: string) => new Intl.DisplayNames([lang], { type: 'region' }).of(code)!;

/** A client on a fresh mock; `answer` stands between them (to count or refuse calls). */
function clientOnMock(answer: (mock: typeof fetch) => typeof fetch = (mock) => mock) {
  const mock = createMockFetch({ baseUrl: BASE_URL, app: createMockApp({ speed: 0 }) });
  return createOnrampClient({
    baseUrl: BASE_URL,
    token: 'partner-full-admin',
    retry: false,
    fetch: answer(mock),
  });
}

describe('the country options', () => {
  it('name the countries in the portal language, sorted as that language sorts', () => {
    expect(countryOptions(codes('US', 'DE', 'GB'), 'en', names('en'))).toEqual([
      ['DE', 'Germany'],
      ['GB', 'United Kingdom'],
      ['US', 'United States'],
    ]);
    expect(countryOptions(codes('US', 'DE', 'GB'), 'ru', names('ru'))).toEqual([
      ['GB', 'Великобритания'],
      ['DE', 'Германия'],
      ['US', 'Соединенные Штаты'],
    ]);
  });

  it("keep an order's own country, once, even when the catalogue lacks it", () => {
    expect(countryOptions(codes('US', 'DE'), 'en', names('en'), 'DE').map(([code]) => code)).toEqual([
      'DE',
      'US',
    ]);
    expect(countryOptions(codes('US'), 'en', names('en'), 'IL').map(([code]) => code)).toEqual(['IL', 'US']);
  });
});

describe('the countries of operation', () => {
  it("are the server's catalogue: no country outside it (Israel, Romania), every one in it", async () => {
    const answer = await loadCountries(clientOnMock());
    const offered = answer.problem ? [] : answer.countries.map((country) => country.code);
    expect(offered).not.toContain('IL');
    expect(offered).not.toContain('RO');
    expect(offered).toEqual(expect.arrayContaining(['US', 'GB', 'DE', 'KW', 'ZA', 'JP', 'IN']));
    expect(offered.length).toBeGreaterThan(40);
  });

  it('are asked once per client, and asked again after a failure', async () => {
    let calls = 0;
    let refuse = true;
    const client = clientOnMock((mock) => (input, init) => {
      calls++;
      return refuse ? Promise.resolve(new Response(null, { status: 503 })) : mock(input, init);
    });
    expect((await loadCountries(client)).problem?.status).toBe(503);
    refuse = false;
    expect((await loadCountries(client)).problem).toBeUndefined();
    await loadCountries(client);
    expect(calls).toBe(2);
  });
});
